package dev.mapguard.annotate;

import dev.mapguard.analysis.AnalysisResult;
import dev.mapguard.analysis.GuardInference;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.LockRef;
import dev.mapguard.model.MethodInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code annotate} adds, file by file: {@code @GuardedBy} on every map field with an
 * inferred guard and no annotation yet, and on each helper method that relies on its callers
 * holding that guard the annotation that makes callers hold it ({@code @GuardedBy} on the method,
 * {@code @Holding} for the Checker Framework), so that checkers which look at one method at a time
 * accept the helper and check its callers.
 */
public final class AnnotationPlan {
  /** A declaration left without an annotation, and why. */
  public record Skipped(String what, String why) {}

  private final Map<String, List<Insertion>> byFile = new TreeMap<>();
  private final List<Skipped> skipped = new ArrayList<>();
  /** helper|expression -> the guard it names (to render it in other classes). */
  private final Map<String, GuardInference.Inferred> lockOfExpression = new LinkedHashMap<>();

  public AnnotationPlan(AnalysisResult result, Flavour flavour, double threshold) {
    Map<String, List<String>> helperLocks = new LinkedHashMap<>();
    Map<String, List<String>> helperWhy = new LinkedHashMap<>();
    for (GuardInference.Inferred g : result.guards(threshold).all()) {
      FieldInfo f = g.field();
      if (flavour == Flavour.CHECKER && (g.readWrite() || g.lock().mode() != LockRef.Mode.EXCLUSIVE)) {
        // rw.readLock() is not @Deterministic for the Lock Checker: no guard it can check
        skipped.add(new Skipped(f.display(), "its guard " + g.expression() + " is a ReadWriteLock,"
            + " which the Checker Framework's Lock Checker cannot check; use another flavour"));
        continue;
      }
      add(f.pos().file(), new Insertion(true, f.name(), f.pos(), flavour.fieldAnnotation(),
          List.of(g.expression()), f.display() + " (" + g.expression() + " held at " + g.guarded()
          + " of " + g.total() + " accesses)"));
      for (String helper : g.helpers()) {
        MethodInfo m = result.program().method(helper);
        if (m == null || result.declaredGuards().ofMethod(helper) != null) continue;
        String expr = result.guardExpressions().render(g.lock(), g.readWrite(), m.classId());
        if (expr == null) {
          skipped.add(new Skipped(m.display(), "no expression in " + m.display() + " names the lock "
              + g.expression() + " of " + f.display()));
          continue;
        }
        List<String> locks = helperLocks.computeIfAbsent(helper, k -> new ArrayList<>());
        if (!locks.contains(expr)) locks.add(expr);
        lockOfExpression.put(helper + "|" + expr, g);
        helperWhy.computeIfAbsent(helper, k -> new ArrayList<>()).add(f.display());
      }
    }
    overridden(result, helperLocks, helperWhy);
    for (Map.Entry<String, List<String>> e : helperLocks.entrySet()) {
      MethodInfo m = result.program().method(e.getKey());
      if (e.getValue().size() > 1 && !flavour.multipleLocks()) {
        skipped.add(new Skipped(m.display(), "its callers hold " + String.join(" and ", e.getValue())
            + ", and a " + flavour.cliName() + " @GuardedBy names one lock"));
        continue;
      }
      add(m.pos().file(), new Insertion(false, m.name(), m.pos(), flavour.methodAnnotation(),
          e.getValue(), m.display() + " (callers hold " + String.join(", ", e.getValue()) + " for "
          + String.join(", ", helperWhy.get(e.getKey())) + ")"));
    }
    for (List<Insertion> list : byFile.values()) {
      list.sort((a, b) -> a.pos().compareTo(b.pos()));
    }
  }

  /**
   * A helper that overrides a method must not demand more of its callers than the method it
   * overrides: the overridden methods of the program get the same annotation; a helper that
   * overrides a method outside the program (or one where the lock has no name) gets none.
   */
  private void overridden(AnalysisResult result, Map<String, List<String>> helperLocks,
                          Map<String, List<String>> helperWhy) {
    List<String> pending = new ArrayList<>(helperLocks.keySet());
    while (!pending.isEmpty()) {
      String helper = pending.remove(0);
      MethodInfo m = result.program().method(helper);
      List<String> locks = helperLocks.get(helper);
      if (m == null || locks == null) continue;
      for (String o : m.overrides()) {
        MethodInfo base = result.program().method(o);
        String why = null;
        if (base == null) {
          why = "it overrides " + o.substring(0, o.indexOf('(')).replace('#', '.')
              + ", whose callers outside the program are not known to hold the lock";
        } else if (result.declaredGuards().ofMethod(o) == null && !helperLocks.containsKey(o)) {
          List<String> baseLocks = new ArrayList<>();
          for (String lock : locks) {
            String expr = renderIn(result, helper, lock, o, base.classId());
            if (expr == null) {
              why = "it overrides " + base.display() + ", where no expression names " + lock;
              break;
            }
            baseLocks.add(expr);
          }
          if (why == null) {
            helperLocks.put(o, baseLocks);
            helperWhy.put(o, helperWhy.get(helper));
            pending.add(o);
          }
        }
        if (why != null) {
          skipped.add(new Skipped(m.display(), why));
          helperLocks.remove(helper);
          break;
        }
      }
    }
  }

  /** The lock a helper's expression names, written in the class of {@code to}; null when none names it there. */
  private String renderIn(AnalysisResult result, String helper, String expression, String to, String classId) {
    GuardInference.Inferred g = lockOfExpression.get(helper + "|" + expression);
    String out = g == null ? null : result.guardExpressions().render(g.lock(), g.readWrite(), classId);
    if (out != null) lockOfExpression.put(to + "|" + out, g);
    return out;
  }

  private void add(String file, Insertion i) {
    byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(i);
  }

  /** The insertions per source file (absolute path as javac saw it), in source order. */
  public Map<String, List<Insertion>> byFile() {
    return byFile;
  }

  /** Helpers left without an annotation, and why. */
  public List<Skipped> skipped() {
    return skipped;
  }

  public boolean isEmpty() {
    return byFile.isEmpty();
  }
}
