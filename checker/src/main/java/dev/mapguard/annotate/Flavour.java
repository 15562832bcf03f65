package dev.mapguard.annotate;

import java.util.List;
import java.util.Locale;

/**
 * Which {@code @GuardedBy} to write: the annotation on fields, and the one that tells callers of
 * a method to hold a lock (the same {@code @GuardedBy} for most flavours, {@code @Holding} for the
 * Checker Framework).
 */
public enum Flavour {
  ERRORPRONE("com.google.errorprone.annotations.concurrent.GuardedBy",
      "com.google.errorprone.annotations.concurrent.GuardedBy", "com.google.errorprone:error_prone_annotations"),
  JSR305("javax.annotation.concurrent.GuardedBy", "javax.annotation.concurrent.GuardedBy",
      "com.google.code.findbugs:jsr305"),
  JCIP("net.jcip.annotations.GuardedBy", "net.jcip.annotations.GuardedBy", "net.jcip:jcip-annotations"),
  CHECKER("org.checkerframework.checker.lock.qual.GuardedBy",
      "org.checkerframework.checker.lock.qual.Holding", "org.checkerframework:checker-qual"),
  ANDROIDX("androidx.annotation.GuardedBy", "androidx.annotation.GuardedBy", "androidx.annotation:annotation");

  /** The order in which flavours found on the classpath are preferred. */
  static final List<Flavour> CLASSPATH_PREFERENCE = List.of(ERRORPRONE, JSR305, JCIP, CHECKER);

  private final String field;
  private final String method;
  private final String artifact;

  Flavour(String field, String method, String artifact) {
    this.field = field;
    this.method = method;
    this.artifact = artifact;
  }

  /** The annotation written on a guarded field. */
  public String fieldAnnotation() {
    return field;
  }

  /** The annotation written on a method whose callers must hold the lock. */
  public String methodAnnotation() {
    return method;
  }

  /** Whether a method annotation can name several locks ({@code String[]} value). */
  public boolean multipleLocks() {
    return this == CHECKER;
  }

  /** The Maven coordinates that provide the annotations. */
  public String artifact() {
    return artifact;
  }

  /** The name used on the command line. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The flavour of an annotation type MapGuard reads, or null. */
  public static Flavour ofAnnotation(String type) {
    for (Flavour f : values()) {
      if (f.field.equals(type) || f.method.equals(type)) return f;
    }
    return null;
  }

  /** Parses a command-line name ({@code jsr305}, {@code checker}...), or null. */
  public static Flavour parse(String name) {
    for (Flavour f : values()) {
      if (f.cliName().equals(name.toLowerCase(Locale.ROOT))) return f;
    }
    return null;
  }
}
