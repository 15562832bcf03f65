package dev.mapguard.rules;

import dev.mapguard.analysis.AccessSite;
import dev.mapguard.analysis.AnalysisResult;
import dev.mapguard.analysis.CallGraph;
import dev.mapguard.analysis.Cells;
import dev.mapguard.analysis.DeclaredGuards;
import dev.mapguard.analysis.GuardInference;
import dev.mapguard.analysis.LockExpression;
import dev.mapguard.model.Event;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A map field annotated {@code @GuardedBy} (any flavour) used without its lock, counting the
 * locks callers hold, reported with the call path by which the access is reached unguarded; a
 * call of a method annotated {@code @Holding} / {@code @GuardedBy} made without the lock it
 * demands; and a lock expression in such an annotation that names nothing real. Reported whether
 * or not a thread root is known, never on thread-confined code. Where a race is reported on the
 * same line, that finding says it (and names the guard) instead.
 */
public final class GuardedByViolation implements Rule {
  public static final String ID = "GuardedByViolation";

  @Override
  public String id() {
    return ID;
  }

  /** Error Prone's and the Checker Framework's keys for the same check of the same annotation. */
  @Override
  public Set<String> suppressionKeys() {
    return Set.of(ID, "GuardedBy", "GuardedByChecker");
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "A map field annotated @GuardedBy is used without its lock.";
  }

  @Override
  public Set<String> yieldsTo() {
    return Set.of(UnguardedMapAccess.ID);
  }

  @Override
  public List<Candidate> check(AnalysisResult result) {
    List<Candidate> out = new ArrayList<>();
    GuardText text = new GuardText(result);
    DeclaredGuards declared = result.declaredGuards();
    GuardInference guards = result.guards();
    for (Map.Entry<String, List<AccessSite>> e : result.sitesByCell().entrySet()) {
      Cells.CellFacts cell = result.cell(e.getKey());
      FieldInfo field = cell.field();
      if (field == null) continue;
      DeclaredGuards.Declared d = declared.ofField(field.id());
      if (d == null) continue;
      for (AccessSite site : guards.guardedAccesses(e.getKey())) {
        for (LockExpression lock : d.resolved()) {
          GuardInference.Guard guard = new GuardInference.Guard(lock.lock(), lock.readWrite());
          List<GuardInference.Observation> ways = guards.observe(site, guard);
          GuardInference.Observation without = ways.get(ways.size() - 1);
          if (without.guarded()) continue;
          String msg = cell.kindName() + " " + cell.display() + " is annotated " + d.written()
              + ", but " + text.without(without, ways.size() > 1,
              GuardText.missing(without, lock.readWrite(), lock.text(), "`" + lock.text() + "`"));
          out.add(new Candidate(text.finding(ID, defaultSeverity(), msg, without, cell,
              Optional.of(lock.text())), site.method(), field.id(), cell.id()));
          break; // one finding per access, for the first lock it lacks
        }
      }
    }
    calls(result, text, out);
    badExpressions(result, out);
    return out;
  }

  /** Calls of methods whose annotation demands a lock, made without it. */
  private void calls(AnalysisResult result, GuardText text, List<Candidate> out) {
    DeclaredGuards declared = result.declaredGuards();
    for (Map.Entry<String, DeclaredGuards.Declared> e : declared.methods().entrySet()) {
      MethodInfo callee = result.program().method(e.getKey());
      if (callee == null || declared.confinedClass(callee.classId())) continue;
      for (CallGraph.Edge edge : result.calls().callersOf(e.getKey())) {
        MethodInfo caller = result.program().method(edge.caller());
        if (caller == null || caller.isConstruction() || edge.receiver() == Event.Receiver.FRESH) {
          continue;
        }
        // code passed to a helper runs where the helper runs it, under the helper's locks
        String at = edge.callback() ? edge.runner() : edge.caller();
        int atEvent = edge.callback() ? edge.runnerEvent() : edge.event();
        for (LockExpression lock : e.getValue().resolved()) {
          GuardInference.Observation without = result.guards().observeCall(at, atEvent,
              new GuardInference.Guard(lock.lock(), lock.readWrite()));
          if (without == null) continue;
          SourcePos pos = caller.events().get(edge.event()).pos();
          String msg = callee.display() + " is annotated " + e.getValue().written()
              + ": its callers must hold `" + lock.text() + "`, but this call runs without it when reached "
              + text.reached(without) + ".";
          Trace trace = text.text().trace(without.context(), without.path(), pos,
              "calls " + callee.display() + " without " + lock.text());
          Finding f = new Finding(ID, defaultSeverity(), msg, pos, callee.display(), caller.display(),
              "call " + callee.display(), List.of(new RelatedLocation(callee.pos(),
              "the method that demands the lock")), List.of(trace), Optional.empty(),
              Optional.of(lock.text()));
          out.add(new Candidate(f, caller.id(), null, "call:" + callee.id()));
          break;
        }
      }
    }
  }

  /** Lock expressions that name nothing real, reported at the annotation. */
  private void badExpressions(AnalysisResult result, List<Candidate> out) {
    for (DeclaredGuards.BadExpression b : result.declaredGuards().badExpressions()) {
      String member = b.onField() ? display(result.program().field(b.memberId()), b.memberId())
          : display(result.program().method(b.memberId()), b.memberId());
      String msg = "@" + b.annotation().simpleName() + "(\"" + b.expression().text() + "\") on "
          + member + " names no lock: " + b.expression().error() + ".";
      Finding f = new Finding(ID, defaultSeverity(), msg, b.annotation().pos(), member, member,
          b.expression().text(), List.of(), List.of(), Optional.empty(), Optional.empty());
      out.add(new Candidate(f, b.onField() ? null : b.memberId(), b.onField() ? b.memberId() : null,
          "annotation:" + b.memberId()));
    }
  }

  private static String display(FieldInfo f, String id) {
    return f == null ? id : f.display();
  }

  private static String display(MethodInfo m, String id) {
    return m == null ? id : m.display();
  }
}
