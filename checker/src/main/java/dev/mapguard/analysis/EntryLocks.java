package dev.mapguard.analysis;

import dev.mapguard.model.Event;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The locks every caller holds on entry to each method: a fixed point over the call graph
 * (a must-analysis: the meet over all call sites of the locks held there plus the caller's own
 * entry locks). Thread roots and entry points of the calling thread start with no locks.
 * Recursion and cycles terminate because lock sets only shrink.
 *
 * <p>The same fixed point also settles ownership: a method whose {@code this} is, at every call,
 * an object the caller made and kept to itself (or the caller's own owned {@code this}) works on
 * an object no other thread can see.
 */
public final class EntryLocks {
  private final Map<String, LockSet> entry = new HashMap<>();
  private final Map<String, Boolean> owned = new HashMap<>();

  private final Function<String, LockSet> declared;

  /**
   * @param declared locks a method's annotation ({@code @Holding}, {@code @GuardedBy} on the
   *                 method) says every caller holds: held on entry whatever the callers in the
   *                 program do (a caller that does not hold them is a GuardedByViolation)
   */
  EntryLocks(Program program, CallGraph calls, ThreadContexts contexts,
             Function<String, LockSet[]> held, Function<String, LockSet> declared) {
    this.declared = declared;
    Deque<String> work = new ArrayDeque<>();
    Set<String> queued = new HashSet<>();
    for (MethodInfo m : program.methods().values()) {
      boolean fixedEmpty = contexts.isRootEntry(m.id()) || !calls.hasCallers(m.id());
      entry.put(m.id(), fixedEmpty ? declared.apply(m.id()) : LockSet.TOP);
      owned.put(m.id(), startsOwned(m, calls, contexts));
      work.add(m.id());
      queued.add(m.id());
    }
    while (!work.isEmpty()) {
      String m = work.poll();
      queued.remove(m);
      LockSet callerEntry = entry.get(m);
      boolean callerOwned = owned.get(m);
      for (CallGraph.Edge e : calls.calleesOf(m)) {
        String callee = e.callee();
        LockSet[] atCaller = held.apply(m);
        LockSet here = e.event() < atCaller.length ? atCaller[e.event()] : LockSet.EMPTY;
        LockSet contribution = callerEntry.isTop() ? LockSet.TOP : here.union(callerEntry);
        LockSet old = entry.get(callee);
        LockSet next = old.meet(contribution).union(declared.apply(callee));
        boolean changed = !next.equals(old);
        entry.put(callee, next);
        if (owned.get(callee) && !isConstructor(program, callee)) {
          boolean viaOwned = e.receiver() == Event.Receiver.FRESH
              || (e.receiver() == Event.Receiver.THIS && callerOwned);
          if (!viaOwned) {
            owned.put(callee, false);
            changed = true;
          }
        }
        if (changed && queued.add(callee)) work.add(callee);
      }
    }
  }

  private static boolean startsOwned(MethodInfo m, CallGraph calls, ThreadContexts contexts) {
    if (m.is(MethodInfo.STATIC)) return false;
    if (m.kind() == MethodInfo.Kind.CONSTRUCTOR || m.kind() == MethodInfo.Kind.INSTANCE_INIT) return true;
    if (contexts.isRootEntry(m.id())) return contexts.isFreshEntry(m.id()) && !calls.hasCallers(m.id());
    return calls.hasCallers(m.id());
  }

  private static boolean isConstructor(Program program, String id) {
    MethodInfo m = program.method(id);
    return m != null && (m.kind() == MethodInfo.Kind.CONSTRUCTOR
        || m.kind() == MethodInfo.Kind.INSTANCE_INIT);
  }

  /** Locks every caller holds when the method runs (empty when unknown). */
  public LockSet of(String method) {
    LockSet s = entry.get(method);
    return s == null || s.isTop() ? declared.apply(method) : s;
  }

  /** Whether the method only ever runs on objects no other thread can reach. */
  public boolean ownsThis(String method) {
    return owned.getOrDefault(method, false);
  }
}
