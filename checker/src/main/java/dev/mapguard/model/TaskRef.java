package dev.mapguard.model;

/** The code a spawn runs on the new thread. */
public sealed interface TaskRef {
  /** A lambda or anonymous-class method, or the exact target of a method reference / new C(). */
  record Method(String methodId) implements TaskRef {}

  /**
   * Calls {@code methodId} on a value whose class is only known statically: every override in the
   * program may run.
   */
  record Virtual(String methodId) implements TaskRef {}

  /** Whatever code the callers pass as parameter {@code index} of {@code methodId}. */
  record Param(String methodId, int index) implements TaskRef {}

  /** Whatever code is stored in the field {@code fieldId}. */
  record Field(String fieldId) implements TaskRef {}
}
