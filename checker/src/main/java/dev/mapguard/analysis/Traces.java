package dev.mapguard.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for a finding, the shortest chain of calls from a thread root of the given context (or
 * an entry point of the calling thread) to the access. Searches backwards from the access over
 * callers that run in that context, so the cost is bounded by that part of the call graph.
 */
final class Traces {
  private static final int MAX_VISITED = 20_000;

  private final CallGraph calls;
  private final ThreadContexts contexts;
  /**
   * Paths already found, per context and method: the accesses of one method share them, and a
   * search that finds no entry visits up to {@link #MAX_VISITED} methods (hazelcast: 925
   * findings, 1.1 s of searching before).
   */
  private final Map<Integer, Map<String, TracePath>> found = new HashMap<>();
  /** Each context's roots by entry method, made when a trace in that context is first asked for. */
  private final Map<Integer, Map<String, ThreadRoot>> entries = new HashMap<>();

  private final EntryLocks ownership;
  private final Cells cells;
  private final java.util.function.Function<String, LockSet[]> held;

  Traces(CallGraph calls, ThreadContexts contexts, EntryLocks ownership, Cells cells,
         java.util.function.Function<String, LockSet[]> held) {
    this.calls = calls;
    this.contexts = contexts;
    this.ownership = ownership;
    this.cells = cells;
    this.held = held;
  }

  /**
   * The path a finding shows for access {@code a} on {@code context}: one along which the map is
   * the one the finding is about (for a map an object made for itself, calls along which that
   * object may be shared), whose calls can all be made (none needs a parameter not null that the
   * path passes as null), and where no caller holds a lock the finding says is not held; failing
   * that, one of the first two kinds, then the shortest path.
   */
  TracePath of(AccessSite a, int context) {
    EntryLocks.Need need = need(a);
    int start = calls.number(a.timeMethod());
    TracePath shortest = to(a.timeMethod(), context);
    TracePath path = shortest;
    // the shortest path mostly is one: search again only when it is not
    if (!satisfies(shortest, start, context, need, a.locks())) {
      path = paths.computeIfAbsent(new Key(a.timeMethod(), context, need, a.locks()),
          k -> searchAlong(start, context, need, a.locks()));
      if (path == null && a.locks() != null) {
        path = paths.computeIfAbsent(new Key(a.timeMethod(), context, need, null),
            k -> searchAlong(start, context, need, null));
      }
    }
    TracePath base = path != null ? path : shortest;
    if (a.viaCalls().isEmpty()) return base;
    List<CallGraph.Edge> all = new ArrayList<>(base.calls());
    all.addAll(a.viaCalls());
    return new TracePath(base.root(), base.entry(), all);
  }

  /**
   * What the access needs shared for its map to be another thread's: the method's {@code this}
   * (a map the object made for itself), the parameter it reaches the map through, or nothing
   * (a map that is anyone's, or one reached through calls the trace does not follow).
   */
  private EntryLocks.Need need(AccessSite a) {
    if (a.via() != null || a.owned()) return EntryLocks.Need.NOTHING;
    Cells.CellFacts f = cells.facts(a.cell());
    if (f == null || !f.onlyFresh() || f.field() == null || f.field().isStatic()) {
      return EntryLocks.Need.NOTHING;
    }
    if (a.access().receiver() == dev.mapguard.model.Event.Receiver.THIS) return EntryLocks.Need.THIS;
    if (a.access().receiver() == dev.mapguard.model.Event.Receiver.OTHER && a.access().holderParam() >= 0) {
      return new EntryLocks.Need(a.access().holderParam());
    }
    return EntryLocks.Need.NOTHING;
  }

  /** A search's question: to which method, on which thread, needing what shared, under which locks. */
  private record Key(String method, int context, EntryLocks.Need need, LockSet locks) {}

  /**
   * A state of the backward search: a method, what it needs shared, and which of its parameters
   * must not be null for the calls after it on the path to be made (see {@link CallGraph#feasible}).
   */
  private record Step(int method, EntryLocks.Need need, int nonNull, Step from, CallGraph.Edge by) {}

  private final Map<Key, TracePath> paths = new HashMap<>();

  /**
   * The shortest path from an entry of {@code context} to {@code start} along which what
   * {@code need} asks of {@code start} may be shared all the way (no call on an object a caller
   * made for itself) and, unless {@code locks} is null, every call is made holding only locks in
   * {@code locks}; null when the search finds none within its bounds.
   */
  private TracePath searchAlong(int start, int context, EntryLocks.Need need, LockSet locks) {
    if (start < 0 || !ownership.mayHold(start, need, context)) return null;
    java.util.ArrayDeque<Step> queue = new java.util.ArrayDeque<>();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    queue.add(new Step(start, need, 0, null, null));
    seen.add(state(start, need, 0));
    while (!queue.isEmpty() && seen.size() < MAX_VISITED) {
      Step at = queue.poll();
      int m = at.method();
      ThreadRoot root = rootEnteredAt(m, context);
      if (root != null || context == ThreadContexts.MAIN && contexts.isMainEntry(m)) {
        List<CallGraph.Edge> path = new ArrayList<>();
        // the steps lead from the entry towards the access: each was reached from its callee
        for (Step s = at; s.by() != null; s = s.from()) path.add(s.by());
        return new TracePath(root, calls.id(m), path);
      }
      List<CallGraph.Edge> in = calls.callersOf(m);
      int[] from = calls.callerNumbers(m);
      for (int k = 0; k < from.length; k++) {
        int caller = from[k];
        CallGraph.Edge e = in.get(k);
        if (!contexts.contextsOf(caller).get(context)) continue;
        EntryLocks.Need before = ownership.across(caller, e, at.need());
        if (before == null || !ownership.mayHold(caller, before, context)) continue;
        if (!holdsOnly(e, locks)) continue;
        int nonNull = calls.nonNullBefore(e, at.nonNull());
        if (nonNull < 0) continue;
        if (!seen.add(state(caller, before, nonNull))) continue;
        queue.add(new Step(caller, before, nonNull, at, e));
      }
    }
    return null;
  }

  /**
   * Whether the path to method {@code start} is one {@link #searchAlong} could give: what {@code need}
   * asks stays shared along it, and its calls hold only locks in {@code locks}.
   */
  private boolean satisfies(TracePath path, int start, int context, EntryLocks.Need need,
                            LockSet locks) {
    if (start < 0 || path.root() == null && !(context == ThreadContexts.MAIN
        && contexts.isMainEntry(calls.number(path.entry())))) {
      return false; // no path at all
    }
    EntryLocks.Need at = need;
    List<CallGraph.Edge> edges = path.calls();
    for (int i = edges.size() - 1; i >= 0; i--) {
      CallGraph.Edge e = edges.get(i);
      int caller = calls.number(e.caller());
      at = ownership.across(caller, e, at);
      if (at == null || !ownership.mayHold(caller, at, context)) return false;
      if (!holdsOnly(e, locks)) return false;
    }
    if (!calls.feasible(edges)) return false;
    return ownership.mayHold(calls.number(path.entry()), at, context);
  }

  /** A search state, a method, what it needs shared and its parameters needed not null, as one number. */
  private static long state(int method, EntryLocks.Need need, int nonNull) {
    return (long) method << 40 | (long) (need.param() + 2) << 32 | (nonNull & 0xffffffffL);
  }

  /** Whether the call of edge {@code e} holds only locks in {@code locks} (null: any locks). */
  private boolean holdsOnly(CallGraph.Edge e, LockSet locks) {
    if (locks == null || e.callback()) return true;
    LockSet[] atCaller = held.apply(e.caller());
    return e.event() >= atCaller.length || within(atCaller[e.event()], locks);
  }

  /** Whether every lock of {@code held} is one of {@code allowed}. */
  private static boolean within(LockSet held, LockSet allowed) {
    if (held.isTop()) return false;
    for (dev.mapguard.model.LockRef l : held.locks()) {
      if (!allowed.contains(l)) return false;
    }
    return true;
  }

  /** The path from an entry of {@code context} to {@code method}. */
  TracePath to(String method, int context) {
    return found.computeIfAbsent(context, c -> new HashMap<>()).computeIfAbsent(method, m -> search(m, context));
  }

  /*
   * The breadth-first search's state, by method number (CallGraph#number), kept between searches:
   * a method counts as reached only when its stamp is the current search's.
   */
  private int[] reachedIn;
  private CallGraph.Edge[] reachedBy;
  private int[] reachedFrom;
  private int[] queue;
  private int searches;

  private TracePath search(String method, int context) {
    int start = calls.number(method);
    if (start < 0) return new TracePath(null, method, Collections.emptyList());
    if (queue == null) {
      int n = calls.methodCount();
      reachedIn = new int[n];
      reachedBy = new CallGraph.Edge[n];
      reachedFrom = new int[n];
      queue = new int[n];
    }
    int stamp = ++searches;
    int head = 0;
    int tail = 0;
    queue[tail++] = start;
    reachedIn[start] = stamp;
    reachedBy[start] = null;
    while (head < tail && tail < MAX_VISITED) {
      int m = queue[head++];
      ThreadRoot root = rootEnteredAt(m, context);
      boolean mainEntry = context == ThreadContexts.MAIN && contexts.isMainEntry(m);
      if (root != null || mainEntry) {
        List<CallGraph.Edge> path = new ArrayList<>();
        for (int at = m; reachedBy[at] != null; at = reachedFrom[at]) path.add(reachedBy[at]);
        return new TracePath(root, calls.id(m), path);
      }
      List<CallGraph.Edge> in = calls.callersOf(m);
      int[] from = calls.callerNumbers(m);
      for (int k = 0; k < from.length; k++) {
        int caller = from[k];
        if (reachedIn[caller] == stamp) continue;
        if (!contexts.contextsOf(caller).get(context)) continue;
        reachedIn[caller] = stamp;
        reachedBy[caller] = in.get(k);
        reachedFrom[caller] = m;
        queue[tail++] = caller;
      }
    }
    return new TracePath(null, method, Collections.emptyList());
  }

  /** The first root of {@code context} (in the context's order) that {@code method} is an entry of. */
  private ThreadRoot rootEnteredAt(int method, int context) {
    if (context == ThreadContexts.MAIN || !contexts.entersAt(method, context)) return null;
    return entries.computeIfAbsent(context, c -> {
      Map<String, ThreadRoot> byEntry = new HashMap<>();
      for (ThreadRoot r : contexts.context(c).roots()) {
        for (String e : r.entries()) byEntry.putIfAbsent(e, r);
      }
      return byEntry;
    }).get(calls.id(method));
  }
}
