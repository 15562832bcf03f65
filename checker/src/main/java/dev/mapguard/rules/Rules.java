package dev.mapguard.rules;

import dev.mapguard.analysis.GuardInference;
import java.util.List;

/** The rule catalogue. */
public final class Rules {
  private static final List<Rule> ALL = all(GuardInference.DEFAULT_THRESHOLD);

  private Rules() {}

  public static List<Rule> all() {
    return ALL;
  }

  /** Every rule, lock-discipline rules inferring guards at {@code guardThreshold}. */
  public static List<Rule> all(double guardThreshold) {
    return List.of(new UnguardedMapAccess(guardThreshold), new UnsafeMapPublication(),
        new InconsistentMapLocking(guardThreshold), new GuardedByViolation());
  }

  public static List<String> ids() {
    return ALL.stream().map(Rule::id).toList();
  }
}
