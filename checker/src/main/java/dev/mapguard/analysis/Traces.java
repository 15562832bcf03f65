package dev.mapguard.analysis;

import java.util.ArrayList;
import java.util.BitSet;
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

  Traces(CallGraph calls, ThreadContexts contexts) {
    this.calls = calls;
    this.contexts = contexts;
  }

  TracePath of(AccessSite a, int context) {
    TracePath base = to(a.timeMethod(), context);
    if (a.viaCalls().isEmpty()) return base;
    List<CallGraph.Edge> all = new ArrayList<>(base.calls());
    all.addAll(a.viaCalls());
    return new TracePath(base.root(), base.entry(), all);
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
  /** Methods that are an entry of some root: only those need the per-context lookup. */
  private BitSet rootEntries;

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
    if (context == ThreadContexts.MAIN) return null;
    if (rootEntries == null) {
      rootEntries = new BitSet();
      for (ThreadRoot r : contexts.roots()) {
        for (String e : r.entries()) {
          int n = calls.number(e);
          if (n >= 0) rootEntries.set(n);
        }
      }
    }
    if (!rootEntries.get(method)) return null;
    return entries.computeIfAbsent(context, c -> {
      Map<String, ThreadRoot> byEntry = new HashMap<>();
      for (ThreadRoot r : contexts.context(c).roots()) {
        for (String e : r.entries()) byEntry.putIfAbsent(e, r);
      }
      return byEntry;
    }).get(calls.id(method));
  }
}
