package dev.mapguard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The flags a method's body decides (locks, loops) are read off the body, wherever they hide. */
class MethodInfoTest {
  private static final LockRef LOCK = LockRef.field("demo.Service#lock");

  private static MethodInfo method(int flags, Stmt body) {
    return new MethodInfo("demo.Service#m()", "demo.Service", "m", "Service.m()", MethodInfo.Kind.METHOD,
        flags, List.of(), List.of(), null, body, List.of(), List.of(), null, List.of(), Set.of(),
        SourcePos.UNKNOWN);
  }

  private static Stmt seq(Stmt... body) {
    return new Stmt.Seq(List.of(body));
  }

  @Test
  void aBodyWithoutLocksOrLoopsHasNoneOfTheirFlags() {
    MethodInfo m = method(MethodInfo.PUBLIC, seq(new Stmt.At(0),
        new Stmt.Branch(List.of(new Stmt.At(1), Stmt.EMPTY)), new Stmt.Jump(Stmt.JumpKind.RETURN, null)));
    assertFalse(m.is(MethodInfo.SYNCHRONIZES | MethodInfo.LOCKS_EXPLICITLY | MethodInfo.HAS_LOOP));
    assertEquals(MethodInfo.PUBLIC, m.flags(), "the caller's own flags are kept");
  }

  @Test
  void aLockTakenInsideAFinallyOfALoopInABranchIsFound() {
    Stmt tryInLoop = new Stmt.Loop(null, new Stmt.Try(new Stmt.At(0), List.of(Stmt.EMPTY),
        seq(new Stmt.Release(LOCK, false))));
    MethodInfo m = method(0, seq(new Stmt.Branch(List.of(Stmt.EMPTY, tryInLoop))));
    assertTrue(m.is(MethodInfo.LOCKS_EXPLICITLY));
    assertTrue(m.is(MethodInfo.HAS_LOOP));
    assertFalse(m.is(MethodInfo.SYNCHRONIZES));
  }

  @Test
  void aSynchronizedBlockInACatchOfALabeledBlockIsFound() {
    Stmt sync = new Stmt.Sync(LOCK, new Stmt.At(0));
    MethodInfo m = method(0, new Stmt.Breakable("out", false,
        new Stmt.Try(Stmt.EMPTY, List.of(seq(sync)), null)));
    assertTrue(m.is(MethodInfo.SYNCHRONIZES));
    assertFalse(m.is(MethodInfo.LOCKS_EXPLICITLY | MethodInfo.HAS_LOOP));
  }

  @Test
  void aLockTakenAfterAnotherIsFoundAndTheCallersClaimsAboutTheBodyAreIgnored() {
    MethodInfo m = method(MethodInfo.HAS_LOOP | MethodInfo.SYNCHRONIZES | MethodInfo.STATIC,
        seq(new Stmt.At(0), new Stmt.Acquire(LOCK)));
    assertTrue(m.is(MethodInfo.LOCKS_EXPLICITLY));
    assertFalse(m.is(MethodInfo.HAS_LOOP), "no loop in the body, whatever the caller said");
    assertFalse(m.is(MethodInfo.SYNCHRONIZES));
    assertTrue(m.is(MethodInfo.STATIC));
  }
}
