package dev.mapguard.analysis;

import dev.mapguard.model.Event;
import java.util.BitSet;
import java.util.List;

/**
 * Which code always runs on the object its thread entered the program with. Two kinds of entry
 * bring an object of their own:
 *
 * <ul>
 *   <li>a program's {@code Thread} subclass runs its {@code run()} on the object {@code start()} was
 *       called on, and a thread can be started only once: two copies of such a root (several
 *       {@code CommitProcessor}s, one per server) each run on an object of their own;
 *   <li>the calling thread enters at methods a client calls on its own objects (see
 *       {@link ClientContract}).
 * </ul>
 *
 * For each method this finds the contexts on which some call path may hand it a {@code this} other
 * than the object its context entered with (an object reached through a field, a parameter, a
 * result); on its other contexts its {@code this} is always that object, or one it was handed along
 * calls on {@code this}.
 */
final class EntryObjects {
  private final CallGraph calls;
  /** The contexts whose roots all run on the started Thread object itself. */
  private final BitSet ownThreadContexts = new BitSet();
  /** By method number: contexts on which the method's this may be another object. */
  private final BitSet[] foreign;

  EntryObjects(CallGraph calls, ThreadContexts contexts) {
    this.calls = calls;
    int n = calls.methodCount();
    BitSet[] ownEntry = new BitSet[n];
    for (int c = 1; c < contexts.size(); c++) {
      List<ThreadRoot> roots = contexts.context(c).roots();
      if (roots.isEmpty() || !roots.stream().allMatch(ThreadRoot::ownThread)) continue;
      ownThreadContexts.set(c);
      for (ThreadRoot r : roots) {
        for (String e : r.entries()) {
          int m = calls.number(e);
          if (m >= 0) own(ownEntry, m).set(c);
        }
      }
    }
    for (int m = 0; m < n; m++) {
      if (contexts.isMainEntry(m)) own(ownEntry, m).set(ThreadContexts.MAIN);
    }
    foreign = new BitSet[n];
    IntQueue work = new IntQueue();
    for (int m = 0; m < n; m++) {
      BitSet f = new BitSet();
      if (!calls.hasCallers(m)) {
        // an entry: its own object, or one the thread's code did not bring (a task's captured
        // state, a framework's object)
        f.or(contexts.contextsOf(m));
        if (ownEntry[m] != null) f.andNot(ownEntry[m]);
      }
      foreign[m] = f;
      work.add(m);
    }
    while (!work.isEmpty()) {
      int m = work.poll();
      List<CallGraph.Edge> callees = calls.calleesOf(m);
      int[] targets = calls.calleeNumbers(m);
      for (int k = 0; k < targets.length; k++) {
        // an enclosing instance belongs with the object: the client's view of its own
        // collection, the started thread's own helper
        Event.Receiver r = callees.get(k).receiver();
        BitSet handed = r == Event.Receiver.THIS || r == Event.Receiver.OUTER ? foreign[m]
            : contexts.contextsOf(m);
        BitSet to = foreign[targets[k]];
        int before = to.cardinality();
        to.or(handed);
        if (to.cardinality() != before) work.add(targets[k]);
      }
    }
  }

  private static BitSet own(BitSet[] ownEntry, int m) {
    if (ownEntry[m] == null) ownEntry[m] = new BitSet();
    return ownEntry[m];
  }

  /** Whether, on {@code context}, the method's {@code this} is always the started Thread object. */
  boolean onOwnThread(String method, int context) {
    return ownThreadContexts.get(context) && entered(method, context);
  }

  /**
   * Whether, on the calling thread, the method's {@code this} is always the object a client called
   * the program on.
   */
  boolean onClientObject(String method) {
    return entered(method, ThreadContexts.MAIN);
  }

  private boolean entered(String method, int context) {
    int m = calls.number(method);
    return m >= 0 && !foreign[m].get(context);
  }
}
