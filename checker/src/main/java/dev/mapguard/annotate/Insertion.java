package dev.mapguard.annotate;

import dev.mapguard.model.SourcePos;
import java.util.List;

/**
 * An annotation to add to one declaration: {@code @GuardedBy("lock")} on a field, or the
 * annotation that tells callers of a method to hold the lock.
 *
 * @param onField    a field (else a method)
 * @param name       the field's or method's simple name
 * @param pos        where javac saw the declaration (to tell overloads and nested classes apart)
 * @param annotation the annotation's qualified type name
 * @param locks      the lock expressions, as the annotation's value
 * @param what       for the report, e.g. {@code Cache.entries (guarded at 5 of 5 accesses)}
 */
public record Insertion(boolean onField, String name, SourcePos pos, String annotation,
                        List<String> locks, String what) {
  public Insertion {
    locks = List.copyOf(locks);
  }

  /** The annotation's source text with {@code typeName} as written, e.g. {@code @GuardedBy("lock")}. */
  public String text(String typeName) {
    StringBuilder sb = new StringBuilder("@").append(typeName).append('(');
    if (locks.size() == 1) {
      sb.append(quote(locks.get(0)));
    } else {
      sb.append('{');
      for (int i = 0; i < locks.size(); i++) {
        if (i > 0) sb.append(", ");
        sb.append(quote(locks.get(i)));
      }
      sb.append('}');
    }
    return sb.append(')').toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
