package dev.mapguard.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
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

  private TracePath search(String method, int context) {
    Map<String, CallGraph.Edge> reachedBy = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(method);
    reachedBy.put(method, null);
    while (!queue.isEmpty() && reachedBy.size() < MAX_VISITED) {
      String m = queue.poll();
      ThreadRoot root = rootEnteredAt(m, context);
      boolean mainEntry = context == ThreadContexts.MAIN && contexts.isMainEntry(m);
      if (root != null || mainEntry) {
        List<CallGraph.Edge> path = new ArrayList<>();
        for (CallGraph.Edge e = reachedBy.get(m); e != null; e = reachedBy.get(e.callee())) {
          path.add(e);
        }
        return new TracePath(root, m, path);
      }
      for (CallGraph.Edge e : calls.callersOf(m)) {
        if (reachedBy.containsKey(e.caller())) continue;
        if (!contexts.contextsOf(e.caller()).get(context)) continue;
        reachedBy.put(e.caller(), e);
        queue.add(e.caller());
      }
    }
    return new TracePath(null, method, Collections.emptyList());
  }

  /** The first root of {@code context} (in the context's order) that {@code method} is an entry of. */
  private ThreadRoot rootEnteredAt(String method, int context) {
    if (context == ThreadContexts.MAIN) return null;
    return entries.computeIfAbsent(context, c -> {
      Map<String, ThreadRoot> byEntry = new HashMap<>();
      for (ThreadRoot r : contexts.context(c).roots()) {
        for (String e : r.entries()) byEntry.putIfAbsent(e, r);
      }
      return byEntry;
    }).get(method);
  }
}
