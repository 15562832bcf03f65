package dev.mapguard.analysis;

import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.Event;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.ObjectRef;
import dev.mapguard.model.Program;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

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
 * calls on {@code this}. On the calling thread the client's objects also include what a client's
 * object holds in a held field ({@code ClassSharing.heldFields}: the classes on the way are kept,
 * {@link #holders}) and the objects a client passes as arguments and the program hands on as they
 * are ({@link #clientParam}).
 */
final class EntryObjects {
  private final CallGraph calls;
  /** The contexts whose roots all run on the started Thread object itself. */
  private final BitSet ownThreadContexts = new BitSet();
  /** By method number: contexts on which the method's this may be another object. */
  private final BitSet[] foreign;
  /** By method number, on the calling thread: see {@link #clientParam}; null for none. */
  private final BitSet[] clientParams;
  /** By method number: the calling thread enters at it, and nothing in the program calls it. */
  private final boolean[] clientEntry;
  /** By method number, on the calling thread: see {@link #holders}. */
  private final Set<String>[] holders;
  private final Program program;

  @SuppressWarnings("unchecked")
  EntryObjects(CallGraph calls, ThreadContexts contexts, Program program) {
    this.calls = calls;
    this.program = program;
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
    clientEntry = new boolean[n];
    for (int m = 0; m < n; m++) {
      if (contexts.isMainEntry(m)) {
        own(ownEntry, m).set(ThreadContexts.MAIN);
        clientEntry[m] = !calls.hasCallers(m);
      }
    }
    clientParams = new BitSet[n];
    findClientParams(contexts);
    foreign = new BitSet[n];
    holders = new Set[n];
    InnerObjectMakers makers = new InnerObjectMakers(program, calls, contexts);
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
    // an enclosing instance taken for the thread's own object on the strength of where its inner
    // objects are made: asked again once the fixed point is reached, since what the makers run on
    // may have grown since (see InnerObjectMakers)
    Map<Integer, BitSet> ownEnclosing = new HashMap<>();
    do {
      propagate(work, contexts, makers, ownEnclosing);
      for (Map.Entry<Integer, BitSet> e : ownEnclosing.entrySet()) {
        BitSet still = ownedEnclosing(e.getKey(), makers);
        if (!still.equals(e.getValue())) {
          e.setValue(still);
          work.add(e.getKey());
        }
      }
    } while (!work.isEmpty());
  }

  /** The own-thread contexts on which the enclosing instance of the method's object is the own one. */
  private BitSet ownedEnclosing(int m, InnerObjectMakers makers) {
    BitSet out = new BitSet();
    BitSet f = foreign[m];
    for (int c = f.nextSetBit(1); c >= 0; c = f.nextSetBit(c + 1)) {
      if (ownThreadContexts.get(c) && makers.enclosingIsOwn(m, c, foreign)) out.set(c);
    }
    return out;
  }

  private void propagate(IntQueue work, ThreadContexts contexts, InnerObjectMakers makers,
                         Map<Integer, BitSet> ownEnclosing) {
    while (!work.isEmpty()) {
      int m = work.poll();
      List<CallGraph.Edge> callees = calls.calleesOf(m);
      int[] targets = calls.calleeNumbers(m);
      MethodInfo caller = null;
      for (int k = 0; k < targets.length; k++) {
        // an enclosing instance belongs with the object: the client's view of its own
        // collection, the started thread's own helper
        CallGraph.Edge edge = callees.get(k);
        Event.Receiver r = edge.receiver();
        boolean same = r == Event.Receiver.THIS || r == Event.Receiver.OUTER;
        BitSet handed = same ? foreign[m] : contexts.contextsOf(m);
        if (r == Event.Receiver.OUTER && !foreign[m].isEmpty()) {
          BitSet own = ownedEnclosing(m, makers);
          ownEnclosing.put(m, own);
          if (!own.isEmpty()) {
            handed = (BitSet) handed.clone();
            handed.andNot(own);
          }
        }
        ObjectRef held = null;
        if (!same && handed.get(ThreadContexts.MAIN)) {
          if (caller == null) caller = program.method(calls.id(m));
          Event.Call call = edge.callIn(caller);
          if (call != null && !foreign[m].get(ThreadContexts.MAIN)) held = heldObject(call, program);
          // an object the client's object holds, or one the client passed, is the client's too
          boolean passed = held == null && call != null
              && call.receiverObject().kind() == ObjectRef.Kind.PARAM
              && clientParam(m, call.receiverObject().param());
          if (held != null || passed) {
            handed = (BitSet) handed.clone();
            handed.clear(ThreadContexts.MAIN);
          }
        }
        int t = targets[k];
        BitSet to = foreign[t];
        int before = to.cardinality();
        to.or(handed);
        boolean changed = to.cardinality() != before;
        if (same && !foreign[m].get(ThreadContexts.MAIN) || held != null) {
          changed |= addHolders(t, m, held);
        }
        if (changed) work.add(t);
      }
    }
  }

  /**
   * The call's receiver when it was reached through a held field (see
   * {@code ClassSharing.heldFields}), or null.
   */
  static ObjectRef heldObject(Event.Call c, Program program) {
    ObjectRef o = c.receiverObject();
    if (o.kind() != ObjectRef.Kind.HELD) return null;
    ClassInfo holder = program.clazz(o.holder());
    return holder != null && holder.sharing().heldFields().contains(o.field()) ? o : null;
  }

  /**
   * Whether, on the calling thread, parameter {@code index} of the method is always an object the
   * client passed in: a parameter of a method the client calls, handed on as is
   * ({@code NetworkClientUtils.sendAndReceive(client, ..) -> awaitReady(client, ..)}).
   */
  private boolean clientParam(int method, int index) {
    if (clientEntry[method]) return true;
    BitSet b = clientParams[method];
    return b != null && b.get(index);
  }

  /**
   * The parameters that are always the client's on the calling thread (see {@link #clientParam}):
   * the largest sets such that every call on the calling thread passes, at each of them, one of
   * its caller's.
   */
  private void findClientParams(ThreadContexts contexts) {
    int n = clientParams.length;
    BitSet all = new BitSet();
    all.set(0, 256);
    for (int m = 0; m < n; m++) {
      if (!clientEntry[m] && calls.hasCallers(m) && contexts.contextsOf(m).get(ThreadContexts.MAIN)) {
        clientParams[m] = (BitSet) all.clone();
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int m = 0; m < n; m++) {
        if (clientParams[m] == null || clientParams[m].isEmpty()) continue;
        BitSet meet = (BitSet) clientParams[m].clone();
        List<CallGraph.Edge> in = calls.callersOf(m);
        int[] from = calls.callerNumbers(m);
        for (int k = 0; k < from.length && !meet.isEmpty(); k++) {
          if (!contexts.contextsOf(from[k]).get(ThreadContexts.MAIN)) continue;
          meet.and(passedOn(from[k], in.get(k)));
        }
        if (!meet.equals(clientParams[m])) {
          clientParams[m] = meet;
          changed = true;
        }
      }
    }
  }

  /** The callee's parameters at which the call passes one of the caller's client parameters. */
  private BitSet passedOn(int caller, CallGraph.Edge edge) {
    BitSet out = new BitSet();
    Event.Call c = edge.callIn(program.method(calls.id(caller)));
    if (c == null) return out;
    for (Event.ObjectArg a : c.objectArgs()) {
      if (a.object().kind() == ObjectRef.Kind.PARAM && clientParam(caller, a.object().param())) {
        out.set(a.index());
      }
    }
    return out;
  }

  /**
   * Adds to the callee's holders the caller's, and for a call through a held field
   * ({@code held}, else null) the caller's class and the field's. Past {@link #MAX_HOLDERS}
   * classes the chain is given up on: the callee's {@code this} is then taken as possibly another
   * object on the calling thread.
   */
  private boolean addHolders(int callee, int caller, ObjectRef held) {
    Set<String> from = holders[caller];
    if (held == null && from == null) return false;
    Set<String> to = holders[callee];
    if (to == null) to = holders[callee] = new HashSet<>(4);
    int before = to.size();
    if (from != null) to.addAll(from);
    if (held != null) {
      MethodInfo c = program.method(calls.id(caller));
      if (c != null) to.add(c.classId());
      to.add(held.holder());
    }
    if (to.size() > MAX_HOLDERS && !foreign[callee].get(ThreadContexts.MAIN)) {
      foreign[callee].set(ThreadContexts.MAIN);
      return true;
    }
    return to.size() != before;
  }

  private static final int MAX_HOLDERS = 12;

  /**
   * On the calling thread, the classes of the client's objects through whose held fields the
   * method's {@code this} was reached (empty when it is always the object the client called);
   * meaningful only where {@link #onClientObject} holds.
   */
  Set<String> holders(String method) {
    int m = calls.number(method);
    Set<String> h = m < 0 ? null : holders[m];
    return h == null ? Set.of() : h;
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
