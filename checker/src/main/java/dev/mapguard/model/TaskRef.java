package dev.mapguard.model;

/**
 * The code a spawn runs on the new thread. The records write out equals and hashCode: a
 * record's generated ones go through an invokedynamic call site and method handles, slow while
 * the JVM is cold, which it is in every compilation (the plugin's classes are loaded anew each
 * time), and these are hash keys on the analysis's hot paths. The hash codes are the ones a
 * record would compute (each component's, combined as {@code h * 31 + next}), so hash-ordered
 * collections iterate as before.
 */
public sealed interface TaskRef {
  /** A lambda or anonymous-class method, or the exact target of a method reference / new C(). */
  record Method(String methodId) implements TaskRef {
    @Override
    public boolean equals(Object o) {
      return o instanceof Method m && methodId.equals(m.methodId);
    }

    @Override
    public int hashCode() {
      return methodId.hashCode();
    }
  }

  /**
   * Calls {@code methodId} on a value whose class is only known statically: every override in the
   * program that an object of class {@code bound} may run (null: any override). The bound is the
   * static type when it is narrower than the method's declaring type: code passed as a program's
   * {@code MigrationRunnable extends Runnable} runs a {@code MigrationRunnable}'s {@code run()}, not
   * every {@code Runnable}'s.
   */
  record Virtual(String methodId, String bound) implements TaskRef {
    public Virtual(String methodId) {
      this(methodId, null);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Virtual v && methodId.equals(v.methodId) && java.util.Objects.equals(bound, v.bound);
    }

    @Override
    public int hashCode() {
      return 31 * methodId.hashCode() + (bound == null ? 0 : bound.hashCode());
    }
  }

  /** Whatever code the callers pass as parameter {@code index} of {@code methodId}. */
  record Param(String methodId, int index) implements TaskRef {
    @Override
    public boolean equals(Object o) {
      return o instanceof Param p && index == p.index && methodId.equals(p.methodId);
    }

    @Override
    public int hashCode() {
      return 31 * methodId.hashCode() + index;
    }
  }

  /** Whatever code is stored in the field {@code fieldId}. */
  record Field(String fieldId) implements TaskRef {
    @Override
    public boolean equals(Object o) {
      return o instanceof Field f && fieldId.equals(f.fieldId);
    }

    @Override
    public int hashCode() {
      return fieldId.hashCode();
    }
  }
}
