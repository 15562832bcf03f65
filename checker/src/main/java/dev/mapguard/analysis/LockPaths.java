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
 * For one lock object, the ways each method can be entered with respect to it: which of its modes
 * (exclusive, read, write) the callers hold, over every call path from a thread root or an entry
 * point of the calling thread, with one path as witness for each. Where the entry-lock fixed
 * point keeps only what every path holds, this keeps every distinct way in, so that a helper
 * called both with and without the lock counts as both and the path without it can be shown.
 *
 * <p>A state is a set of modes (bits {@link #EXCLUSIVE}, {@link #READ}, {@link #WRITE}); there are
 * at most eight per method, so the search is linear in the size of the call graph.
 */
final class LockPaths {
  static final int EXCLUSIVE = 1;
  static final int READ = 2;
  static final int WRITE = 4;

  private final LockRef object;
  /** Per method: bit {@code s} set when the method can be entered in state {@code s}. */
  private final Map<String, Integer> states = new HashMap<>();
  /** Per method and state: the call that first reached it so, or absent for an entry point. */
  private final Map<String, CallGraph.Edge[]> witness = new HashMap<>();
  private final Map<String, int[]> previous = new HashMap<>();

  LockPaths(AnalysisResult result, LockRef object) {
    this.object = object;
    Program program = result.program();
    CallGraph calls = result.calls();
    ThreadContexts contexts = result.contexts();
    DeclaredGuards declared = result.declaredGuards();
    Deque<String> work = new ArrayDeque<>();
    Deque<Integer> workStates = new ArrayDeque<>();
    for (String m : program.methods().keySet()) {
      if (contexts.isRootEntry(m) || !calls.hasCallers(m)) {
        int s = modes(declared.entryOf(m), object);
        if (add(m, s, null, -1)) {
          work.add(m);
          workStates.add(s);
        }
      }
    }
    while (!work.isEmpty()) {
      String m = work.poll();
      int s = workStates.poll();
      for (CallGraph.Edge e : calls.calleesOf(m)) {
        int next = s | modes(result.heldAt(m, e.event()), object)
            | modes(declared.entryOf(e.callee()), object);
        if (add(e.callee(), next, e, s)) {
          work.add(e.callee());
          workStates.add(next);
        }
      }
    }
  }

  private boolean add(String method, int state, CallGraph.Edge via, int from) {
    int known = states.getOrDefault(method, 0);
    if ((known & (1 << state)) != 0) return false;
    states.put(method, known | (1 << state));
    witness.computeIfAbsent(method, k -> new CallGraph.Edge[8])[state] = via;
    previous.computeIfAbsent(method, k -> new int[8])[state] = from;
    return true;
  }

  /** The modes of {@code object} held in {@code locks}, as state bits. */
  static int modes(LockSet locks, LockRef object) {
    int out = 0;
    for (LockRef l : locks.locks()) {
      if (!l.sameObject(object)) continue;
      out |= switch (l.mode()) {
        case EXCLUSIVE -> EXCLUSIVE;
        case READ -> READ;
        case WRITE -> WRITE;
      };
    }
    return out;
  }

  LockRef object() {
    return object;
  }

  /** The states the method can be entered in (as a bit set over states); 0 when it is never reached. */
  int entryStates(String method) {
    return states.getOrDefault(method, 0);
  }

  /** The calls from an entry point to {@code method} entered in {@code state}, outermost first. */
  List<CallGraph.Edge> path(String method, int state) {
    List<CallGraph.Edge> out = new ArrayList<>();
    String m = method;
    int s = state;
    for (int guard = 0; guard < 10_000; guard++) {
      CallGraph.Edge[] w = witness.get(m);
      if (w == null || w[s] == null) break;
      CallGraph.Edge e = w[s];
      out.add(e);
      s = previous.get(m)[s];
      m = e.caller();
    }
    Collections.reverse(out);
    return out;
  }
}
