package dev.mapguard.analysis;

import dev.mapguard.model.Event;
import dev.mapguard.model.LockRef;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a call does to the locks its caller holds: a lock helper ({@code void lock() {
 * evictionLock.lock(); }}) returns holding its lock, an unlock helper releases it, and a
 * {@code @MayReleaseLocks} method may release anything but the caller's monitors. Summaries come
 * from the callee's own body only (a helper of a helper is not followed), so computing them needs
 * no fixed point and cannot recurse.
 */
final class LockHelpers {
  private final Program program;
  private final CallGraph calls;
  private final UnaryOperator<LockRef> canonical;
  private final DeclaredGuards declared;
  /** Effects by call target, one map per call kind (as CallGraph's dispatch): most calls share targets. */
  private final Map<String, HeldLocks.CallEffect> byStaticTarget = new HashMap<>();
  private final Map<String, HeldLocks.CallEffect> byVirtualTarget = new HashMap<>();
  private Map<String, HeldLocks.CallEffect> helpers;

  LockHelpers(Program program, CallGraph calls, UnaryOperator<LockRef> canonical,
              DeclaredGuards declared) {
    this.program = program;
    this.calls = calls;
    this.canonical = canonical;
    this.declared = declared;
  }

  /** Whether some call of the method may change the locks held (a lock helper, @MayReleaseLocks). */
  boolean affectsLocks(MethodInfo m) {
    if (!anyCallChangesLocks()) return false;
    for (Event e : m.events()) {
      if (e instanceof Event.Call c && effectOf(c) != HeldLocks.CallEffect.NONE) return true;
    }
    return false;
  }

  /**
   * Whether the program has a lock helper or a method that may release locks at all: most have
   * neither, and then no call changes its caller's locks and no call needs looking at.
   */
  private boolean anyCallChangesLocks() {
    return declared.releasesAny() || !helpers().isEmpty();
  }

  /**
   * The methods whose own body leaves their caller's locks changed, with what they do to them:
   * found in one pass over the program, since only a body that takes or releases a lock
   * explicitly can be one, and every call's effect is asked of its targets.
   */
  private Map<String, HeldLocks.CallEffect> helpers() {
    if (helpers == null) {
      helpers = new HashMap<>();
      for (MethodInfo m : program.methods().values()) {
        if (!m.is(MethodInfo.LOCKS_EXPLICITLY)) continue;
        HeldLocks.CallEffect e = summarise(m);
        if (!e.equals(HeldLocks.CallEffect.NONE)) helpers.put(m.id(), e);
      }
    }
    return helpers;
  }

  HeldLocks.CallEffect effectOf(Event.Call call) {
    Map<String, HeldLocks.CallEffect> byTarget = call.virtual() ? byVirtualTarget : byStaticTarget;
    HeldLocks.CallEffect known = byTarget.get(call.target());
    if (known == null) {
      known = computeEffect(call);
      byTarget.put(call.target(), known);
    }
    return known;
  }

  private HeldLocks.CallEffect computeEffect(Event.Call call) {
    boolean mayReleaseAll = declared.mayReleaseLocks(call.target());
    List<String> targets = calls.dispatch(call);
    HeldLocks.CallEffect common = null;
    for (String t : targets) {
      HeldLocks.CallEffect e = summary(t);
      common = common == null ? e : meet(common, e);
    }
    if (common == null || common.equals(HeldLocks.CallEffect.NONE)) common = HeldLocks.CallEffect.NONE;
    if (!mayReleaseAll) return common;
    return new HeldLocks.CallEffect(common.acquires(), common.releases(), true);
  }

  /** What every target surely acquires, and whatever any may release. */
  private static HeldLocks.CallEffect meet(HeldLocks.CallEffect a, HeldLocks.CallEffect b) {
    List<LockRef> acquires = new ArrayList<>(a.acquires());
    acquires.retainAll(b.acquires());
    List<LockRef> releases = new ArrayList<>(a.releases());
    for (LockRef r : b.releases()) if (!releases.contains(r)) releases.add(r);
    return new HeldLocks.CallEffect(acquires, releases, a.mayReleaseAll() || b.mayReleaseAll());
  }

  private HeldLocks.CallEffect summary(String method) {
    return helpers().getOrDefault(method, HeldLocks.CallEffect.NONE);
  }

  private HeldLocks.CallEffect summarise(MethodInfo m) {
    HeldLocks.Result r = HeldLocks.analyse(m, canonical, c -> HeldLocks.CallEffect.NONE);
    List<LockRef> releases = new ArrayList<>();
    // only an unlock helper releases its caller's lock; a method that takes and releases a
    // lock itself leaves a (reentrant) lock its caller holds held
    for (LockRef l : r.released()) {
      if (!r.atExit().contains(l) && !r.acquired().contains(l)) releases.add(l);
    }
    return new HeldLocks.CallEffect(r.atExit().locks(), releases, false);
  }
}
