package dev.mapguard.analysis;

import dev.mapguard.model.Event;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Happens-before facts between the calling thread and the threads it starts: code that runs
 * before a thread is started (in the starting method, in helpers only called before the start,
 * in constructors and initialisers) is seen by it; code after a join, Future.get,
 * awaitTermination (or after a parallel stream or invokeAll returns) sees all it did.
 */
final class Ordering {
  private final Program program;
  private final CallGraph calls;
  private final ThreadContexts contexts;
  private final Cells cells;
  private final Function<String, MethodLayout> layouts;
  private final SelfRegistration registration;
  private final Map<Integer, Integer> spawnPoints = new HashMap<>();
  private final Map<Integer, List<Integer>> joins = new HashMap<>();
  /** Answers of {@link #allCallers}, per root and context (see {@link #memoOf}), then per method. */
  private final Map<Long, Map<String, Boolean>> preSpawn = new HashMap<>();
  private final Map<Long, Map<String, Boolean>> postJoin = new HashMap<>();
  /** Answers of {@link #constructionChain}, per context, then per method (null: not construction). */
  private final Map<Integer, Map<String, Set<String>>> constructionChains = new HashMap<>();

  Ordering(Program program, CallGraph calls, ThreadContexts contexts, Cells cells,
           Function<String, MethodLayout> layouts, SelfRegistration registration) {
    this.program = program;
    this.registration = registration;
    this.calls = calls;
    this.contexts = contexts;
    this.cells = cells;
    this.layouts = layouts;
  }

  /** Any thread: ordering questions asked without one consider every caller. */
  static final int ANY = -1;

  /**
   * Whether the access, running on context {@code ctx}, happens before root {@code r} starts.
   * Only the callers that run on {@code ctx} count: a helper called from a constructor on the
   * calling thread and from a task elsewhere is construction code on the calling thread.
   */
  boolean before(AccessSite a, ThreadRoot r, int ctx) {
    return before(a, r, ctx, 0);
  }

  private boolean before(AccessSite a, ThreadRoot r, int ctx, int depth) {
    if (constructionAccess(a, ctx)
        && !(a.timeMethod().equals(r.spawner()) && spawnPoint(r) < a.timeEvent())) {
      return true;
    }
    if (r.declared()) return false;
    // when the spawning code runs again, its next run overlaps this run's task; only a map made
    // per run (a local), or a task waited for before the spawner returns, keeps the order
    if (contexts.repeats(r.spawner()) && !completesWithin(r) && !perRunLocal(a)) return false;
    if (a.timeMethod().equals(r.spawner())) {
      int sp = spawnPoint(r);
      // a variable declared in the loop is new on each iteration: that loop does not repeat it
      return a.timeEvent() < sp
          && !layouts.apply(r.spawner()).shareLoopOutside(a.timeEvent(), sp, perIterationLoops(a, r));
    }
    if (preSpawn(a.timeMethod(), r, ctx)) return true;
    if (callsIntoLater(a.timeMethod(), a.timeEvent(), r.spawner())) return true;
    // r is started by code of other threads that themselves start after the access
    if (depth < 3) {
      BitSet where = contexts.contextsOf(r.spawner());
      if (!where.isEmpty() && !where.get(ThreadContexts.MAIN)) {
        for (int c = where.nextSetBit(0); c >= 0; c = where.nextSetBit(c + 1)) {
          for (ThreadRoot parent : contexts.context(c).roots()) {
            if (parent == r || !before(a, parent, ctx, depth + 1)) return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private List<Integer> perIterationLoops(AccessSite a, ThreadRoot r) {
    Cells.CellFacts f = cells.facts(a.cell());
    if (f.field() != null) return List.of();
    for (dev.mapguard.model.LocalInfo l : f.locals()) {
      if (l.methodId().equals(r.spawner())) return l.loops();
    }
    return List.of();
  }

  private boolean perRunLocal(AccessSite a) {
    Cells.CellFacts f = cells.facts(a.cell());
    return f.field() == null && f.local() != null;
  }

  /** Whether the access, running on context {@code ctx}, happens after root {@code r} has finished. */
  boolean after(AccessSite a, ThreadRoot r, int ctx) {
    if (r.declared()) return false;
    if (a.timeMethod().equals(r.spawner())) return joinedBefore(r, a.timeEvent());
    if (postJoin(a.timeMethod(), r, ctx)) return true;
    return completesWithin(r) && calledIntoEarlier(a.timeMethod(), a.timeEvent(), r.spawner());
  }

  // ---------------------------------------------------------------- callers of the spawning method

  /**
   * Whether event {@code event} of {@code method} comes before every call by which the method
   * (directly or through others) reaches {@code spawner}: then it happens before the thread starts.
   */
  private boolean callsIntoLater(String method, int event, String spawner) {
    BitSet reaching = reaching(spawner);
    int m = calls.number(method);
    if (method.equals(spawner) || m < 0 || !reaching.get(m)) return false;
    MethodLayout layout = layouts.apply(method);
    boolean any = false;
    List<CallGraph.Edge> callees = calls.calleesOf(m);
    int[] targets = calls.calleeNumbers(m);
    for (int k = 0; k < targets.length; k++) {
      if (!reaching.get(targets[k])) continue;
      CallGraph.Edge e = callees.get(k);
      if (e.event() < event && !layout.canReach(e.event(), event)) continue; // e.g. if (..) return f();
      any = true;
      if (e.event() <= event || layout.shareLoop(event, e.event())) return false;
    }
    return any;
  }

  /**
   * Whether some call into {@code spawner} runs on every path before {@code event}, and no call
   * into it overlaps the event: then a root the spawner starts and joins has finished.
   */
  private boolean calledIntoEarlier(String method, int event, String spawner) {
    BitSet reaching = reaching(spawner);
    int m = calls.number(method);
    if (method.equals(spawner) || m < 0 || !reaching.get(m)) return false;
    MethodLayout layout = layouts.apply(method);
    boolean dominated = false;
    List<CallGraph.Edge> callees = calls.calleesOf(m);
    int[] targets = calls.calleeNumbers(m);
    for (int k = 0; k < targets.length; k++) {
      if (!reaching.get(targets[k])) continue;
      CallGraph.Edge e = callees.get(k);
      if (layout.dominates(e.event(), event)) {
        dominated = true;
      } else if (e.event() <= event || layout.shareLoop(event, e.event())) {
        return false;
      }
    }
    return dominated;
  }

  /** Whether every run of the spawner waits for r before it returns. */
  private boolean completesWithin(ThreadRoot r) {
    if (r.joinsAtOnce()) return true;
    MethodLayout layout = layouts.apply(r.spawner());
    for (int j : joinsOf(r)) {
      if (layout.topLevel(j)) return true;
    }
    return false;
  }

  private final Map<String, BitSet> reachingCache = new HashMap<>();

  /** The spawner and every method that may call it, directly or not (bounded). */
  private BitSet reaching(String spawner) {
    return reachingCache.computeIfAbsent(spawner, s -> {
      int start = calls.number(s);
      return start < 0 ? new BitSet() : calls.transitiveCallers(List.of(start), 50_000);
    });
  }

  /** Whether r2 starts only after r1 has been joined, or the other way round. */
  boolean sequential(ThreadRoot r1, ThreadRoot r2) {
    return startsAfterJoin(r2, r1) || startsAfterJoin(r1, r2);
  }

  private boolean startsAfterJoin(ThreadRoot later, ThreadRoot earlier) {
    if (later.declared() || earlier.declared()) return false;
    if (later.spawner().equals(earlier.spawner())) return joinedBefore(earlier, spawnPoint(later));
    return postJoin(later.spawner(), earlier, ANY);
  }

  // ---------------------------------------------------------------- within the spawning method

  /** The event at which the root's thread really starts (a later start() for new Thread(r)). */
  int spawnPoint(ThreadRoot r) {
    if (r.declared()) return -1;
    return spawnPoints.computeIfAbsent(r.id(), k -> {
      List<Event> events = program.method(r.spawner()).events();
      if (r.token() != null) {
        for (int i = r.spawnEvent() + 1; i < events.size(); i++) {
          if (events.get(i) instanceof Event.Start s && s.bindVar().equals(r.token())) return i;
        }
      }
      return r.spawnEvent();
    });
  }

  private List<Integer> joinsOf(ThreadRoot r) {
    return joins.computeIfAbsent(r.id(), k -> {
      List<Integer> out = new ArrayList<>();
      List<Event> events = program.method(r.spawner()).events();
      for (int i = spawnPoint(r) + 1; i < events.size(); i++) {
        if (!(events.get(i) instanceof Event.Join j)) continue;
        boolean matches = j.untargeted()
            || (j.var() != null && (j.var().equals(r.token()) || j.var().equals(r.chain())))
            || (j.executor() != null && j.executor().equals(r.executor()));
        if (matches) out.add(i);
      }
      return out;
    });
  }

  /** Whether every path to {@code event} of the spawner passes a join of r after its start. */
  private boolean joinedBefore(ThreadRoot r, int event) {
    if (r.joinsAtOnce()) return event > r.spawnEvent();
    MethodLayout layout = layouts.apply(r.spawner());
    for (int j : joinsOf(r)) {
      if (layout.joinDominates(j, event)) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- helpers called before/after

  /** Whether the method only runs (on ctx) before r starts: all its calls are earlier. */
  private boolean preSpawn(String method, ThreadRoot r, int ctx) {
    return allCallers(method, r, memoOf(preSpawn, r, ctx), true, new HashSet<>(), ctx);
  }

  private boolean postJoin(String method, ThreadRoot r, int ctx) {
    return allCallers(method, r, memoOf(postJoin, r, ctx), false, new HashSet<>(), ctx);
  }

  /** The answers for one root and context, by method: no key string built per question. */
  private static Map<String, Boolean> memoOf(Map<Long, Map<String, Boolean>> memos, ThreadRoot r, int ctx) {
    return memos.computeIfAbsent(((long) r.id() << 32) | (ctx & 0xffffffffL), k -> new HashMap<>());
  }

  /** The callers of a method that run on {@code ctx} (all callers for {@link #ANY}). */
  List<CallGraph.Edge> callersOn(String method, int ctx) {
    List<CallGraph.Edge> all = calls.callersOf(method);
    if (ctx == ANY) return all;
    List<CallGraph.Edge> out = new ArrayList<>(all.size());
    for (CallGraph.Edge e : all) {
      if (contexts.contextsOf(e.caller()).get(ctx)) out.add(e);
    }
    return out;
  }

  private boolean allCallers(String method, ThreadRoot r, Map<String, Boolean> memo, boolean before,
                             Set<String> visiting, int ctx) {
    Boolean known = memo.get(method);
    if (known != null) return known;
    if (!visiting.add(method) || contexts.isRootEntry(method) || !calls.hasCallers(method)) {
      return false;
    }
    List<CallGraph.Edge> callers = callersOn(method, ctx);
    if (callers.isEmpty()) {
      visiting.remove(method);
      return false;
    }
    boolean all = true;
    for (CallGraph.Edge e : callers) {
      boolean ok;
      if (e.caller().equals(r.spawner())) {
        if (before) {
          int sp = spawnPoint(r);
          ok = e.event() < sp && !layouts.apply(r.spawner()).shareLoop(e.event(), sp);
        } else {
          ok = joinedBefore(r, e.event());
        }
      } else {
        ok = allCallers(e.caller(), r, memo, before, visiting, ctx);
      }
      if (!ok) {
        all = false;
        break;
      }
    }
    visiting.remove(method);
    memo.put(method, all);
    return all;
  }

  // ---------------------------------------------------------------- construction

  /**
   * An access to the object's own field from its constructor or initialisers (or a static field
   * from the class initialiser, or a @PostConstruct method): it happens before the object can
   * be used by other threads.
   */
  boolean constructionAccess(AccessSite a, int ctx) {
    if (a.via() != null) return false;
    Cells.CellFacts f = cells.facts(a.cell());
    FieldInfo field = f.field();
    if (field == null) return false;
    MethodInfo m = program.method(a.method());
    if (m == null) return false;
    if (field.isStatic()) {
      return field.classId().equals(m.classId()) && staticInitLike(m, ctx);
    }
    return a.access().receiver() == Event.Receiver.THIS && !registration.registersItself(field.classId())
        && constructionChain(m.id(), ctx) != null;
  }

  private boolean staticInitLike(MethodInfo m, int ctx) {
    if (m.kind() == MethodInfo.Kind.STATIC_INIT) return true;
    List<CallGraph.Edge> callers = callersOn(m.id(), ctx);
    if (callers.isEmpty()) return false;
    for (CallGraph.Edge e : callers) {
      MethodInfo c = program.method(e.caller());
      if (c == null || c.kind() != MethodInfo.Kind.STATIC_INIT || !c.classId().equals(m.classId())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The construction code on the way to {@code method} on {@code ctx}: the method itself when it is
   * a constructor, an instance initialiser or a callback the runtime calls on an object it has just
   * made (deserialisation, lifecycle init: {@code MethodInfo.INIT_LIKE}); otherwise the method and
   * the chains of its callers, when every caller on {@code ctx} calls it on {@code this} from such
   * code. Null when some path comes from elsewhere.
   */
  Set<String> constructionChain(String method, int ctx) {
    return constructionChain(method, new HashSet<>(), ctx);
  }

  private Set<String> constructionChain(String method, Set<String> visiting, int ctx) {
    Map<String, Set<String>> memo = constructionChains.computeIfAbsent(ctx, k -> new HashMap<>());
    if (memo.containsKey(method)) return memo.get(method);
    MethodInfo m = program.method(method);
    Set<String> result;
    if (m == null || m.is(MethodInfo.STATIC)) {
      result = null;
    } else if (m.kind() == MethodInfo.Kind.CONSTRUCTOR || m.kind() == MethodInfo.Kind.INSTANCE_INIT
        || m.is(MethodInfo.INIT_LIKE)) {
      result = Set.of(method);
    } else if (!visiting.add(method) || contexts.isRootEntry(method)
        || callersOn(method, ctx).isEmpty()) {
      result = null;
    } else {
      Set<String> out = new HashSet<>();
      out.add(method);
      for (CallGraph.Edge e : callersOn(method, ctx)) {
        Set<String> up = e.receiver() == Event.Receiver.THIS ? constructionChain(e.caller(), visiting, ctx) : null;
        if (up == null) {
          out = null;
          break;
        }
        out.addAll(up);
      }
      visiting.remove(method);
      result = out == null ? null : Set.copyOf(out);
    }
    memo.put(method, result);
    return result;
  }

}
