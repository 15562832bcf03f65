package dev.mapguard.analysis;

import dev.mapguard.model.AnnotationInfo;
import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.LockRef;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import dev.mapguard.model.SourcePos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The lock annotations written in the program, every flavour read by its qualified name:
 * {@code @GuardedBy} on fields (the field's value may only be used holding the lock) and on methods
 * (callers must hold it), the Checker Framework's {@code @Holding} (callers must hold it) and
 * {@code @MayReleaseLocks} (a call may release the locks its caller holds; {@code @LockingFree}
 * and {@code @ReleasesNoLocks} say what MapGuard assumes of every method anyway).
 */
public final class DeclaredGuards {
  /** Qualified names of every {@code @GuardedBy} MapGuard reads. */
  public static final Set<String> GUARDED_BY = Set.of(
      "javax.annotation.concurrent.GuardedBy",
      "net.jcip.annotations.GuardedBy",
      "com.google.errorprone.annotations.concurrent.GuardedBy",
      "org.checkerframework.checker.lock.qual.GuardedBy",
      "androidx.annotation.GuardedBy");
  public static final String HOLDING = "org.checkerframework.checker.lock.qual.Holding";
  public static final String MAY_RELEASE_LOCKS = "org.checkerframework.checker.lock.qual.MayReleaseLocks";
  public static final Set<String> RELEASES_NO_LOCKS = Set.of(
      "org.checkerframework.checker.lock.qual.LockingFree",
      "org.checkerframework.checker.lock.qual.ReleasesNoLocks");
  /** Classes declared confined to one thread at a time. */
  private static final Set<String> NOT_THREAD_SAFE = Set.of(
      "javax.annotation.concurrent.NotThreadSafe", "net.jcip.annotations.NotThreadSafe");

  /** A lock annotation on a field or method: its locks, all of which must be held. */
  public record Declared(AnnotationInfo annotation, List<LockExpression> locks) {
    /** The resolved locks. */
    public List<LockExpression> resolved() {
      return locks.stream().filter(LockExpression::resolved).toList();
    }

    /** {@code @GuardedBy("lock")} as written, for messages. */
    public String written() {
      List<String> texts = locks.stream().map(l -> "\"" + l.text() + "\"").toList();
      return "@" + annotation.simpleName() + "(" + (texts.size() == 1 ? texts.get(0)
          : "{" + String.join(", ", texts) + "}") + ")";
    }
  }

  /** A lock expression that names nothing real, with where it is written. */
  public record BadExpression(AnnotationInfo annotation, LockExpression expression, String memberId,
                              boolean onField) {}

  private final Map<String, Declared> fields = new TreeMap<>();
  private final Map<String, Declared> methods = new TreeMap<>();
  private final Set<String> releasing = new HashSet<>();
  private final Set<String> confinedClasses = new HashSet<>();
  private final List<BadExpression> bad = new ArrayList<>();
  private final Map<String, LockSet> entryCache = new HashMap<>();

  DeclaredGuards(Program program, GuardExpressions expressions) {
    for (FieldInfo f : program.fields().values()) {
      for (AnnotationInfo a : f.annotations()) {
        if (!GUARDED_BY.contains(a.type())) continue;
        fields.put(f.id(), read(a, f.classId(), f.id(), f.id(), true, expressions));
        break;
      }
    }
    for (MethodInfo m : program.methods().values()) {
      for (AnnotationInfo a : m.annotations()) {
        if (a.type().equals(MAY_RELEASE_LOCKS)) releasing.add(m.id());
        boolean requires = a.type().equals(HOLDING)
            || GUARDED_BY.contains(a.type()) && !a.type().startsWith("org.checkerframework.");
        if (requires && !methods.containsKey(m.id())) {
          methods.put(m.id(), read(a, m.classId(), null, m.id(), false, expressions));
        }
      }
    }
    for (ClassInfo c : program.classes().values()) {
      for (AnnotationInfo a : c.annotations()) {
        if (NOT_THREAD_SAFE.contains(a.type())) confinedClasses.add(c.id());
      }
    }
  }

  private Declared read(AnnotationInfo a, String classId, String selfField, String memberId,
                        boolean onField, GuardExpressions expressions) {
    List<LockExpression> locks = new ArrayList<>();
    for (String text : values(a.value())) {
      LockExpression e = expressions.resolve(text, classId, selfField);
      locks.add(e);
      if (!e.resolved()) bad.add(new BadExpression(a, e, memberId, onField));
    }
    return new Declared(a, locks);
  }

  /**
   * The strings of an annotation value: {@code lock} for a String element, {@code {"a", "b"}}
   * (javac's form of an array) for the Checker Framework's String[].
   */
  static List<String> values(String raw) {
    if (raw == null) return List.of();
    String s = raw.strip();
    if (!s.startsWith("{")) return List.of(unquote(s));
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 1; i < s.length() - 1; i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && quoted && i + 1 < s.length() - 1) {
        cur.append(ch).append(s.charAt(++i));
      } else if (ch == '"') {
        quoted = !quoted;
        cur.append(ch);
      } else if (ch == ',' && !quoted) {
        out.add(unquote(cur.toString().strip()));
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    if (!cur.toString().isBlank()) out.add(unquote(cur.toString().strip()));
    return out;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return s;
  }

  /** The {@code @GuardedBy} of a map field, or null. */
  public Declared ofField(String fieldId) {
    return fields.get(fieldId);
  }

  /** Fields with a {@code @GuardedBy}, by id. */
  public Map<String, Declared> fields() {
    return fields;
  }

  /** The locks callers of a method must hold ({@code @Holding}, {@code @GuardedBy} on the method), or null. */
  public Declared ofMethod(String methodId) {
    return methods.get(methodId);
  }

  public Map<String, Declared> methods() {
    return methods;
  }

  /** The locks a method may assume held on entry because its annotation demands them of callers. */
  public LockSet entryOf(String methodId) {
    Declared d = methods.get(methodId);
    if (d == null) return LockSet.EMPTY;
    return entryCache.computeIfAbsent(methodId, k -> {
      List<LockRef> out = new ArrayList<>();
      for (LockExpression e : d.resolved()) {
        if (e.readWrite()) {
          out.add(e.lock().withMode(LockRef.Mode.WRITE)); // the stronger half: caller holds one of them
        } else {
          out.add(e.lock());
        }
      }
      return LockSet.of(out.toArray(new LockRef[0]));
    });
  }

  /** Whether calling the method may release locks the caller holds ({@code @MayReleaseLocks}). */
  public boolean mayReleaseLocks(String methodId) {
    return releasing.contains(methodId);
  }

  /** Whether some method is declared to release locks ({@code @MayReleaseLocks}). */
  public boolean releasesAny() {
    return !releasing.isEmpty();
  }

  /** Whether the class is declared for use by one thread at a time ({@code @NotThreadSafe}). */
  public boolean confinedClass(String classId) {
    return confinedClasses.contains(classId);
  }

  /** Lock expressions that name nothing real, in source order. */
  public List<BadExpression> badExpressions() {
    List<BadExpression> out = new ArrayList<>(bad);
    out.sort((x, y) -> {
      SourcePos a = x.annotation().pos();
      SourcePos b = y.annotation().pos();
      return a.compareTo(b);
    });
    return out;
  }
}
