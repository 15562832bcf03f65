package dev.mapguard.analysis;

import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.LockRef;
import dev.mapguard.model.Program;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The locks every caller holds on entry to a method <em>on one thread</em>: {@link EntryLocks}'s
 * meet taken only over the calls made on that thread. A helper that one thread reaches only from
 * inside a synchronized method and another reaches without any lock (Tomcat's
 * {@code checkHandlesTypes}: inside the synchronized {@code configureStart()} on the starting
 * thread, bare in the annotation-scanning tasks of an executor) holds nothing for
 * {@link EntryLocks}, but holds the monitor on the first thread, which is what a pair of accesses
 * made there is judged by.
 *
 * <p>Asked only for the pairs of accesses that would be reported, so computed on demand: for one
 * method on one thread, the fixed point over the methods that reach it along that thread's calls
 * (all of them settled at once, and kept). Where that part of the call graph is larger than a
 * bound, the answer is {@link EntryLocks}'s.
 */
final class ContextEntryLocks {
  /** Methods one question may visit before the all-threads answer is taken. */
  private static final int MAX_METHODS = 20_000;

  private final Program program;
  private final CallGraph calls;
  private final ThreadContexts contexts;
  private final Function<String, LockSet[]> held;
  private final Function<String, LockSet> declared;
  private final EntryLocks everyThread;
  /** What a runner's annotation says every caller holds (see {@link EntryLocks#heldAtCall}). */
  private final Function<String, LockSet> declaredOfRunner;
  /** By context: the entry locks settled so far, by method number. */
  private final Map<Integer, Map<Integer, LockSet>> settled = new HashMap<>();

  ContextEntryLocks(Program program, CallGraph calls, ThreadContexts contexts,
                    Function<String, LockSet[]> held, Function<String, LockSet> declared,
                    EntryLocks everyThread) {
    this.program = program;
    this.calls = calls;
    this.contexts = contexts;
    this.held = held;
    this.declared = declared;
    this.everyThread = everyThread;
    this.declaredOfRunner = runner -> {
      int r = calls.number(runner);
      return r >= 0 ? declaredOf(r) : LockSet.EMPTY;
    };
  }

  /**
   * The locks held at the access on every call path of {@code context}: its own, and those every
   * caller on that thread holds that name one object for the map. Lock identities do not tell
   * instances apart: a thread that holds some {@code ContextConfig}'s monitor on every path to a
   * map of another class may hold another instance's monitor than a second thread does (Tomcat
   * starts each context under its own {@code ContextConfig} and both may reach one cached
   * descriptor's {@code ServletDef}). So the thread's callers add a class literal or a static
   * field's lock; the monitor or a lock field of an object only where the map is a field of that
   * object's class, where two instances also mean two maps.
   */
  LockSet at(AccessSite site, int context, Cells.CellFacts map) {
    LockSet out = site.locks();
    LockSet callers = of(site.timeMethod(), context);
    if (callers.isTop()) return out;
    String owner = map.field() == null || map.field().isStatic() ? null : map.field().classId();
    for (LockRef l : callers.locks()) {
      if (namesOneObject(l, owner)) out = out.with(l);
    }
    return out;
  }

  private boolean namesOneObject(LockRef l, String mapOwner) {
    return switch (l.kind()) {
      case CLASS -> true;
      case THIS -> mapOwner != null && calls.hierarchy().related(mapOwner).contains(l.id());
      case FIELD -> {
        FieldInfo f = program.field(l.id());
        yield f != null && (f.isStatic()
            || mapOwner != null && calls.hierarchy().related(mapOwner).contains(f.classId()));
      }
      case LOCAL, CALL -> false;
    };
  }

  /** The locks held on entry to {@code method} on every call path of {@code context}. */
  LockSet of(String method, int context) {
    int m = calls.number(method);
    if (m < 0) return everyThread.of(method);
    Map<Integer, LockSet> known = settled.computeIfAbsent(context, c -> new HashMap<>());
    LockSet value = known.get(m);
    if (value == null) {
      solve(m, context, known);
      value = known.get(m);
    }
    return value;
  }

  private void solve(int start, int context, Map<Integer, LockSet> known) {
    // the methods that reach start on this context, callers before callees where the graph allows
    List<Integer> part = new ArrayList<>();
    BitSet inPart = new BitSet();
    part.add(start);
    inPart.set(start);
    for (int i = 0; i < part.size(); i++) {
      int m = part.get(i);
      if (known.containsKey(m) || contexts.entersAt(m, context)) continue;
      for (int caller : calls.callerNumbers(m)) {
        if (inPart.get(caller) || !contexts.contextsOf(caller).get(context)) continue;
        if (part.size() >= MAX_METHODS) {
          known.put(start, everyThread.of(calls.id(start)));
          return;
        }
        inPart.set(caller);
        part.add(caller);
      }
    }
    Map<Integer, LockSet> value = new HashMap<>();
    for (int m : part) {
      LockSet k = known.get(m);
      value.put(m, k != null ? k
          : contexts.entersAt(m, context) || !calls.hasCallers(m) ? declaredOf(m) : LockSet.TOP);
    }
    boolean changed = true;
    while (changed) { // values only shrink from TOP: terminates
      changed = false;
      for (int i = part.size() - 1; i >= 0; i--) {
        int m = part.get(i);
        if (known.containsKey(m) || contexts.entersAt(m, context) || !calls.hasCallers(m)) continue;
        LockSet next = LockSet.TOP;
        int[] from = calls.callerNumbers(m);
        List<CallGraph.Edge> in = calls.callersOf(m);
        for (int k = 0; k < from.length; k++) {
          LockSet callerEntry = value.get(from[k]);
          if (callerEntry == null || callerEntry.isTop()) continue; // not on this thread, or not yet
          LockSet here = EntryLocks.heldAtCall(in.get(k), held.apply(calls.id(from[k])), held,
              declaredOfRunner);
          next = next.meet(here.union(callerEntry));
        }
        next = next.union(declaredOf(m));
        if (!next.equals(value.get(m))) {
          value.put(m, next);
          changed = true;
        }
      }
    }
    for (int m : part) {
      LockSet v = value.get(m);
      // a method no call path of this thread reaches with a known lock set keeps the general answer
      known.put(m, v.isTop() ? everyThread.of(calls.id(m)) : v);
    }
  }

  private LockSet declaredOf(int method) {
    LockSet d = declared.apply(calls.id(method));
    return d == null ? LockSet.EMPTY : d;
  }
}
