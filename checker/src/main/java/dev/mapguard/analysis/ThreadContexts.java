package dev.mapguard.analysis;

import dev.mapguard.model.Event;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import dev.mapguard.model.RootDecl;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
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
  private final Map<String, BitSet> byMethod = new HashMap<>();
  private final Set<String> rootEntries = new HashSet<>();
  private final Set<String> freshEntries = new HashSet<>();
  private final Set<String> mainEntries = new HashSet<>();
  private final List<ThreadRoot> roots = new ArrayList<>();
  private final Map<Integer, Integer> contextOfRoot = new HashMap<>();

  public ThreadContexts(Program program, CallGraph calls, Function<String, MethodLayout> layouts) {
    collectSpawns(program, calls, layouts);
    collectDeclared(program, calls);
    buildContexts(calls, program, layouts);
    propagate(program, calls);
    settleSelfConcurrency(program, calls);
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
        boolean self = !serial && (s.selfConcurrent() || repeated);
        String description = s.kind().description() + " (" + s.api() + " at " + s.pos().shortText() + ")";
        roots.add(new ThreadRoot(roots.size(), s.kind(), description, s.pos(), m.id(), i, entries,
            self, group, s.bindVar(), s.chain(), s.executor(), s.joinsAtOnce()));
        rootEntries.addAll(entries);
        if (s.freshTask()) freshEntries.addAll(entries);
      }
    }
  }

  private static boolean isSerialField(Program program, String executor) {
    if (executor == null) return false;
    FieldInfo f = program.field(executor);
    return f != null && f.serialExecutor();
  }

  private void collectDeclared(Program program, CallGraph calls) {
    for (MethodInfo m : program.methods().values()) {
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
            false));
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

  private void propagate(Program program, CallGraph calls) {
    Deque<String> work = new ArrayDeque<>();
    for (MethodInfo m : program.methods().values()) {
      if (!calls.hasCallers(m.id()) && !rootEntries.contains(m.id())) {
        mainEntries.add(m.id());
        bits(m.id()).set(MAIN);
        work.add(m.id());
      }
    }
    for (Context c : contexts) {
      for (ThreadRoot r : c.roots()) {
        for (String e : r.entries()) {
          bits(e).set(c.index());
          work.add(e);
        }
      }
    }
    while (!work.isEmpty()) {
      String m = work.poll();
      BitSet from = byMethod.get(m);
      for (CallGraph.Edge e : calls.calleesOf(m)) {
        BitSet to = bits(e.callee());
        BitSet before = (BitSet) to.clone();
        to.or(from);
        if (!to.equals(before)) work.add(e.callee());
      }
    }
  }

  /** A root spawned by code that itself runs on several threads at once runs several times too. */
  private void settleSelfConcurrency(Program program, CallGraph calls) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 1; i < contexts.size(); i++) {
        Context c = contexts.get(i);
        if (c.selfConcurrent() || c.roots().isEmpty()) continue;
        if (c.roots().get(0).group() != null && c.roots().get(0).group().startsWith("executor:")) {
          continue;
        }
        boolean self = false;
        for (ThreadRoot r : c.roots()) {
          if (r.spawner() == null) continue;
          BitSet where = contextsOf(r.spawner());
          for (int k = where.nextSetBit(0); k >= 0; k = where.nextSetBit(k + 1)) {
            if (k != i && contexts.get(k).selfConcurrent()) self = true;
          }
        }
        if (self) {
          contexts.set(i, new Context(i, c.roots(), true));
          changed = true;
        }
      }
    }
  }

  private BitSet bits(String method) {
    return byMethod.computeIfAbsent(method, k -> new BitSet());
  }

  private static final BitSet NONE = new BitSet();

  public BitSet contextsOf(String method) {
    return byMethod.getOrDefault(method, NONE);
  }

  public Context context(int index) {
    return contexts.get(index);
  }

  /**
   * Whether one run of the spawning code starts several copies of the context's code (a spawn in
   * a loop, a parallel stream): then even a local variable of the spawning method is shared.
   */
  public boolean repeatsWithinOneRun(int index) {
    for (ThreadRoot r : contexts.get(index).roots()) {
      if (!r.declared() && r.selfConcurrent()) return true;
    }
    return false;
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
  public boolean isMainEntry(String method) {
    return mainEntries.contains(method);
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
