package dev.mapguard.analysis;

import dev.mapguard.model.LockRef;
import dev.mapguard.model.Program;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The locks some caller may hold on entry to each method (a may-analysis over the call graph, the
 * counterpart of the must-sets of {@link EntryLocks}), one lock object at a time, on demand;
 * and, on demand, a call path by which a method is reached without a given lock. Together with
 * the must-sets this answers what guard inference asks of each access — held on every path, on
 * some path, or on none — with one pass over the call graph per lock object asked about.
 */
final class LockReach {
  /** Modes of one lock object, as bits. */
  static final int EXCLUSIVE = 1;
  static final int READ = 2;
  static final int WRITE = 4;

  private static final int MAX_PATH_SEARCH = 20_000;

  private final AnalysisResult result;
  /** Per lock object (mode EXCLUSIVE), where it is first held: callee or declared method, with modes. */
  private final Map<LockRef, Map<String, Integer>> seeds = new HashMap<>();
  /** Per lock object, computed on first query: the modes some caller may hold on entry to each method. */
  private final Map<LockRef, Map<String, Integer>> mayEntry = new HashMap<>();

  LockReach(AnalysisResult result) {
    this.result = result;
    Program program = result.program();
    CallGraph calls = result.calls();
    for (String m : program.methods().keySet()) {
      seed(m, result.declaredGuards().entryOf(m));
      for (CallGraph.Edge e : calls.calleesOf(m)) seed(e.callee(), result.heldAt(m, e.event()));
    }
  }

  private void seed(String method, LockSet held) {
    if (held.isEmpty()) return;
    for (LockRef l : held.locks()) {
      seeds.computeIfAbsent(l.withMode(LockRef.Mode.EXCLUSIVE), k -> new HashMap<>())
          .merge(method, bit(l.mode()), (a, b) -> a | b);
    }
  }

  /**
   * The modes of one lock object some caller may hold on entry to each method: its seeds pushed
   * forward over the call graph. One pass per lock object that guard inference asks about, each
   * over the part of the program reached while it is held, rather than all locks for all methods
   * (a program whose shared helpers are called under thousands of different locks made that
   * quadratic).
   */
  private Map<String, Integer> reachOf(LockRef object) {
    return mayEntry.computeIfAbsent(object, o -> {
      Map<String, Integer> seeded = seeds.getOrDefault(o, Map.of());
      Map<String, Integer> out = new HashMap<>(seeded);
      Deque<String> work = new ArrayDeque<>(seeded.keySet());
      while (!work.isEmpty()) {
        String m = work.poll();
        int modes = out.get(m);
        for (CallGraph.Edge e : result.calls().calleesOf(m)) {
          int before = out.getOrDefault(e.callee(), 0);
          if ((before | modes) != before) {
            out.put(e.callee(), before | modes);
            work.add(e.callee());
          }
        }
      }
      return out;
    });
  }

  /** The modes of {@code object} held in {@code set}, as bits. */
  static int modes(LockSet set, LockRef object) {
    int out = 0;
    for (LockRef l : set.locks()) {
      if (l.sameObject(object)) out |= bit(l.mode());
    }
    return out;
  }

  private static int bit(LockRef.Mode mode) {
    return switch (mode) {
      case EXCLUSIVE -> EXCLUSIVE;
      case READ -> READ;
      case WRITE -> WRITE;
    };
  }

  /** The modes of {@code object} some caller may hold when {@code method} is entered. */
  int mayModes(String method, LockRef object) {
    return reachOf(object.withMode(LockRef.Mode.EXCLUSIVE)).getOrDefault(method, 0);
  }

  /**
   * The calls, outermost first, by which an entry point reaches {@code method} with no caller on
   * the way holding {@code guard} (empty when {@code method} is itself such an entry point, or
   * none is found within the search bound).
   */
  List<CallGraph.Edge> pathWithout(String method, GuardInference.Guard guard,
                                   java.util.function.IntPredicate satisfied) {
    Map<String, CallGraph.Edge> reachedBy = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(method);
    reachedBy.put(method, null);
    while (!queue.isEmpty() && reachedBy.size() < MAX_PATH_SEARCH) {
      String m = queue.poll();
      if (result.contexts().isRootEntry(m) || !result.calls().hasCallers(m)) {
        List<CallGraph.Edge> path = new ArrayList<>();
        for (CallGraph.Edge e = reachedBy.get(m); e != null; e = reachedBy.get(e.callee())) {
          path.add(e);
        }
        return path;
      }
      for (CallGraph.Edge e : result.calls().callersOf(m)) {
        if (reachedBy.containsKey(e.caller())) continue;
        int held = modes(result.heldAt(e.caller(), e.event())
            .union(result.entryLocks(e.caller())), guard.object());
        if (satisfied.test(held)) continue; // this way in holds the guard
        reachedBy.put(e.caller(), e);
        queue.add(e.caller());
      }
    }
    return Collections.emptyList();
  }
}
