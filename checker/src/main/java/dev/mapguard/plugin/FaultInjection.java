package dev.mapguard.plugin;

/**
 * A seam for the tests of MapGuard's own failure handling: with the system property
 * {@code mapguard.faultInjection} set to a class name (or to {@code analysis}), MapGuard throws
 * when it reaches that class (or the whole-program analysis), as a real bug would.
 */
final class FaultInjection {
  static final String PROPERTY = "mapguard.faultInjection";

  private FaultInjection() {}

  static void at(String where) {
    String target = System.getProperty(PROPERTY);
    if (target != null && target.equals(where)) {
      throw new IllegalStateException("fault injected at " + where);
    }
  }
}
