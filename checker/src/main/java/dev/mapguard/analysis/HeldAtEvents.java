package dev.mapguard.analysis;

import dev.mapguard.model.LockRef;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The locks a method's own code holds at each of its events ({@link HeldLocks}), worked out on
 * the first request for the method and kept: the entry-lock fixed point and the access
 * collection ask for the same methods again and again.
 */
final class HeldAtEvents implements Function<String, LockSet[]> {
  private final Program program;
  private final UnaryOperator<LockRef> canon;
  private final LockHelpers helpers;
  private final Map<String, LockSet[]> known = new HashMap<>();

  HeldAtEvents(Program program, UnaryOperator<LockRef> canon, LockHelpers helpers) {
    this.program = program;
    this.canon = canon;
    this.helpers = helpers;
  }

  @Override
  public LockSet[] apply(String method) {
    LockSet[] held = known.get(method);
    if (held == null) {
      held = analyse(program.method(method));
      known.put(method, held);
    }
    return held;
  }

  private LockSet[] analyse(MethodInfo m) {
    if (m == null) return new LockSet[0];
    // most methods take no lock and call no lock helper: no lock is held at any of their events
    if (!m.is(MethodInfo.SYNCHRONIZES | MethodInfo.LOCKS_EXPLICITLY) && !helpers.affectsLocks(m)) {
      LockSet[] none = new LockSet[m.events().size()];
      Arrays.fill(none, LockSet.EMPTY);
      return none;
    }
    return HeldLocks.analyse(m, canon, helpers::effectOf).atEvent();
  }
}
