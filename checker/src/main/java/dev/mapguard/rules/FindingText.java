package dev.mapguard.rules;

import dev.mapguard.analysis.AccessSite;
import dev.mapguard.analysis.AnalysisResult;
import dev.mapguard.analysis.CallGraph;
import dev.mapguard.analysis.ThreadContexts;
import dev.mapguard.analysis.ThreadRoot;
import dev.mapguard.analysis.TracePath;
import dev.mapguard.model.AccessKind;
import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.Event;
import dev.mapguard.model.LockRef;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.SourcePos;
import java.util.ArrayList;
import java.util.List;

/** Words and traces for findings: how threads, accesses and paths are described to users. */
final class FindingText {
  private final AnalysisResult result;

  FindingText(AnalysisResult result) {
    this.result = result;
  }

  /** e.g. {@code write (put)}. */
  static String phrase(AccessSite a) {
    String op = a.access().operation();
    AccessKind k = a.kind();
    if (k == AccessKind.REASSIGN) return "assignment";
    if (k == AccessKind.LOAD) return "read of the field";
    if (k != a.access().kind()) {
      // a read that writes: say why
      return "write (" + op + (a.access().kind() == AccessKind.ITERATE ? "" : " reorders or cleans up the map") + ")";
    }
    return k.verb() + " (" + op + ")";
  }

  /** The thread an access runs on, as seen from its trace. */
  String thread(int context, TracePath path) {
    if (context == ThreadContexts.MAIN) {
      MethodInfo entry = result.program().method(path.entry());
      return "the calling thread (entering at " + (entry == null ? path.entry() : entry.display()) + ")";
    }
    ThreadRoot root = path.root() != null ? path.root()
        : result.contexts().context(context).roots().get(0);
    return root.description();
  }

  /** {@code a() -> b() -> c()}: the calls of a path, or empty. */
  String calls(TracePath path) {
    if (path.calls().isEmpty()) return "";
    List<String> names = new ArrayList<>();
    MethodInfo first = result.program().method(path.entry());
    names.add(shortName(first));
    for (CallGraph.Edge e : path.calls()) names.add(shortName(result.program().method(e.callee())));
    return String.join(" -> ", TraceLimit.abridgeNames(names));
  }

  private static String shortName(MethodInfo m) {
    if (m == null) return "?";
    if (m.kind() == MethodInfo.Kind.LAMBDA) return "lambda@" + m.pos().line();
    String d = m.display();
    int dot = d.lastIndexOf('.', d.indexOf('('));
    return dot < 0 ? d : d.substring(dot + 1);
  }

  /** The trace of one side of a finding, as SARIF threadFlow steps. */
  Trace trace(AccessSite a, int context, TracePath path, String mapName) {
    return trace(context, path, a.access().pos(), phrase(a) + " of " + mapName
        + (a.locks().isEmpty() ? " with no lock held" : " holding {" + locks(a) + "}"));
  }

  /** A trace from the thread root (or entry) of {@code path} through its calls to {@code endPos}. */
  Trace trace(int context, TracePath path, SourcePos endPos, String endMessage) {
    List<TraceStep> steps = new ArrayList<>();
    if (path.root() != null) {
      steps.add(new TraceStep(TraceStep.Kind.THREAD_ROOT, path.root().pos(),
          "thread starts: " + path.root().description()));
    } else {
      MethodInfo entry = result.program().method(path.entry());
      SourcePos pos = entry == null ? endPos : entry.pos();
      steps.add(new TraceStep(TraceStep.Kind.THREAD_ROOT, pos,
          "the calling thread enters " + (entry == null ? path.entry() : entry.display())));
    }
    List<TraceStep> calls = new ArrayList<>(path.calls().size());
    for (CallGraph.Edge e : path.calls()) {
      MethodInfo caller = result.program().method(e.caller());
      MethodInfo callee = result.program().method(e.callee());
      Event ev = caller.events().get(e.event());
      SourcePos pos = ev.pos().line() > 0 ? ev.pos() : caller.pos();
      String text = "calls " + callee.display();
      if (e.callback()) {
        MethodInfo runner = result.program().method(e.runner());
        text = "passes " + callee.display() + " to "
            + (runner == null ? e.runner() : runner.display()) + ", which runs it";
      }
      calls.add(new TraceStep(TraceStep.Kind.CALL, pos, text));
    }
    steps.addAll(TraceLimit.abridge(calls));
    steps.add(new TraceStep(TraceStep.Kind.ACCESS, endPos, endMessage));
    return new Trace(thread(context, path), steps);
  }

  String enclosing(AccessSite a) {
    MethodInfo m = result.program().method(a.method());
    return m == null ? a.method() : m.display();
  }

  String locks(AccessSite a) {
    if (a.locks().isEmpty()) return "no lock";
    List<String> names = new ArrayList<>();
    for (LockRef l : a.locks().locks()) names.add(lockName(l, a));
    return String.join(", ", names);
  }

  /**
   * A lock as the code at the access names it. Monitors of {@code this} are one lock for a class
   * and its superclasses, kept under the topmost class of the program that has it; in a subclass's
   * code {@code this} is an object of that subclass, so it is named after the access's class.
   */
  private String lockName(LockRef l, AccessSite a) {
    if (l.kind() == LockRef.Kind.THIS) {
      MethodInfo m = result.program().method(a.method());
      ClassInfo c = m == null ? null : result.program().clazz(m.classId());
      if (c != null && !c.id().equals(l.id()) && c.sharing().supertypes().contains(l.id())) {
        return new LockRef(LockRef.Kind.THIS, m.classId(), l.mode()).display();
      }
    }
    return l.display();
  }
}
