package dev.mapguard.analysis;

import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.DeclaredField;
import dev.mapguard.model.Event;
import dev.mapguard.model.ObjectRef;
import dev.mapguard.model.TaskRef;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import dev.mapguard.model.RootDecl;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * On which threads each method may run. Context 0 is the calling thread: whoever calls the
 * program's entry points (methods nothing in the program calls). Every thread root, or group of
 * roots that share one thread (tasks of one single-threaded executor, stages of one
 * CompletableFuture chain), is a context of its own; contexts flow from callers to callees.
 */
public final class ThreadContexts {
  public static final int MAIN = 0;

  /** A thread (or pool of threads) code can run on. */
  public record Context(int index, List<ThreadRoot> roots, boolean selfConcurrent) {}

  private final List<Context> contexts = new ArrayList<>();
  private final CallGraph calls;
  /** By method number (see {@link CallGraph#number}); null where no thread reaches the method. */
  private BitSet[] byMethod;
  private final Set<String> rootEntries = new HashSet<>();
  private final Set<String> freshEntries = new HashSet<>();
  /** By method number: the methods the calling thread enters the program by. */
  private final BitSet mainEntries = new BitSet();
  private final List<ThreadRoot> roots = new ArrayList<>();
  private final Map<Integer, Integer> contextOfRoot = new HashMap<>();

  /**
   * Methods that may run more than once (per object), by number: entry points, code in loops,
   * handlers.
   */
  private final BitSet repeating = new BitSet();

  private final Program program;

  public ThreadContexts(Program program, CallGraph calls, Function<String, MethodLayout> layouts,
                        Set<String> onceNames) {
    this.calls = calls;
    this.program = program;
    collectSpawns(program, calls, layouts);
    collectDeclared(program, calls);
    buildContexts(calls, program, layouts);
    propagate(calls);
    settleRepetition(program, calls, layouts, onceNames);
  }

  private void collectSpawns(Program program, CallGraph calls, Function<String, MethodLayout> layouts) {
    for (MethodInfo m : program.methods().values()) {
      List<Event> events = m.events();
      for (int i = 0; i < events.size(); i++) {
        if (!(events.get(i) instanceof Event.Spawn s)) continue;
        List<String> entries = new ArrayList<>(calls.resolve(s.tasks()));
        if (entries.isEmpty()) continue;
        boolean serial = s.serial() || isSerialField(program, s.executor());
        String group = serial ? "executor:" + s.executor()
            : s.chain() != null ? "chain:" + s.chain() : null;
        // a spawn in a loop, or in a callback lambda (forEach) that may run many times, repeats
        boolean repeated = layouts.apply(m.id()).inLoop(i)
            || (m.kind() == MethodInfo.Kind.LAMBDA && calls.hasCallers(m.id()));
        String description = s.kind().description() + " (" + s.api() + " at " + s.pos().shortText() + ")";
        List<CallSite> sites = s.chain() == null ? callSites(calls, m, s.tasks(), 0) : null;
        if (sites != null) {
          // a root of its own for each call that gives the thread an object of its own; the other
          // calls stay one root here, as before: each root more is a context every pair is asked on
          List<TaskRef> shared = new ArrayList<>();
          for (CallSite site : sites) {
            if (!addForwarded(s, site, serial, group, calls, layouts)) shared.addAll(site.tasks());
          }
          if (shared.isEmpty()) continue;
          entries = new ArrayList<>(calls.resolve(shared));
          if (entries.isEmpty()) continue;
        }
        boolean self = !serial && (s.selfConcurrent() || repeated);
        roots.add(new ThreadRoot(roots.size(), s.kind(), description, s.pos(), m.id(), i, entries,
            self, group, s.bindVar(), s.chain(), s.executor(), s.joinsAtOnce(), s.loop(),
            s.ownThread()));
        rootEntries.addAll(entries);
        if (s.freshTask()) freshEntries.addAll(entries);
      }
    }
  }

  /** A call that passes code to a method which starts it on another thread (see callSites). */
  private record CallSite(MethodInfo caller, int event, List<TaskRef> tasks, int index) {}

  /**
   * A spawn whose code is all parameters of its method (a Thread subclass's constructor passing its
   * Runnable to {@code super}, a helper that submits what it is given) starts that code where the
   * method is called: one root per call that passes code, each with its own place in time, its own
   * repetition and its own task object. Null when the code is not only parameters, or no call of
   * the program passes any (the method's clients do).
   */
  private List<CallSite> callSites(CallGraph calls, MethodInfo m, List<TaskRef> tasks, int depth) {
    java.util.Set<Integer> indexes = new java.util.TreeSet<>();
    for (TaskRef t : tasks) {
      if (!(t instanceof TaskRef.Param p) || !p.methodId().equals(m.id())) return null;
      indexes.add(p.index());
    }
    List<CallSite> out = new ArrayList<>();
    for (int index : indexes) {
      for (CallGraph.TaskBinding b : calls.taskBindings(m.id(), index)) {
        MethodInfo caller = program.method(b.caller());
        if (caller == null) continue;
        if (onlyParams(b.tasks(), caller.id())) {
          // handed on again (KafkaThread.daemon(name, runnable) -> new KafkaThread(..))
          List<CallSite> up = depth < 3 ? callSites(calls, caller, b.tasks(), depth + 1) : null;
          if (up != null) out.addAll(up);
          continue;
        }
        out.add(new CallSite(caller, b.event(), b.tasks(), index));
      }
    }
    return out.isEmpty() ? null : out;
  }

  private static boolean onlyParams(List<TaskRef> tasks, String method) {
    for (TaskRef t : tasks) {
      if (!(t instanceof TaskRef.Param p) || !p.methodId().equals(method)) return false;
    }
    return !tasks.isEmpty();
  }

  /**
   * Adds a root of its own for a call that gives the thread an object made for it alone; whether
   * it did (otherwise the call's code stays with the spawn's own root).
   */
  private boolean addForwarded(Event.Spawn s, CallSite site, boolean serial, String group, CallGraph calls,
                               Function<String, MethodLayout> layouts) {
    List<String> entries = new ArrayList<>(calls.resolve(site.tasks()));
    if (entries.isEmpty()) return true;
    MethodInfo caller = site.caller();
    MethodLayout layout = layouts.apply(caller.id());
    boolean repeated = layout.inLoop(site.event())
        || (caller.kind() == MethodInfo.Kind.LAMBDA && calls.hasCallers(caller.id()));
    boolean self = !serial && (s.selfConcurrent() || repeated);
    Event callEvent = caller.events().get(site.event());
    ObjectRef passed = argument(callEvent, site.index());
    boolean fresh = passed.kind() == ObjectRef.Kind.MADE_HERE && passed.local() == null;
    boolean own = fresh || s.ownThread() || keptForItsOwnThread(caller, site, passed, layout);
    if (!own) return false;
    String description = s.kind().description() + " (" + s.api() + " at " + s.pos().shortText()
        + ", code from " + callEvent.pos().shortText() + ")";
    roots.add(new ThreadRoot(roots.size(), s.kind(), description, callEvent.pos(), caller.id(),
        site.event(), entries, self, group, s.bindVar(), null, s.executor(), s.joinsAtOnce(), -1,
        own));
    rootEntries.addAll(entries);
    if (fresh) freshEntries.addAll(entries);
    return true;
  }

  private static ObjectRef argument(Event call, int index) {
    if (call instanceof Event.Call c) {
      for (Event.ObjectArg a : c.objectArgs()) {
        if (a.index() == index) return a.object();
      }
    }
    return ObjectRef.NONE;
  }

  /**
   * Whether the code passed is an object the caller, a constructor, keeps in a final field that
   * only ever gets new objects: each object of the caller's class starts one thread on an object
   * of its own ({@code this.thread = new KafkaThread(name, runnable, true)}, where {@code runnable}
   * was made by the same constructor).
   */
  private boolean keptForItsOwnThread(MethodInfo caller, CallSite site, ObjectRef passed,
                                      MethodLayout layout) {
    if (caller.kind() != MethodInfo.Kind.CONSTRUCTOR || layout.inLoop(site.event())) return false;
    String field;
    if (passed.kind() == ObjectRef.Kind.HELD && caller.classId().equals(passed.holder())) {
      field = passed.field();
    } else if (site.tasks().size() == 1 && site.tasks().get(0) instanceof TaskRef.Field f) {
      field = f.fieldId(); // a field of a Runnable type holds code, read here on this
    } else {
      return false;
    }
    ClassInfo holder = program.clazz(caller.classId());
    if (holder == null || !holder.sharing().freshFields().contains(field)) return false;
    for (DeclaredField f : holder.fields()) {
      if (f.id().equals(field)) return f.isFinal() && !f.isStatic();
    }
    return false;
  }

  private static boolean isSerialField(Program program, String executor) {
    if (executor == null) return false;
    FieldInfo f = program.field(executor);
    return f != null && f.serialExecutor();
  }

  private void collectDeclared(Program program, CallGraph calls) {
    for (MethodInfo m : program.methods().values()) {
      if (m.is(MethodInfo.INIT_LIKE)) continue; // @PostConstruct runs once, before any request
      for (RootDecl d : m.rootDecls()) {
        // a Thread subclass whose start() we see is a spawn already, with a place in time
        if (d.kind() == dev.mapguard.model.RootKind.THREAD_SUBCLASS && rootEntries.contains(m.id())) {
          continue;
        }
        if (d.reason().startsWith("uncalled ") && calls.hasCallers(m.id())) continue;
        String reason = d.reason().startsWith("uncalled ") ? d.reason().substring(9) : d.reason();
        String description = d.kind().description() + " " + m.display() + " (" + reason + ")";
        roots.add(new ThreadRoot(roots.size(), d.kind(), description, m.pos(), null, -1,
            List.of(m.id()), d.selfConcurrent(), m.classId() + "/" + d.kind(), null, null, null,
            false, -1, false));
        rootEntries.add(m.id());
        break; // one reason is enough
      }
    }
  }

  private void buildContexts(CallGraph calls, Program program, Function<String, MethodLayout> layouts) {
    contexts.add(new Context(MAIN, List.of(), false));
    Map<String, List<ThreadRoot>> groups = new LinkedHashMap<>();
    for (ThreadRoot r : roots) {
      String key = r.group() != null ? r.group() : "root:" + r.id();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<String, List<ThreadRoot>> g : groups.entrySet()) {
      boolean serial = g.getKey().startsWith("executor:");
      boolean self = !serial && g.getValue().stream().anyMatch(ThreadRoot::selfConcurrent);
      for (ThreadRoot r : g.getValue()) contextOfRoot.put(r.id(), contexts.size());
      contexts.add(new Context(contexts.size(), g.getValue(), self));
    }
  }

  private void propagate(CallGraph calls) {
    byMethod = new BitSet[calls.methodCount()];
    ReceiverBounds bounds = new ReceiverBounds(program, calls);
    IntQueue work = new IntQueue();
    for (int m = 0; m < calls.methodCount(); m++) {
      String id = calls.id(m);
      if (!calls.hasCallers(m) && !rootEntries.contains(id) && !outOfClientsReach(id)) {
        mainEntries.set(m);
        bounds.enter(m, MAIN);
        work.add(m);
      }
    }
    for (Context c : contexts) {
      for (ThreadRoot r : c.roots()) {
        for (String e : r.entries()) {
          int m = calls.number(e);
          if (m < 0) continue;
          bounds.enter(m, c.index());
          work.add(m);
        }
      }
    }
    // a method waits in the queue once: what it gains meanwhile goes out with that one visit
    BitSet queued = new BitSet(calls.methodCount());
    IntQueue pending = new IntQueue();
    while (!work.isEmpty()) {
      int m = work.poll();
      if (!queued.get(m)) {
        queued.set(m);
        pending.add(m);
      }
    }
    while (!pending.isEmpty()) {
      int m = pending.poll();
      queued.clear(m);
      int[] targets = calls.calleeNumbers(m);
      List<CallGraph.Edge> edges = calls.calleesOf(m);
      for (int k = 0; k < targets.length; k++) {
        if (bounds.flow(m, k, edges.get(k), targets[k]) && !queued.get(targets[k])) {
          queued.set(targets[k]);
          pending.add(targets[k]);
        }
      }
    }
    for (int m = 0; m < byMethod.length; m++) byMethod[m] = bounds.contextsOf(m);
  }

  /**
   * Which methods may run more than once: entry points of the calling thread (other code may call
   * them again and again) unless they are construction, lifecycle callbacks or named like one-time
   * setup; methods called in a loop; the code of roots that run many times; and everything those
   * call. A thread root started by such a method overlaps its own earlier copies (unless it goes to
   * a single-threaded executor), so its context is self-concurrent.
   *
   * <p>Only the spawners' answer is used, so only the methods from which a spawner can be called
   * are settled: every call path from a repeating method to a spawner runs through them alone.
   */
  private void settleRepetition(Program program, CallGraph calls, Function<String, MethodLayout> layouts,
                                Set<String> onceNames) {
    Map<Integer, List<ThreadRoot>> spawnedBy = new HashMap<>();
    for (ThreadRoot r : roots) {
      int spawner = r.spawner() == null ? -1 : calls.number(r.spawner());
      if (spawner >= 0) spawnedBy.computeIfAbsent(spawner, k -> new ArrayList<>()).add(r);
    }
    BitSet reachesSpawner = calls.transitiveCallers(spawnedBy.keySet(), Integer.MAX_VALUE);
    IntQueue work = new IntQueue();
    for (int m = mainEntries.nextSetBit(0); m >= 0; m = mainEntries.nextSetBit(m + 1)) {
      if (reachesSpawner.get(m) && !runsOnce(program.method(calls.id(m)), onceNames)) {
        repeat(m, reachesSpawner, work);
      }
    }
    int number = -1;
    for (MethodInfo info : program.methods().values()) { // in id order: number is info's
      number++;
      int[] targets = calls.calleeNumbers(number);
      if (!info.is(MethodInfo.HAS_LOOP) || !callsAny(targets, reachesSpawner)) continue;
      List<CallGraph.Edge> callees = calls.calleesOf(number);
      MethodLayout layout = layouts.apply(info.id());
      for (int k = 0; k < targets.length; k++) {
        if (layout.inLoop(callees.get(k).event())) repeat(targets[k], reachesSpawner, work);
      }
    }
    boolean[] selfRoot = new boolean[roots.size()];
    for (ThreadRoot r : roots) {
      if (r.selfConcurrent()) {
        selfRoot[r.id()] = true;
        for (String e : r.entries()) repeat(calls.number(e), reachesSpawner, work);
      }
    }
    while (!work.isEmpty()) {
      int m = work.poll();
      for (int callee : calls.calleeNumbers(m)) repeat(callee, reachesSpawner, work);
      for (ThreadRoot r : spawnedBy.getOrDefault(m, List.of())) {
        if (selfRoot[r.id()]) continue;
        selfRoot[r.id()] = true;
        for (String e : r.entries()) repeat(calls.number(e), reachesSpawner, work);
      }
    }
    for (int i = 1; i < contexts.size(); i++) {
      Context c = contexts.get(i);
      boolean serial = c.roots().get(0).group() != null && c.roots().get(0).group().startsWith("executor:");
      boolean self = false;
      for (ThreadRoot r : c.roots()) self |= selfRoot[r.id()];
      if (self && !serial && !c.selfConcurrent()) contexts.set(i, new Context(i, c.roots(), true));
    }
  }

  /** Constructors, initialisers, lifecycle callbacks, main, and entry points named like setup. */
  private static boolean runsOnce(MethodInfo m, Set<String> onceNames) {
    if (m == null) return false;
    return m.isConstruction() || m.is(MethodInfo.INIT_LIKE) || onceNames.contains(m.name());
  }

  private static boolean callsAny(int[] callees, BitSet methods) {
    for (int c : callees) if (methods.get(c)) return true;
    return false;
  }

  /**
   * Marks method {@code m} as repeating and queues it, unless it was already or cannot call a
   * spawner ({@code reachesSpawner}: whether it repeats then decides nothing).
   */
  private void repeat(int m, BitSet reachesSpawner, IntQueue work) {
    if (m < 0 || !reachesSpawner.get(m) || repeating.get(m)) return;
    repeating.set(m);
    work.add(m);
  }

  /**
   * Whether the method may run more than once (see {@link #settleRepetition}); answered for the
   * methods that can call a spawner, false for the others.
   */
  public boolean repeats(String method) {
    int m = calls.number(method);
    return m >= 0 && repeating.get(m);
  }

  private BitSet bits(int method) {
    BitSet b = byMethod[method];
    if (b == null) byMethod[method] = b = new BitSet();
    return b;
  }

  private static final BitSet NONE = new BitSet();

  public BitSet contextsOf(String method) {
    return contextsOf(calls.number(method));
  }

  /** {@link #contextsOf(String)} by method number ({@link CallGraph#number}); -1 has none. */
  public BitSet contextsOf(int method) {
    BitSet b = method < 0 ? null : byMethod[method];
    return b == null ? NONE : b;
  }

  public Context context(int index) {
    return contexts.get(index);
  }

  /**
   * The roots of a context started by code of one of {@code methods} (or of a lambda or local
   * class inside them): only those can share those methods' local variables.
   */
  public List<ThreadRoot> spawnedWithin(int index, java.util.Collection<String> methods,
                                        Program program) {
    List<ThreadRoot> out = new ArrayList<>();
    for (ThreadRoot r : contexts.get(index).roots()) {
      if (r.declared()) continue;
      for (String m = r.spawner(); m != null; ) {
        if (methods.contains(m)) {
          out.add(r);
          break;
        }
        MethodInfo mi = program.method(m);
        m = mi == null ? null : mi.lambdaOf();
      }
    }
    return out;
  }

  public int size() {
    return contexts.size();
  }

  public List<ThreadRoot> roots() {
    return roots;
  }

  /** Methods a thread starts in (tasks and framework entry points). */
  public boolean isRootEntry(String method) {
    return rootEntries.contains(method);
  }

  /** Root entries whose object was made for the spawn alone. */
  public boolean isFreshEntry(String method) {
    return freshEntries.contains(method);
  }

  /** Methods the calling thread enters the program by (nothing in the program calls them). */
  private BitSet apiReach;

  /**
   * Whether client threads can reach the method through the program's API: from an entry of the
   * calling thread other than a {@code main(String[])} or a static initialiser, which the JVM runs
   * once, on one thread.
   */
  public boolean reachedFromApi(String method) {
    if (apiReach == null) {
      apiReach = new BitSet(calls.methodCount());
      IntQueue work = new IntQueue();
      for (int m = mainEntries.nextSetBit(0); m >= 0; m = mainEntries.nextSetBit(m + 1)) {
        MethodInfo info = program.method(calls.id(m));
        // the JVM runs a static initialiser once, before any client can use the class
        if (info != null && (isMainMethod(info) || info.kind() == MethodInfo.Kind.STATIC_INIT)) continue;
        apiReach.set(m);
        work.add(m);
      }
      while (!work.isEmpty()) {
        int m = work.poll();
        for (int callee : calls.calleeNumbers(m)) {
          if (!apiReach.get(callee)) {
            apiReach.set(callee);
            work.add(callee);
          }
        }
      }
    }
    int m = calls.number(method);
    return m >= 0 && apiReach.get(m);
  }

  private static boolean isMainMethod(MethodInfo m) {
    return m.name().equals("main") && m.is(MethodInfo.STATIC) && m.is(MethodInfo.PUBLIC)
        && m.id().endsWith("#main(java.lang.String[])");
  }

  /** A method nothing outside the program can call (see MethodInfo.OUT_OF_CLIENTS_REACH). */
  private boolean outOfClientsReach(String id) {
    MethodInfo m = program.method(id);
    return m != null && m.is(MethodInfo.OUT_OF_CLIENTS_REACH);
  }

  public boolean isMainEntry(String method) {
    return isMainEntry(calls.number(method));
  }

  /** {@link #isMainEntry(String)} by method number ({@link CallGraph#number}); -1 is none. */
  public boolean isMainEntry(int method) {
    return method >= 0 && mainEntries.get(method);
  }

  /** By context (not the calling thread): the methods its roots start in. */
  private final Map<Integer, BitSet> entriesByContext = new HashMap<>();

  /**
   * Whether thread {@code context} starts in the method (by number): one of its roots' entries, or
   * for the calling thread a method it enters the program by.
   */
  public boolean entersAt(int method, int context) {
    if (context == MAIN) return isMainEntry(method);
    BitSet entries = entriesByContext.computeIfAbsent(context, c -> {
      BitSet out = new BitSet();
      for (ThreadRoot r : context(c).roots()) {
        for (String e : r.entries()) {
          int n = calls.number(e);
          if (n >= 0) out.set(n);
        }
      }
      return out;
    });
    return method >= 0 && entries.get(method);
  }

  /** Whether some thread root exists at all. */
  public boolean hasRoots() {
    return contexts.size() > 1;
  }

  /** The context of root {@code r}. */
  public int contextOf(ThreadRoot r) {
    return contextOfRoot.getOrDefault(r.id(), -1);
  }
}
