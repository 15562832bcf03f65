package dev.mapguard.analysis;

import dev.mapguard.model.LockRef;
import dev.mapguard.model.Program;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The locks some caller may hold on entry to each method (a may-analysis over the call graph, the
 * counterpart of the must-sets of {@link EntryLocks}), for all lock objects at once as bit sets;
 * and, on demand, a call path by which a method is reached without a given lock. Together with
 * the must-sets this answers what guard inference asks of each access — held on every path, on
 * some path, or on none — in one pass over the call graph, whatever the number of locks.
 */
final class LockReach {
  /** Modes of one lock object, as bits. */
  static final int EXCLUSIVE = 1;
  static final int READ = 2;
  static final int WRITE = 4;

  private static final int MAX_PATH_SEARCH = 20_000;

  private final AnalysisResult result;
  private final Map<LockRef, Integer> index = new HashMap<>();
  private final List<LockRef> locks = new ArrayList<>();
  private final Map<String, BitSet> mayEntry = new HashMap<>();

  LockReach(AnalysisResult result) {
    this.result = result;
    Program program = result.program();
    CallGraph calls = result.calls();
    Deque<String> work = new ArrayDeque<>();
    for (String m : program.methods().keySet()) {
      BitSet declared = bits(result.declaredGuards().entryOf(m));
      if (!declared.isEmpty()) mayEntry.put(m, declared);
      work.add(m);
    }
    while (!work.isEmpty()) {
      String m = work.poll();
      BitSet from = mayEntry.get(m);
      for (CallGraph.Edge e : calls.calleesOf(m)) {
        LockSet here = result.heldAt(m, e.event());
        if ((from == null || from.isEmpty()) && here.isEmpty()) continue;
        BitSet to = mayEntry.computeIfAbsent(e.callee(), k -> new BitSet());
        int before = to.cardinality();
        if (from != null) to.or(from);
        to.or(bits(here));
        if (to.cardinality() != before) work.add(e.callee());
      }
    }
  }

  private BitSet bits(LockSet set) {
    BitSet out = new BitSet();
    for (LockRef l : set.locks()) out.set(index.computeIfAbsent(l, k -> {
      locks.add(k);
      return locks.size() - 1;
    }));
    return out;
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
    BitSet may = mayEntry.get(method);
    if (may == null) return 0;
    int out = 0;
    for (int i = may.nextSetBit(0); i >= 0; i = may.nextSetBit(i + 1)) {
      LockRef l = locks.get(i);
      if (l.sameObject(object)) out |= bit(l.mode());
    }
    return out;
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
