package dev.mapguard.analysis;

import dev.mapguard.model.Event;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The locks every caller holds on entry to each method: a fixed point over the call graph
 * (a must-analysis: the meet over all call sites of the locks held there plus the caller's own
 * entry locks). Thread roots and entry points of the calling thread start with no locks.
 * Recursion and cycles terminate because lock sets only shrink.
 *
 * <p>The same fixed point also settles ownership, per thread: on which threads some call path
 * hands a method a {@code this} other code may reach. Where every path hands it an object the
 * caller made and kept to itself (or the caller's own unshared {@code this}), its map fields are
 * that thread's alone.
 */
public final class EntryLocks {
  private final Map<String, LockSet> entry = new HashMap<>();
  /** The threads on which some call path hands the method a {@code this} others may see. */
  private final Map<String, BitSet> shared = new HashMap<>();

  private final Function<String, LockSet> declared;

  /**
   * @param declared locks a method's annotation ({@code @Holding}, {@code @GuardedBy} on the
   *                 method) says every caller holds: held on entry whatever the callers in the
   *                 program do (a caller that does not hold them is a GuardedByViolation)
   */
  EntryLocks(Program program, CallGraph calls, ThreadContexts contexts,
             Function<String, LockSet[]> held, Function<String, LockSet> declared) {
    this.declared = declared;
    // callers before callees: a method is mostly visited once its callers have settled, so the
    // fixed point takes about one sweep instead of a pass per level of the call graph
    List<String> order = reversePostorder(program, calls);
    Map<String, Integer> index = new HashMap<>(order.size() * 2);
    for (int i = 0; i < order.size(); i++) index.put(order.get(i), i);
    BitSet pending = new BitSet(order.size());
    for (String id : order) {
      MethodInfo m = program.method(id);
      boolean fixedEmpty = contexts.isRootEntry(id) || !calls.hasCallers(id);
      entry.put(id, fixedEmpty ? declared.apply(id) : LockSet.TOP);
      boolean startsOwned = startsOwned(m, calls, contexts);
      shared.put(id, startsOwned ? new BitSet() : (BitSet) contexts.contextsOf(id).clone());
    }
    pending.set(0, order.size());
    int cursor = 0;
    while (!pending.isEmpty()) {
      int i = pending.nextSetBit(cursor);
      if (i < 0) i = pending.nextSetBit(0);
      pending.clear(i);
      cursor = i + 1;
      String m = order.get(i);
      LockSet callerEntry = entry.get(m);
      List<CallGraph.Edge> callees = calls.calleesOf(m);
      if (callees.isEmpty()) continue;
      LockSet[] atCaller = held.apply(m);
      for (CallGraph.Edge e : callees) {
        String callee = e.callee();
        LockSet here = e.event() < atCaller.length ? atCaller[e.event()] : LockSet.EMPTY;
        LockSet contribution = callerEntry.isTop() ? LockSet.TOP : here.union(callerEntry);
        LockSet old = entry.get(callee);
        LockSet next = old.meet(contribution).union(declared.apply(callee));
        boolean changed = !next.equals(old);
        entry.put(callee, next);
        if (!isConstructor(program, callee)) {
          BitSet handed = switch (e.receiver()) {
            case FRESH -> null; // an object this path just made
            case THIS -> shared.get(m);
            case OTHER -> contexts.contextsOf(m);
          };
          if (handed != null && addTo(shared.get(callee), handed)) changed = true;
        }
        if (changed) pending.set(index.get(callee));
      }
    }
  }

  /**
   * The program's methods in reverse postorder of the call graph (depth first from each method in
   * id order, without recursion: call chains can be thousands of calls deep).
   */
  private static List<String> reversePostorder(Program program, CallGraph calls) {
    List<String> post = new ArrayList<>(program.methods().size());
    Set<String> seen = new HashSet<>();
    Deque<Iterator<CallGraph.Edge>> stack = new ArrayDeque<>();
    Deque<String> path = new ArrayDeque<>();
    for (String root : program.methods().keySet()) {
      if (!seen.add(root)) continue;
      stack.push(calls.calleesOf(root).iterator());
      path.push(root);
      while (!stack.isEmpty()) {
        Iterator<CallGraph.Edge> it = stack.peek();
        if (it.hasNext()) {
          String callee = it.next().callee();
          if (program.methods().containsKey(callee) && seen.add(callee)) {
            stack.push(calls.calleesOf(callee).iterator());
            path.push(callee);
          }
        } else {
          stack.pop();
          post.add(path.pop());
        }
      }
    }
    Collections.reverse(post);
    return post;
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

  /** Adds {@code more} to {@code set}; whether that changed it. */
  private static boolean addTo(BitSet set, BitSet more) {
    int before = set.cardinality();
    set.or(more);
    return set.cardinality() != before;
  }

  /**
   * The threads on which some call path gives the method a {@code this} that other code may
   * reach; on its other threads its {@code this} is always an object the path made for itself.
   */
  public BitSet sharedIn(String method) {
    BitSet s = shared.get(method);
    return s == null ? new BitSet() : s;
  }
}
