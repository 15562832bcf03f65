package dev.mapguard.rules;

import dev.mapguard.analysis.AccessSite;
import dev.mapguard.analysis.AnalysisResult;
import dev.mapguard.analysis.Cells;
import dev.mapguard.analysis.Race;
import dev.mapguard.analysis.ThreadContexts;
import dev.mapguard.model.AccessKind;
import dev.mapguard.model.Alloc;
import dev.mapguard.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A map that is not safe for concurrent use, written on one thread while another thread reads or
 * writes it, with no lock common to both accesses. Reported at each access of the race that is
 * not (also) guarded: when one side holds a lock and the other none, only the unguarded side.
 */
public final class UnguardedMapAccess implements Rule {
  public static final String ID = "UnguardedMapAccess";

  private final double guardThreshold;

  public UnguardedMapAccess() {
    this(dev.mapguard.analysis.GuardInference.DEFAULT_THRESHOLD);
  }

  /** @param guardThreshold the share of accesses at which a lock is inferred as the map's guard */
  public UnguardedMapAccess(double guardThreshold) {
    this.guardThreshold = guardThreshold;
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
    return "A non-thread-safe map is written by one thread and read or written by another without a common lock.";
  }

  @Override
  public List<Candidate> check(AnalysisResult result) {
    List<Candidate> out = new ArrayList<>();
    FindingText text = new FindingText(result);
    for (Map.Entry<String, List<AccessSite>> e : result.sitesByCell().entrySet()) {
      Cells.CellFacts cell = result.cell(e.getKey());
      if (!cell.unsafe()) continue;
      List<AccessSite> content = new ArrayList<>();
      boolean anyWrite = false;
      for (AccessSite s : e.getValue()) {
        if (s.kind() == AccessKind.REASSIGN || s.kind() == AccessKind.LOAD) continue;
        content.add(s);
        anyWrite |= s.kind() == AccessKind.WRITE;
      }
      if (!anyWrite) continue;
      // between client threads on a field with a declared or inferred guard, GuardedByViolation
      // and InconsistentMapLocking say more: which lock the class uses for it
      boolean guarded = cell.field() != null
          && (result.declaredGuards().ofField(cell.field().id()) != null
              || result.guards(guardThreshold).of(cell.id()) != null);
      // the first race of each access that it should be blamed for: one side writes, and the
      // access holds no lock or both hold some (a guarded side is not blamed for an unguarded one)
      for (Race r : result.firstRaces(content, s -> true, s -> true,
          (a, b) -> (a.kind() == AccessKind.WRITE || b.kind() == AccessKind.WRITE)
              && (a.locks().isEmpty() || !b.locks().isEmpty()), !guarded)) {
        out.add(candidate(result, text, cell, r));
      }
    }
    return out;
  }

  private Candidate candidate(AnalysisResult result, FindingText text, Cells.CellFacts cell, Race r) {
    RaceEvidence ev = RaceEvidence.of(result, text, r, cell.display());
    AccessSite a = ev.a();
    AccessSite b = ev.b();
    String map = cell.kindName() + " " + cell.display();
    StringBuilder msg = new StringBuilder();
    msg.append(map).append(" is shared between threads without a common lock: the ")
        .append(FindingText.phrase(a)).append(" here runs on ").append(ev.threadA());
    boolean clients = r.contextA() == ThreadContexts.MAIN && r.contextB() == ThreadContexts.MAIN;
    if (clients && a == b) {
      msg.append(", and several client threads may run it at once");
    } else if (clients) {
      msg.append(" and can overlap the ").append(FindingText.phrase(b)).append(" at ")
          .append(b.access().pos().shortText()).append(" on another client thread");
    } else if (ev.selfRace()) {
      msg.append(", which runs on several threads at once, so it races with itself");
    } else if (a == b) {
      msg.append(" and can overlap itself reached on ").append(ev.threadB());
    } else {
      msg.append(" and can overlap the ").append(FindingText.phrase(b)).append(" at ")
          .append(b.access().pos().shortText()).append(" on ").append(ev.threadB());
    }
    if (!a.locks().isEmpty() || !b.locks().isEmpty()) {
      msg.append(" (held here: ").append(text.locks(a)).append("; there: ")
          .append(text.locks(b)).append(")");
    }
    if (clients) {
      String why = result.whyClientsShare(a);
      msg.append(": ").append(cell.display()).append(" is ").append(why == null ? "shared state" : why)
          .append(", so every client of the API reaches the same map");
    }
    msg.append('.');
    String path = text.calls(ev.pathA());
    if (!path.isEmpty()) msg.append(" Path: ").append(path).append('.');
    Optional<String> guard = GuardHint.of(result, cell, guardThreshold);
    guard.ifPresent(g -> msg.append(' ').append(GuardHint.sentence(result, cell, guardThreshold)));
    Finding f = new Finding(ID, defaultSeverity(), msg.toString(), a.access().pos(), cell.display(),
        text.enclosing(a), a.access().text(), ev.related(), ev.traces(),
        concurrentMapFix(result, cell), guard);
    return new Candidate(f, a.method(), cell.field() == null ? null : cell.field().id(), cell.id());
  }

  /**
   * For a field declared with a map interface and created as {@code new HashMap<>(..)} in one
   * place, switching to ConcurrentHashMap makes each single operation safe.
   */
  private static Optional<Fix> concurrentMapFix(AnalysisResult result, Cells.CellFacts cell) {
    if (cell.field() == null || cell.accessOrdered()) return Optional.empty();
    if (cell.field().declaredKind() != dev.mapguard.model.MapKind.UNKNOWN) return Optional.empty();
    Alloc.Known only = null;
    for (Alloc a : result.storesInto(cell.id())) {
      if (!(a instanceof Alloc.Known k) || only != null) return Optional.empty();
      only = k;
    }
    if (only == null || !only.text().startsWith("new HashMap<")) return Optional.empty();
    SourcePos region = only.pos();
    String replacement = "new java.util.concurrent.ConcurrentHashMap<" + only.text().substring("new HashMap<".length());
    return Optional.of(new Fix("Use a ConcurrentHashMap (it does not accept null keys or values;"
        + " check-then-act sequences still need compute/merge/putIfAbsent)",
        List.of(new Fix.Edit(region, replacement))));
  }
}
