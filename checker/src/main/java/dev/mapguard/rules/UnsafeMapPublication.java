package dev.mapguard.rules;

import dev.mapguard.analysis.AccessSite;
import dev.mapguard.analysis.AnalysisResult;
import dev.mapguard.analysis.Cells;
import dev.mapguard.analysis.Race;
import dev.mapguard.model.AccessKind;
import dev.mapguard.model.AnnotationInfo;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A map field that is neither final nor volatile, given a new map on one thread while another
 * thread uses it, with no common lock: the other thread may never see the new map, or see it
 * before its contents.
 */
public final class UnsafeMapPublication implements Rule {
  public static final String ID = "UnsafeMapPublication";

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
    return "A non-final, non-volatile map field is reassigned while another thread reads it.";
  }

  @Override
  public List<Candidate> check(AnalysisResult result) {
    List<Candidate> out = new ArrayList<>();
    FindingText text = new FindingText(result);
    for (Map.Entry<String, List<AccessSite>> e : result.sitesByCell().entrySet()) {
      Cells.CellFacts cell = result.cell(e.getKey());
      FieldInfo field = cell.field();
      if (field == null || field.isFinal() || field.isVolatile() || e.getKey().endsWith("/content")
          || lazyInit(field)) {
        continue;
      }
      List<AccessSite> sites = e.getValue();
      boolean reassigned = false;
      for (AccessSite s : sites) {
        reassigned |= s.kind() == AccessKind.REASSIGN && !result.isConstruction(s);
      }
      if (!reassigned) continue;
      for (Race r : result.firstRaces(sites,
          s -> s.kind() == AccessKind.REASSIGN && !result.isConstruction(s),
          s -> !result.isConstruction(s), (a, b) -> true)) {
        out.add(candidate(result, text, cell, field, r));
      }
    }
    return out;
  }

  private Candidate candidate(AnalysisResult result, FindingText text, Cells.CellFacts cell,
                              FieldInfo field, Race r) {
    RaceEvidence ev = RaceEvidence.of(result, text, r, field.display());
    AccessSite a = ev.a();
    StringBuilder msg = new StringBuilder();
    msg.append("Map field ").append(field.display())
        .append(" is neither final nor volatile, yet it is assigned here on ").append(ev.threadA());
    if (ev.selfRace()) {
      msg.append(", which runs on several threads at once");
    } else {
      msg.append(" while the ").append(FindingText.phrase(ev.b())).append(" at ")
          .append(ev.b().access().pos().shortText()).append(" on ").append(ev.threadB())
          .append(" may read it");
    }
    msg.append(" with no common lock: the other thread may see a stale or half-built map.");
    String path = text.calls(ev.pathA());
    if (!path.isEmpty()) msg.append(" Path: ").append(path).append('.');
    Optional<Fix> fix = Optional.empty();
    if (field.pos().startOffset() >= 0) {
      SourcePos p = field.pos();
      SourcePos at = new SourcePos(p.file(), p.line(), p.column(), p.line(), p.column(),
          p.startOffset(), p.startOffset());
      fix = Optional.of(new Fix("Declare the field volatile (or guard every access with one lock)",
          List.of(new Fix.Edit(at, "volatile "))));
    }
    Finding f = new Finding(ID, defaultSeverity(), msg.toString(), a.access().pos(), field.display(),
        text.enclosing(a), a.access().text(), ev.related(), ev.traces(), fix, Optional.empty());
    return new Candidate(f, a.method(), field.id(), cell.id());
  }

  /**
   * A field annotated {@code @LazyInit} (Error Prone's, or any of that name): its author says the
   * racy initialisation is intended (an immutable value computed twice at worst).
   */
  private static boolean lazyInit(FieldInfo field) {
    for (AnnotationInfo a : field.annotations()) {
      if (a.type().equals("LazyInit") || a.type().endsWith(".LazyInit")) return true;
    }
    return false;
  }
}
