package dev.mapguard.analysis;

import dev.mapguard.model.Event;
import java.util.BitSet;
import java.util.List;

/**
 * Which code runs on the Thread object its thread was started on. A program's {@code Thread}
 * subclass runs its {@code run()} on the object {@code start()} was called on, and a thread can be
 * started only once: two copies of such a root (several {@code CommitProcessor}s, one per server)
 * each run on an object of their own, so the maps held in that object's fields are not shared
 * between the copies. For each method this finds the contexts on which some call path may hand it
 * a {@code this} other than its context's started Thread object; on its other contexts its
 * {@code this} is always that object.
 */
final class ThreadObjects {
  private final CallGraph calls;
  /** By method number: contexts on which the method's this may be another object. */
  private final BitSet[] foreign;

  ThreadObjects(CallGraph calls, ThreadContexts contexts) {
    this.calls = calls;
    int n = calls.methodCount();
    BitSet[] ownEntry = new BitSet[n];
    boolean any = false;
    for (int c = 1; c < contexts.size(); c++) {
      List<ThreadRoot> roots = contexts.context(c).roots();
      if (roots.isEmpty() || !roots.stream().allMatch(ThreadRoot::ownThread)) continue;
      for (ThreadRoot r : roots) {
        for (String e : r.entries()) {
          int m = calls.number(e);
          if (m < 0) continue;
          if (ownEntry[m] == null) ownEntry[m] = new BitSet();
          ownEntry[m].set(c);
          any = true;
        }
      }
    }
    if (!any) {
      foreign = null;
      return;
    }
    foreign = new BitSet[n];
    IntQueue work = new IntQueue();
    for (int m = 0; m < n; m++) {
      BitSet f = new BitSet();
      if (!calls.hasCallers(m)) {
        // an entry: of the calling thread, of a root whose object is not the thread, or the
        // started thread's own run()
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
        BitSet handed = callees.get(k).receiver() == Event.Receiver.THIS ? foreign[m]
            : contexts.contextsOf(m);
        BitSet to = foreign[targets[k]];
        int before = to.cardinality();
        to.or(handed);
        if (to.cardinality() != before) work.add(targets[k]);
      }
    }
  }

  /** Whether, on {@code context}, the method's {@code this} is always the started Thread object. */
  boolean onOwnThread(String method, int context) {
    if (foreign == null) return false;
    int m = calls.number(method);
    return m >= 0 && !foreign[m].get(context);
  }
}
