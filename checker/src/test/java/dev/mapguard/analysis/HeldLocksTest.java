package dev.mapguard.analysis;

import static dev.mapguard.analysis.Models.LOCK;
import static dev.mapguard.analysis.Models.THIS;
import static dev.mapguard.analysis.Models.seq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mapguard.model.LockRef;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Stmt;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class HeldLocksTest {
  private static LockSet[] held(Models.Body body, Stmt stmt) {
    MethodInfo m = new MethodInfo("m", Models.C, "m", "m()", MethodInfo.Kind.METHOD, 0, List.of(),
        List.of(), null, stmt, body.events, List.of(), null, List.of(), Set.of(), Models.pos(1));
    return HeldLocks.of(m, UnaryOperator.identity());
  }

  @Test
  void synchronizedBlockHoldsItsLockInsideOnly() {
    Models.Body b = new Models.Body();
    Stmt s = seq(b.read(1), new Stmt.Sync(THIS, seq(b.write(2))), b.read(3));
    LockSet[] h = held(b, s);
    assertThat(h[0].isEmpty()).isTrue();
    assertThat(h[1].locks()).containsExactly(THIS);
    assertThat(h[2].isEmpty()).isTrue();
  }

  @Test
  void lockUnlockInTryFinallyGuardsTheBodyAndNotWhatFollows() {
    Models.Body b = new Models.Body();
    Stmt s = seq(new Stmt.Acquire(LOCK),
        new Stmt.Try(seq(b.write(2)), List.of(), seq(new Stmt.Release(LOCK, true))), b.read(4));
    LockSet[] h = held(b, s);
    assertThat(h[0].locks()).containsExactly(LOCK);
    assertThat(h[1].isEmpty()).isTrue();
  }

  @Test
  void aLockTakenOnOneBranchOnlyIsNotHeldAfterTheBranch() {
    Models.Body b = new Models.Body();
    Stmt s = seq(new Stmt.Branch(List.of(seq(new Stmt.Acquire(LOCK)), Stmt.EMPTY)), b.write(2));
    assertThat(held(b, s)[0].isEmpty()).isTrue();
  }

  @Test
  void aBranchThatReturnsDoesNotWeakenTheStateAfterIt() {
    // if (!lock.tryLock()) return; map.put(..)
    Models.Body b = new Models.Body();
    Stmt s = seq(new Stmt.Branch(List.of(seq(new Stmt.Jump(Stmt.JumpKind.RETURN, null)),
        seq(new Stmt.Acquire(LOCK)))), b.write(2));
    assertThat(held(b, s)[0].locks()).containsExactly(LOCK);
  }

  @Test
  void aLoopThatReleasesTheLockLosesItAtTheHead() {
    Models.Body b = new Models.Body();
    Stmt s = seq(new Stmt.Acquire(LOCK), new Stmt.Loop(null, seq(b.write(2),
        new Stmt.Release(LOCK, true))));
    assertThat(held(b, s)[0].isEmpty()).as("second iteration runs without the lock").isTrue();
  }

  @Test
  void breakingOutThroughFinallyReleasesTheLock() {
    // for (;;) { lock.lock(); try { if (x) break; } finally { lock.unlock(); } } map.put(..)
    Models.Body b = new Models.Body();
    Stmt loopBody = seq(new Stmt.Acquire(LOCK), new Stmt.Try(
        seq(new Stmt.Branch(List.of(seq(new Stmt.Jump(Stmt.JumpKind.BREAK, null)), Stmt.EMPTY))),
        List.of(), seq(new Stmt.Release(LOCK, true))));
    Stmt s = seq(new Stmt.Loop(null, loopBody), b.write(3));
    assertThat(held(b, s)[0].isEmpty()).isTrue();
  }

  @Test
  void aCatchBlockStartsWithWhatWasHeldAtEveryPointOfTheTry() {
    Models.Body b = new Models.Body();
    Stmt s = new Stmt.Try(seq(new Stmt.Acquire(LOCK), new Stmt.Release(LOCK, true)),
        List.of(seq(b.write(3))), null);
    assertThat(held(b, s)[0].isEmpty()).isTrue();
  }

  @Test
  void readAndWriteHalvesOfOneLockAreDistinctButExcludeEachOther() {
    LockRef read = LOCK.withMode(LockRef.Mode.READ);
    LockRef write = LOCK.withMode(LockRef.Mode.WRITE);
    assertThat(LockSet.of(read).excludes(LockSet.of(read))).isFalse();
    assertThat(LockSet.of(read).excludes(LockSet.of(write))).isTrue();
    assertThat(LockSet.of(write).excludes(LockSet.of(write))).isTrue();
    assertThat(LockSet.of(THIS).excludes(LockSet.of(LOCK))).isFalse();
  }

  @Test
  void releasingTheWholeLockDropsBothModes() {
    LockSet both = LockSet.of(LOCK.withMode(LockRef.Mode.READ), THIS);
    assertThat(both.without(LOCK, true).locks()).containsExactly(THIS);
    assertThat(both.meet(LockSet.TOP)).isEqualTo(both);
    assertThat(LockSet.TOP.meet(both)).isEqualTo(both);
  }

  @Test
  void pathsHoldingTheReadAndTheWriteHalfMeetInTheReadHalf() {
    LockRef read = LOCK.withMode(LockRef.Mode.READ);
    LockRef write = LOCK.withMode(LockRef.Mode.WRITE);
    LockSet underRead = LockSet.of(read, THIS);
    LockSet underWrite = LockSet.of(write);
    assertThat(underRead.meet(underWrite).locks()).containsExactly(read);
    assertThat(underWrite.meet(underRead).locks()).containsExactly(read);
    // still shuts out a writer, not another reader
    assertThat(underWrite.meet(underRead).excludes(LockSet.of(write))).isTrue();
    assertThat(underWrite.meet(underRead).excludes(LockSet.of(read))).isFalse();
    assertThat(LockSet.of(write).meet(LockSet.of(THIS)).isEmpty()).isTrue();
  }
}
