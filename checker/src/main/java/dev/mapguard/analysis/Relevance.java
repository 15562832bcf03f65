package dev.mapguard.analysis;

import dev.mapguard.model.Event;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import dev.mapguard.model.TaskRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a program the analyses need. A method is kept when it does something a finding can
 * be made of: it touches a map variable, takes or releases a lock, starts or waits for a thread,
 * runs code it was given, hands a map or code to another method (or, being made, its own object),
 * returns a map, carries an
 * annotation the analyses read or a reason to run on another thread, or is code that some spawn,
 * callback or field runs. Every method that can call a kept method is kept too, and so are the
 * methods it overrides and the method a kept lambda or local class was written in. What is left
 * only calls what is left out: no access, lock, spawn or join is reached through it, so leaving it
 * out changes no finding, trace or lock; the passes over the call graph (thread contexts, entry
 * locks, cells) then cover about a third of the methods of a library (commons-lang3 1,602 of
 * 4,859, kafka-clients 7,097 of 26,875).
 */
final class Relevance {
  private final Program program;
  /** For an overridden method's id: the methods that override it. */
  private final Map<String, List<String>> overriders = new HashMap<>();
  /** For a call target's id: the methods calling it directly, and those calling it virtually. */
  private final Map<String, List<String>> directCallers = new HashMap<>();
  private final Map<String, List<String>> virtualCallers = new HashMap<>();
  /** Calls passing a map or code, spawns and runs of code: what they hand on is kept. */
  private final List<Event> handingOn = new ArrayList<>();
  private final Set<String> kept = new HashSet<>();
  private final ArrayDeque<String> work = new ArrayDeque<>();

  private Relevance(Program program) {
    this.program = program;
  }

  /** {@code program} with only the methods the analyses need (itself when that is all of them). */
  static Program of(Program program) {
    Relevance r = new Relevance(program);
    r.scan();
    r.keepHandedOn();
    r.close();
    if (r.kept.size() == program.methods().size()) return program;
    Map<String, MethodInfo> methods = new HashMap<>(r.kept.size() * 2);
    for (String id : r.kept) methods.put(id, program.method(id));
    return program.withMethods(methods);
  }

  /**
   * One pass over the methods, in any order (the result does not depend on it, and the whole
   * program's ids are then never sorted), one method per call: the JIT compiles the body of a
   * method called thousands of times, where a loop run once waits for on-stack replacement.
   */
  private void scan() {
    for (MethodInfo m : program.methodsInAnyOrder()) scan(m);
  }

  private void scan(MethodInfo m) {
    for (String o : m.overrides()) {
      overriders.computeIfAbsent(o, k -> new ArrayList<>()).add(m.id());
    }
    boolean seed = matters(m);
    for (Event e : m.events()) {
      if (e instanceof Event.Call c) {
        (c.virtual() ? virtualCallers : directCallers)
            .computeIfAbsent(c.target(), k -> new ArrayList<>(2)).add(m.id());
        if (isPlain(c) && !handsThisOnWhileMade(m, c)) continue;
        handingOn.add(e);
      } else if (e instanceof Event.Spawn || e instanceof Event.RunTask) {
        handingOn.add(e);
      } else if (e instanceof Event.FlagRead || e instanceof Event.FlagSet) {
        continue; // they order the accesses of methods kept for other reasons
      }
      seed = true;
    }
    if (seed) keep(m.id());
  }

  /** Whether the method matters whatever its events (its kind, flags, annotations, results). */
  private static boolean matters(MethodInfo m) {
    return m.kind() == MethodInfo.Kind.LAMBDA || !m.rootDecls().isEmpty()
        || !m.annotations().isEmpty() || !m.returns().isEmpty() || m.returnsCell() != null
        || m.is(MethodInfo.SYNCHRONIZED | MethodInfo.SYNCHRONIZES | MethodInfo.LOCKS_EXPLICITLY
            | MethodInfo.INIT_LIKE);
  }

  /**
   * Keeps the code that spawns, runs and fields hand on, and the methods given a map or code
   * (what they do with their parameters is read at their callers): after the scan, since a
   * virtual target needs every overrider known.
   */
  private void keepHandedOn() {
    for (Event e : handingOn) {
      if (e instanceof Event.Call c) {
        keepTargets(c.target(), c.virtual());
        for (Event.TaskArg a : c.taskArgs()) keepTasks(a.tasks(), new HashSet<>());
      } else if (e instanceof Event.Spawn s) {
        keepTasks(s.tasks(), new HashSet<>());
      } else if (e instanceof Event.RunTask r) {
        keepTasks(r.tasks(), new HashSet<>());
      }
    }
    for (FieldInfo f : program.fields().values()) keepTasks(f.tasks(), new HashSet<>());
  }

  /**
   * A constructor or initialiser passing {@code this}: whether the callee keeps it decides whether
   * the object registers itself as it is made ({@link SelfRegistration}).
   */
  private static boolean handsThisOnWhileMade(MethodInfo m, Event.Call c) {
    if (m.kind() != MethodInfo.Kind.CONSTRUCTOR && m.kind() != MethodInfo.Kind.INSTANCE_INIT) return false;
    // new Part(this) is no registration (SelfRegistration): its constructor need not be kept
    if (c.target().contains("#<init>(")) return false;
    for (Event.ObjectArg a : c.objectArgs()) {
      if (a.object().kind() == dev.mapguard.model.ObjectRef.Kind.THIS) return true;
    }
    return false;
  }

  /** A call that passes no map and no code: it matters only if what it runs does. */
  private static boolean isPlain(Event.Call c) {
    return c.mapArgs().isEmpty() && c.taskArgs().isEmpty();
  }

  private void keepTargets(String target, boolean virtual) {
    keep(target);
    if (virtual) {
      for (String o : overriders.getOrDefault(target, List.of())) keep(o);
    }
  }

  private void keepTasks(List<TaskRef> tasks, Set<String> seenFields) {
    for (TaskRef t : tasks) {
      if (t instanceof TaskRef.Method m) {
        keep(m.methodId());
      } else if (t instanceof TaskRef.Virtual v) {
        keepTargets(v.methodId(), true);
      } else if (t instanceof TaskRef.Param p) {
        keep(p.methodId());
      } else if (t instanceof TaskRef.Field f && seenFields.add(f.fieldId())) {
        FieldInfo fi = program.field(f.fieldId());
        if (fi != null) keepTasks(fi.tasks(), seenFields);
      }
    }
  }

  private void keep(String id) {
    if (program.method(id) != null && kept.add(id)) work.add(id);
  }

  /**
   * Adds every caller of a kept method, the methods it overrides (a lock its callers hold is
   * written on those declarations too, when inferred guards are written back), and the method a
   * kept lambda or local class is in.
   */
  private void close() {
    while (!work.isEmpty()) close(program.method(work.poll()));
  }

  private void close(MethodInfo m) {
    for (String c : directCallers.getOrDefault(m.id(), List.of())) keep(c);
    for (String c : virtualCallers.getOrDefault(m.id(), List.of())) keep(c);
    for (String o : m.overrides()) {
      keep(o);
      // also when o is a library method, which is not kept: a call of o may run m
      for (String c : virtualCallers.getOrDefault(o, List.of())) keep(c);
    }
    if (m.lambdaOf() != null) keep(m.lambdaOf());
  }
}
