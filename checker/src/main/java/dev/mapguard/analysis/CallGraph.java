package dev.mapguard.analysis;

import dev.mapguard.model.Event;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import dev.mapguard.model.TaskRef;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who calls whom on the same thread. Virtual calls are resolved over the program's class hierarchy
 * (class hierarchy analysis, restricted to methods declared in the program: a call through a
 * library interface such as Runnable.run is not fanned out to every Runnable). Code passed as an
 * argument is followed to where it runs: a parameter task run by the callee, or a field holding it.
 */
public final class CallGraph {

  /**
   * A call on the same thread: event {@code event} of {@code caller} runs {@code callee};
   * {@code receiver} says whether the callee's {@code this} is the caller's (or a fresh object).
   * A callback edge goes from the method that passes code ({@code list.forEachMatching(x ->
   * ...)}) to that code, at the call that passes it, when the method it is passed to
   * ({@code runner}) runs its parameter in place at {@code runnerEvent}: code passed by one caller
   * is not run for the other callers of the runner.
   */
  public record Edge(String caller, int event, String callee, Event.Receiver receiver,
                     String runner, int runnerEvent) {
    public Edge(String caller, int event, String callee, Event.Receiver receiver) {
      this(caller, event, callee, receiver, null, -1);
    }

    /** Whether the callee is code the caller passed to {@code runner}, which runs it in place. */
    public boolean callback() {
      return runner != null;
    }

    /**
     * The call event this edge stands for in {@code caller} (the edge's caller's body), or null
     * for a callback (code run in place) or an edge the model has no call event for.
     */
    public Event.Call callIn(MethodInfo caller) {
      if (caller == null || callback() || event < 0 || event >= caller.events().size()) return null;
      return caller.events().get(event) instanceof Event.Call c ? c : null;
    }

    /** What the call says about null ({@link Event.NullFacts}); nothing for code a helper runs. */
    public Event.NullFacts nullFactsIn(MethodInfo caller) {
      Event.Call c = callIn(caller);
      return c == null ? Event.NullFacts.NONE : c.nulls();
    }
  }

  /** What the edge's call says about null ({@link Event.NullFacts}); nothing for code a helper runs. */
  public Event.NullFacts nullFacts(Edge e) {
    return e.nullFactsIn(program.method(e.caller()));
  }

  /**
   * Walking a path backwards: the caller's parameters that must not be null for the path to go on
   * from edge {@code in} when its callee needs {@code calleeNeeds} of its own parameters not null;
   * -1 when {@code in} passes null for one of those ({@code setHandler(null)} never reaches the
   * {@code addManaged(handler)} behind its null test).
   */
  public int nonNullBefore(Edge in, int calleeNeeds) {
    Event.NullFacts f = nullFacts(in);
    if ((f.nullArgs() & calleeNeeds) != 0) return -1;
    return f.needsNonNull() | f.fromCallee(calleeNeeds);
  }

  /**
   * Whether a path of calls (from its entry to the access) can be taken: no call on it is made
   * only when a parameter is not null that the path passes as null, directly or passed on.
   */
  public boolean feasible(List<Edge> path) {
    int nulls = 0;
    for (Edge e : path) {
      Event.NullFacts f = nullFacts(e);
      if ((nulls & f.needsNonNull()) != 0) return false;
      nulls = e.callback() ? 0 : f.nullsInto(nulls);
    }
    return true;
  }

  private final Program program;
  private final ClassHierarchy hierarchy;
  private final Map<String, List<String>> overriders = new HashMap<>();
  /** For (method, parameter index): the call sites that pass code there. */
  private final Map<String, List<TaskBinding>> taskBindings = new HashMap<>();

  /** Code that call {@code event} of {@code caller} passes for a parameter. */
  record TaskBinding(String caller, int event, List<TaskRef> tasks) {}

  /*
   * The program's methods numbered in id order, with the edges by number: the fixed points over
   * the call graph (thread contexts, entry locks) keep their facts in arrays indexed by these
   * numbers instead of looking a method's id up at every edge they follow.
   */
  private final String[] ids;
  private final Map<String, Integer> numbers;
  private final List<List<Edge>> calleesByNumber;
  private final int[][] calleeNumbers;
  private final List<List<Edge>> callersByNumber;
  private final int[][] callerNumbers;
  /** Whether a method other than itself calls the method. */
  private final boolean[] called;

  public CallGraph(Program program) {
    this.program = program;
    this.hierarchy = new ClassHierarchy(program);
    int n = program.methods().size();
    ids = program.methods().keySet().toArray(new String[0]);
    numbers = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) numbers.put(ids[i], i);
    calleesByNumber = new ArrayList<>(n);
    calleeNumbers = new int[n][];
    callersByNumber = new ArrayList<>(n);
    for (int i = 0; i < n; i++) callersByNumber.add(List.of());
    IntList[] callersOf = new IntList[n];
    callerNumbers = new int[n][];
    called = new boolean[n];
    for (MethodInfo m : program.methods().values()) {
      for (String o : m.overrides()) overriders.computeIfAbsent(o, k -> new ArrayList<>()).add(m.id());
    }
    // first pass: where code is passed as an argument
    for (MethodInfo m : program.methods().values()) bindTaskArguments(m);
    // where code parameters are run in place: an edge from each caller that passes the code
    for (MethodInfo m : program.methods().values()) collectCallbacks(m);
    // second pass: the edges, caller by caller (in id order: a caller's number is its position)
    EdgeBuffers buffers = new EdgeBuffers(callersOf);
    int caller = 0;
    for (MethodInfo m : program.methods().values()) addCallsOf(m, caller++, buffers);
    for (int i = 0; i < n; i++) {
      callerNumbers[i] = callersOf[i] == null ? IntList.NONE : callersOf[i].toArray();
    }
  }

  /** Scratch lists reused from caller to caller while the edges are made. */
  private static final class EdgeBuffers {
    final IntList[] callersOf;
    final List<Edge> out = new ArrayList<>();
    final IntList targets = new IntList();

    EdgeBuffers(IntList[] callersOf) {
      this.callersOf = callersOf;
    }
  }

  // The passes over the program are split per method (not one loop in the constructor) so the JIT
  // compiles each body once as a method, instead of compiling the whole constructor on stack
  // replacement, at each loop it is caught in.

  private void bindTaskArguments(MethodInfo m) {
    List<Event> events = m.events();
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof Event.Call c && !c.taskArgs().isEmpty()) {
        for (String target : dispatch(c)) {
          for (Event.TaskArg ta : c.taskArgs()) {
            taskBindings.computeIfAbsent(target + "/" + ta.index(), k -> new ArrayList<>())
                .add(new TaskBinding(m.id(), i, ta.tasks()));
          }
        }
      }
    }
  }

  /**
   * For each method that passes code a callee runs in place: the edges to that code (and, for a
   * runner whose code comes through a lambda, the runner's own edges to it).
   */
  private final Map<String, List<Edge>> callbacks = new HashMap<>();

  private void collectCallbacks(MethodInfo runner) {
    List<Event> events = runner.events();
    for (int i = 0; i < events.size(); i++) {
      if (!(events.get(i) instanceof Event.RunTask r)) continue;
      for (TaskRef t : r.tasks()) {
        if (ownParameter(t, runner.id())) {
          bindCallbacks((TaskRef.Param) t, runner.id(), i, new HashSet<>(), 0);
        }
      }
    }
  }

  /** Edges from the callers that pass code as parameter {@code p} (through any number of hands). */
  private void bindCallbacks(TaskRef.Param p, String runner, int runnerEvent, Set<String> seen,
                             int depth) {
    if (depth > 8 || !seen.add(p.methodId() + "/" + p.index())) return;
    for (TaskBinding b : taskBindings.getOrDefault(p.methodId() + "/" + p.index(), List.of())) {
      for (TaskRef t : b.tasks()) {
        if (t instanceof TaskRef.Param outer && outer.methodId().equals(b.caller())) {
          // the caller hands its own parameter on: the code comes from its callers
          bindCallbacks(outer, runner, runnerEvent, seen, depth + 1);
          continue;
        }
        if (t instanceof TaskRef.Param captured) {
          // a lambda hands on a parameter of the method around it, and may run on another thread
          // than that method's callers: the code that method's callers pass is run from the
          // lambda, on the lambda's threads (not for every caller of the runner)
          for (String code : codeBoundTo(captured, new HashSet<>(), 0)) {
            callbacks.computeIfAbsent(b.caller(), k -> new ArrayList<>())
                .add(new Edge(b.caller(), b.event(), code, Event.Receiver.OTHER, runner, runnerEvent));
          }
          continue;
        }
        for (String code : resolve(List.of(t))) {
          MethodInfo target = program.method(code);
          Event.Receiver recv = target.kind() == MethodInfo.Kind.LAMBDA && b.caller().equals(target.lambdaOf())
              ? Event.Receiver.THIS : Event.Receiver.OTHER;
          callbacks.computeIfAbsent(b.caller(), k -> new ArrayList<>())
              .add(new Edge(b.caller(), b.event(), code, recv, runner, runnerEvent));
        }
      }
    }
  }

  /** The code the callers of a method pass as its parameter {@code p}, through any number of hands. */
  private Set<String> codeBoundTo(TaskRef.Param p, Set<String> seen, int depth) {
    Set<String> out = new java.util.LinkedHashSet<>();
    if (depth > 8 || !seen.add(p.methodId() + "/" + p.index())) return out;
    for (TaskBinding b : taskBindings.getOrDefault(p.methodId() + "/" + p.index(), List.of())) {
      for (TaskRef t : b.tasks()) {
        if (t instanceof TaskRef.Param outer) {
          out.addAll(codeBoundTo(outer, seen, depth + 1));
        } else {
          out.addAll(resolve(List.of(t)));
        }
      }
    }
    return out;
  }

  private void addCallsOf(MethodInfo m, int caller, EdgeBuffers b) {
    List<Event> events = m.events();
    b.out.clear();
    b.targets.clear();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      List<String> runs;
      Event.Receiver receiver;
      if (e instanceof Event.Call c) {
        runs = dispatch(c);
        receiver = c.receiver();
      } else if (e instanceof Event.RunTask r) {
        // code parameters run here are called from the callers that pass them (callbacks below)
        runs = new ArrayList<>(resolveUnbound(r.tasks(), m.id()));
        receiver = null;
      } else {
        continue;
      }
      for (String callee : runs) {
        Integer target = numbers.get(callee);
        if (target == null) continue; // not a method of the program
        Event.Receiver recv = receiver;
        if (recv == null) {
          // a lambda shares the this of the method that made it
          MethodInfo t = program.method(callee);
          recv = t.kind() == MethodInfo.Kind.LAMBDA && m.id().equals(t.lambdaOf())
              ? Event.Receiver.THIS : Event.Receiver.OTHER;
        }
        addEdge(new Edge(m.id(), i, callee, recv), target, caller, b);
      }
    }
    for (Edge edge : callbacks.getOrDefault(m.id(), List.of())) {
      Integer target = numbers.get(edge.callee());
      if (target == null) continue;
      addEdge(edge, target, caller, b);
    }
    calleesByNumber.add(b.out.isEmpty() ? List.of() : List.copyOf(b.out));
    calleeNumbers[caller] = b.targets.toArray();
  }

  private void addEdge(Edge edge, int target, int caller, EdgeBuffers b) {
    if (b.callersOf[target] == null) {
      b.callersOf[target] = new IntList();
      callersByNumber.set(target, new ArrayList<>(2));
    }
    callersByNumber.get(target).add(edge);
    b.callersOf[target].add(caller);
    b.out.add(edge);
    b.targets.add(target);
    if (target != caller) called[target] = true;
  }

  /**
   * The methods that code run in place by {@code runner} may be, less the code its callers pass as
   * its own parameters (callback edges from those callers). A lambda running a parameter of the
   * method around it (captured, maybe on another thread) keeps its edges.
   */
  private Set<String> resolveUnbound(List<TaskRef> tasks, String runner) {
    List<TaskRef> own = new ArrayList<>(tasks.size());
    for (TaskRef t : tasks) {
      if (!ownParameter(t, runner)) own.add(t);
    }
    return own.isEmpty() ? Set.of() : resolve(own);
  }

  private static boolean ownParameter(TaskRef t, String method) {
    return t instanceof TaskRef.Param p && p.methodId().equals(method);
  }

  /** The program's class hierarchy the calls are dispatched over. */
  ClassHierarchy hierarchy() {
    return hierarchy;
  }

  /** How many methods the program has; they are numbered 0 to this minus one, in id order. */
  public int methodCount() {
    return ids.length;
  }

  /** The number of a method of the program, or -1 for any other id. */
  public int number(String method) {
    Integer n = numbers.get(method);
    return n == null ? -1 : n;
  }

  public String id(int number) {
    return ids[number];
  }

  /** The calls made by method {@code number}, in the order of {@link #calleesOf(String)}. */
  public List<Edge> calleesOf(int number) {
    return calleesByNumber.get(number);
  }

  /** The numbers of the callees of {@link #calleesOf(int)}, position by position. */
  public int[] calleeNumbers(int number) {
    return calleeNumbers[number];
  }

  /** The calls of method {@code number} by its callers, in the order of {@link #callersOf(String)}. */
  public List<Edge> callersOf(int number) {
    return callersByNumber.get(number);
  }

  /** The numbers of the callers of {@link #callersOf(int)}, position by position. */
  public int[] callerNumbers(int number) {
    return callerNumbers[number];
  }

  /** {@link #hasCallers(String)} by number. */
  public boolean hasCallers(int number) {
    return called[number];
  }

  /**
   * The methods {@code targets} (by number) and every method that calls one of them, directly or
   * not, found breadth first from the targets; the search stops adding methods once
   * {@code limit} have been found (callers of the method it was looking at then are still added).
   */
  public BitSet transitiveCallers(Iterable<Integer> targets, int limit) {
    BitSet found = new BitSet(methodCount());
    IntQueue work = new IntQueue();
    int count = 0;
    for (int t : targets) {
      if (found.get(t)) continue;
      found.set(t);
      count++;
      work.add(t);
    }
    while (!work.isEmpty() && count < limit) {
      for (int caller : callerNumbers[work.poll()]) {
        if (found.get(caller)) continue;
        found.set(caller);
        count++;
        work.add(caller);
      }
    }
    return found;
  }

  // one cache per call kind, keyed by the target id itself: a derived key string would be built
  // and hashed again for every call event
  private final Map<String, List<String>> staticDispatch = new HashMap<>();
  private final Map<String, List<String>> virtualDispatch = new HashMap<>();

  /**
   * The methods of the program a call event may run: as {@link #dispatch(String, boolean)}, less
   * the overrides an object of the receiver's static type cannot run.
   */
  public List<String> dispatch(Event.Call call) {
    List<String> all = dispatch(call.target(), call.virtual());
    if (all.isEmpty() || call.receiverClass() == null && call.receiverType() == null) return all;
    if (call.receiverType() == null && all.size() < 2) return all;
    Map<String, List<String>> byTarget = narrowedDispatch.computeIfAbsent(
        new Narrowing(call.receiverClass(), call.receiverType()), k -> new HashMap<>());
    List<String> known = byTarget.get(call.target());
    if (known == null) {
      known = call.receiverClass() == null ? all : hierarchy.narrow(all, call.receiverClass());
      if (call.receiverType() != null) known = sameTypeArguments(known, call.receiverType());
      byTarget.put(call.target(), known);
    }
    return known;
  }

  /**
   * The methods whose class can be an object of the generic receiver type: a class that
   * instantiates that type with another class as some argument cannot (type arguments are
   * invariant, and a class implements a generic interface once), whatever subclass the object is.
   */
  private List<String> sameTypeArguments(List<String> methods, Event.GenericType receiver) {
    List<String> out = new ArrayList<>(methods.size());
    for (String id : methods) {
      MethodInfo m = program.method(id);
      List<String> own = m == null || m.kind() == MethodInfo.Kind.LAMBDA ? null
          : program.typeArgumentsOf(m.classId(), receiver.classId());
      if (own == null || compatible(own, receiver.args())) out.add(id);
    }
    return out.size() == methods.size() ? methods : List.copyOf(out);
  }

  private static boolean compatible(List<String> own, List<String> wanted) {
    if (own.size() != wanted.size()) return true;
    for (int i = 0; i < own.size(); i++) {
      String a = own.get(i);
      String b = wanted.get(i);
      if (!a.equals("?") && !b.equals("?") && !a.equals(b)) return false;
    }
    return true;
  }

  /** What a call says of its receiver beyond the target's declaring class. */
  private record Narrowing(String receiverClass, Event.GenericType receiverType) {}

  private final Map<Narrowing, Map<String, List<String>>> narrowedDispatch = new HashMap<>();

  /** The methods of the program a call may run. */
  public List<String> dispatch(String target, boolean virtual) {
    Map<String, List<String>> cache = virtual ? virtualDispatch : staticDispatch;
    List<String> known = cache.get(target);
    if (known == null) {
      known = computeDispatch(target, virtual);
      cache.put(target, known);
    }
    return known;
  }

  private List<String> computeDispatch(String target, boolean virtual) {
    List<String> out = new ArrayList<>(1);
    MethodInfo m = program.method(target);
    if (m != null && !m.is(MethodInfo.ABSTRACT)) out.add(target);
    if (virtual) {
      for (String o : overriders.getOrDefault(target, List.of())) {
        MethodInfo om = program.method(o);
        if (om != null && !om.is(MethodInfo.ABSTRACT)) out.add(o);
      }
    }
    return out.isEmpty() ? List.of() : List.copyOf(out);
  }

  /** The code each call of {@code method} passes for its parameter {@code index}. */
  List<TaskBinding> taskBindings(String method, int index) {
    return taskBindings.getOrDefault(method + "/" + index, List.of());
  }

  /** The methods some code references may run, following parameters and fields. */
  public Set<String> resolve(List<TaskRef> tasks) {
    Set<String> out = new LinkedHashSet<>();
    resolve(tasks, out, new HashSet<>(), 0);
    return out;
  }

  private void resolve(List<TaskRef> tasks, Set<String> out, Set<String> seen, int depth) {
    if (depth > 8) return;
    for (TaskRef t : tasks) {
      if (t instanceof TaskRef.Method m) {
        if (program.methods().containsKey(m.methodId())) out.add(m.methodId());
      } else if (t instanceof TaskRef.Virtual v) {
        List<String> all = dispatch(v.methodId(), true);
        out.addAll(v.bound() == null ? all : hierarchy.narrow(all, v.bound()));
      } else if (t instanceof TaskRef.Param p) {
        String key = p.methodId() + "/" + p.index();
        if (!seen.add(key)) continue;
        for (TaskBinding b : taskBindings.getOrDefault(key, List.of())) {
          resolve(b.tasks(), out, seen, depth + 1);
        }
      } else if (t instanceof TaskRef.Field f) {
        if (!seen.add(f.fieldId())) continue;
        FieldInfo fi = program.field(f.fieldId());
        if (fi != null) resolve(fi.tasks(), out, seen, depth + 1);
      }
    }
  }

  public List<Edge> callersOf(String method) {
    int m = number(method);
    return m < 0 ? List.of() : callersByNumber.get(m);
  }

  public List<Edge> calleesOf(String method) {
    int m = number(method);
    return m < 0 ? List.of() : calleesByNumber.get(m);
  }

  /** Whether a method other than itself calls the method (recursion alone makes no caller). */
  public boolean hasCallers(String method) {
    int m = number(method);
    return m >= 0 && called[m];
  }

  public int edgeCount() {
    int n = 0;
    for (int[] targets : calleeNumbers) n += targets.length;
    return n;
  }
}
