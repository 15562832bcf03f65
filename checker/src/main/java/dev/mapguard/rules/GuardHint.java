package dev.mapguard.rules;

import dev.mapguard.analysis.AnalysisResult;
import dev.mapguard.analysis.Cells;
import dev.mapguard.analysis.DeclaredGuards;
import dev.mapguard.analysis.GuardInference;
import dev.mapguard.analysis.LockExpression;
import java.util.Optional;

/**
 * The guard a race finding names: the map's declared {@code @GuardedBy}, else the inferred one.
 * A race on a map with a guard is also a lock-discipline violation; the race finding is the one
 * reported, and it says which lock to take.
 */
final class GuardHint {
  private GuardHint() {}

  static Optional<String> of(AnalysisResult result, Cells.CellFacts cell, double threshold) {
    if (cell.field() != null) {
      DeclaredGuards.Declared d = result.declaredGuards().ofField(cell.field().id());
      if (d != null) {
        return d.resolved().stream().map(LockExpression::text).findFirst();
      }
    }
    GuardInference.Inferred g = result.guards(threshold).of(cell.id());
    return g == null ? Optional.empty() : Optional.of(g.expression());
  }

  /** {@code Its @GuardedBy("lock") says to hold `lock` here.} or the inferred equivalent. */
  static String sentence(AnalysisResult result, Cells.CellFacts cell, double threshold) {
    if (cell.field() != null) {
      DeclaredGuards.Declared d = result.declaredGuards().ofField(cell.field().id());
      if (d != null) return "Its " + d.written() + " says which lock to hold here.";
    }
    GuardInference.Inferred g = result.guards(threshold).of(cell.id());
    return "Most accesses hold `" + g.expression() + "` (" + g.guarded() + " of " + g.total()
        + "): hold it here too.";
  }
}
