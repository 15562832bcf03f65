package dev.mapguard.rules;

import java.util.List;

/** The rule catalogue. */
public final class Rules {
  private static final List<Rule> ALL = List.of(new UnguardedMapAccess(), new UnsafeMapPublication());

  private Rules() {}

  public static List<Rule> all() {
    return ALL;
  }

  public static List<String> ids() {
    return ALL.stream().map(Rule::id).toList();
  }
}
