package dev.mapguard.rules;

import dev.mapguard.analysis.AccessSite;
import dev.mapguard.analysis.AnalysisResult;
import dev.mapguard.analysis.Cells;
import dev.mapguard.analysis.GuardInference;
import dev.mapguard.analysis.ThreadContexts;
import dev.mapguard.model.AccessKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A map guarded by one lock at most of its accesses and not at some: the lock is inferred as the
 * map's guard (as {@code @GuardedBy} would declare it) and each access reached without it is
 * reported, with the path by which it is reached unguarded. Reported whether or not a thread root
 * is known (the lock is the evidence that the map is shared), never on thread-confined code.
 * Where a race is reported on the same line, that finding says it (and names the guard) instead.
 */
public final class InconsistentMapLocking implements Rule {
  public static final String ID = "InconsistentMapLocking";

  private final double threshold;

  public InconsistentMapLocking() {
    this(GuardInference.DEFAULT_THRESHOLD);
  }

  /** @param threshold the share of accesses that must hold a lock for it to be the guard */
  public InconsistentMapLocking(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "A map is guarded by one lock at most of its accesses but not at this one.";
  }

  @Override
  public Set<String> yieldsTo() {
    return Set.of(UnguardedMapAccess.ID);
  }

  @Override
  public List<Candidate> check(AnalysisResult result) {
    List<Candidate> out = new ArrayList<>();
    GuardText text = new GuardText(result);
    for (GuardInference.Inferred g : result.guards(threshold).all()) {
      Cells.CellFacts cell = result.cell(g.cellId());
      GuardInference.Guard guard = new GuardInference.Guard(g.lock(), g.readWrite());
      List<AccessSite> sites = result.sitesByCell().getOrDefault(g.cellId(), List.of());
      boolean threaded = touchedByOtherThreads(sites);
      for (GuardInference.Observation o : g.unguarded()) {
        // where other threads are known, an access that can overlap none of theirs (it runs before
        // they start or after they are joined) breaks the convention but not the safety
        if (threaded && !mayOverlapAWrite(result, o.site(), sites)) continue;
        boolean alsoGuarded = result.guards(threshold).observe(o.site(), guard).size() > 1;
        String msg = cell.kindName() + " " + cell.display() + " is guarded by `" + g.expression()
            + "` at " + g.guarded() + " of " + g.total() + " accesses; this one is not: "
            + text.without(o, alsoGuarded,
                GuardText.missing(o, g.readWrite(), g.expression(), "it"));
        Finding f = text.finding(ID, defaultSeverity(), msg, o, cell,
            Optional.of(g.expression()));
        out.add(new Candidate(f, o.site().method(), cell.field().id(), cell.id()));
      }
    }
    return out;
  }

  private static boolean touchedByOtherThreads(List<AccessSite> sites) {
    for (AccessSite s : sites) {
      if (s.contexts().nextSetBit(ThreadContexts.MAIN + 1) >= 0) return true;
    }
    return false;
  }

  /**
   * Whether the access may run at the same time as some access of the map on another thread the
   * program starts, one of them a write (the convention is the evidence for client threads).
   */
  private static boolean mayOverlapAWrite(AnalysisResult result, AccessSite a, List<AccessSite> sites) {
    for (AccessSite b : sites) {
      if (b.kind() == AccessKind.LOAD || a.kind() == AccessKind.LOAD) continue;
      boolean write = a.kind() == AccessKind.WRITE || b.kind() == AccessKind.WRITE
          || a.kind() == AccessKind.REASSIGN || b.kind() == AccessKind.REASSIGN;
      if (write && result.concurrent(a, b, false) != null) return true;
    }
    return false;
  }
}
