package dev.mapguard.rules;

import dev.mapguard.analysis.AccessSite;
import dev.mapguard.analysis.AnalysisResult;
import dev.mapguard.analysis.Cells;
import dev.mapguard.analysis.GuardInference;
import dev.mapguard.model.AccessKind;
import java.util.List;
import java.util.Optional;

/** Words and traces shared by the lock-discipline rules (InconsistentMapLocking, GuardedByViolation). */
final class GuardText {
  private final FindingText text;

  GuardText(AnalysisResult result) {
    this.text = new FindingText(result);
  }

  /**
   * How an access runs without its guard: {@code the write (put) here runs without it when
   * reached on the calling thread (entering at A.b()) through b() -> c()}.
   */
  String without(GuardInference.Observation o, boolean alsoGuarded, String lockName) {
    StringBuilder sb = new StringBuilder();
    sb.append("the ").append(FindingText.phrase(o.site())).append(" here runs without ")
        .append(lockName);
    if (!o.site().locks().isEmpty()) sb.append(" (holding only ").append(text.locks(o.site())).append(')');
    sb.append(" when reached ").append(reached(o));
    if (alsoGuarded) sb.append(" (its other callers hold it)");
    return sb.append('.').toString();
  }

  /**
   * How to name the missing lock: {@code name}, or for a write guarded by a whole ReadWriteLock,
   * its write half ({@code rw.writeLock()}).
   */
  static String missing(GuardInference.Observation o, boolean readWrite, String expression, String name) {
    boolean write = o.site().kind() == AccessKind.WRITE || o.site().kind() == AccessKind.REASSIGN;
    return readWrite && write ? "`" + expression + ".writeLock()`" : name;
  }

  /** {@code on the calling thread (entering at A.b()) through b() -> c()}. */
  String reached(GuardInference.Observation o) {
    String calls = text.calls(o.path());
    return "on " + text.thread(o.context(), o.path()) + (calls.isEmpty() ? "" : " through " + calls);
  }

  Finding finding(String ruleId, Severity severity, String message, GuardInference.Observation o,
                  Cells.CellFacts cell, Optional<String> guard) {
    AccessSite a = o.site();
    Trace trace = text.trace(a, o.context(), o.path(), cell.display());
    return new Finding(ruleId, severity, message, a.access().pos(), cell.display(),
        text.enclosing(a), a.access().text(), List.of(), List.of(trace), Optional.empty(), guard);
  }

  FindingText text() {
    return text;
  }
}
