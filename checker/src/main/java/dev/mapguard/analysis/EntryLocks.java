package dev.mapguard.analysis;

import dev.mapguard.model.Event;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.ObjectRef;
import dev.mapguard.model.Program;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.BitSet;
import java.util.List;
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
  private final CallGraph calls;
  /** By method number ({@link CallGraph#number}). */
  private final LockSet[] entry;
  /** The threads on which some call path hands the method a {@code this} others may see. */
  private final BitSet[] shared;

  private final Function<String, LockSet> declared;
  private final ThreadContexts contexts;
  private final ObjectOwnership ownership;
  private final Program program;
  /**
   * By method number: for the parameters objects are called through or handed on from, the
   * threads on which some caller passes an object others may reach (null: no such parameter).
   */
  private final List<Map<Integer, BitSet>> sharedParams;

  /**
   * @param declared locks a method's annotation ({@code @Holding}, {@code @GuardedBy} on the
   *                 method) says every caller holds: held on entry whatever the callers in the
   *                 program do (a caller that does not hold them is a GuardedByViolation)
   */
  EntryLocks(Program program, CallGraph calls, ThreadContexts contexts,
             Function<String, LockSet[]> held, Function<String, LockSet> declared,
             ObjectOwnership ownership, SelfRegistration registration) {
    this.calls = calls;
    this.program = program;
    this.declared = declared;
    int n = calls.methodCount();
    entry = new LockSet[n];
    shared = new BitSet[n];
    MethodInfo[] infos = new MethodInfo[n];
    sharedParams = new ArrayList<>(n);
    this.contexts = contexts;
    this.ownership = ownership;
    // asked once per method, not at every edge the fixed point follows
    LockSet[] declaredAt = new LockSet[n];
    boolean[] constructor = new boolean[n];
    int number = -1;
    for (MethodInfo info : program.methods().values()) { // in id order: number is info's
      number++;
      String id = info.id();
      declaredAt[number] = declared.apply(id);
      constructor[number] = makesThis(info);
      boolean fixedEmpty = contexts.isRootEntry(id) || !calls.hasCallers(number);
      entry[number] = fixedEmpty ? declaredAt[number] : LockSet.TOP;
      shared[number] = startsOwned(info, calls, contexts, registration) ? new BitSet()
          : (BitSet) contexts.contextsOf(number).clone();
      infos[number] = info;
      Map<Integer, BitSet> params = null;
      for (Event ev : info.events()) {
        if (ev instanceof Event.Access a && a.holderParam() >= 0) {
          // a map reached through a parameter: owned where every caller passes its own object
          params = follow(params, a.holderParam(), id);
        } else if (ev instanceof Event.Call c) {
          for (ObjectRef o : objectsOf(c)) {
            if (o.kind() == ObjectRef.Kind.PARAM || o.kind() == ObjectRef.Kind.PARAM_FIELD) {
              params = follow(params, o.param(), id);
            }
          }
        }
      }
      sharedParams.add(params);
    }
    // callers before callees: a method is mostly visited once its callers have settled, so the
    // fixed point takes about one sweep instead of a pass per level of the call graph
    int[] order = reversePostorder(calls);
    int[] position = new int[n];
    for (int i = 0; i < n; i++) position[order[i]] = i;
    BitSet pending = new BitSet(n);
    pending.set(0, n);
    int cursor = 0;
    while (!pending.isEmpty()) {
      int i = pending.nextSetBit(cursor);
      if (i < 0) i = pending.nextSetBit(0);
      pending.clear(i);
      cursor = i + 1;
      int m = order[i];
      LockSet callerEntry = entry[m];
      List<CallGraph.Edge> callees = calls.calleesOf(m);
      if (callees.isEmpty()) continue;
      int[] targets = calls.calleeNumbers(m);
      LockSet[] atCaller = held.apply(calls.id(m));
      for (int k = 0; k < targets.length; k++) {
        CallGraph.Edge e = callees.get(k);
        int callee = targets[k];
        LockSet here = heldAtCall(e, atCaller, held, runner -> {
          int r = calls.number(runner);
          return r >= 0 ? declaredAt[r] : LockSet.EMPTY;
        });
        LockSet contribution = callerEntry.isTop() ? LockSet.TOP : here.union(callerEntry);
        LockSet old = entry[callee];
        LockSet next = old.meet(contribution).union(declaredAt[callee]);
        boolean changed = !next.equals(old);
        entry[callee] = next;
        Event.Call call = e.callIn(infos[m]);
        if (!constructor[callee]) {
          Need need = thisAcross(m, e, call);
          BitSet handed = need == null ? null // an object this path just made
              : need == Need.THIS ? shared[m]
              : need.param() >= 0 ? sharedParams.get(m).get(need.param())
              : contexts.contextsOf(m);
          if (handed != null && addTo(shared[callee], handed)) changed = true;
        }
        Map<Integer, BitSet> calleeParams = sharedParams.get(callee);
        if (calleeParams != null) {
          for (Map.Entry<Integer, BitSet> p : calleeParams.entrySet()) {
            BitSet handed = handedAs(p.getKey(), call, m, e.event());
            if (handed != null && addTo(p.getValue(), handed)) changed = true;
          }
        }
        if (changed) pending.set(position[callee]);
      }
    }
  }

  /**
   * The locks the caller holds at the call of edge {@code e} ({@code atCaller}: the caller's own
   * locks at each of its events). Code passed to a runner runs under the runner's own locks where
   * it runs it, and under those the runner's annotation says every caller holds.
   */
  static LockSet heldAtCall(CallGraph.Edge e, LockSet[] atCaller, Function<String, LockSet[]> held,
                            Function<String, LockSet> declaredOfRunner) {
    LockSet here = e.event() < atCaller.length ? atCaller[e.event()] : LockSet.EMPTY;
    if (e.callback()) {
      LockSet[] atRunner = held.apply(e.runner());
      if (e.runnerEvent() < atRunner.length) here = here.union(atRunner[e.runnerEvent()]);
      here = here.union(declaredOfRunner.apply(e.runner()));
    }
    return here;
  }

  /**
   * What a call path needs of a method's objects for an object the method works on to be one
   * others may reach: nothing more, its {@code this} ({@link #THIS}), or parameter {@code param}.
   */
  record Need(int param) {
    static final Need NOTHING = new Need(-1);
    static final Need THIS = new Need(-2);
  }

  /**
   * What caller {@code caller} must hold shared for the callee of {@code e} to get a shared
   * {@code this} through it; null when the call is on an object the caller made and kept.
   */
  private Need thisAcross(int caller, CallGraph.Edge e, Event.Call call) {
    Event.Receiver receiver = call == null ? e.receiver()
        : ownership.receiverOf(calls.id(caller), e.event(), call);
    return switch (receiver) {
      case FRESH -> null;
      case THIS -> Need.THIS;
      case OUTER, OTHER -> call == null ? Need.NOTHING
          : call.receiverObject().kind() == ObjectRef.Kind.PARAM ? new Need(call.receiverObject().param())
          : madeForIt(call.receiverObject()) ? Need.THIS
          : madeForParam(call.receiverObject()) ? new Need(call.receiverObject().param())
          : Need.NOTHING;
    };
  }

  /**
   * For a trace: what the caller of edge {@code e} must hold shared for the callee to hold what
   * {@code need} asks shared (see {@link Need}); null when no path through this call does.
   */
  Need across(int caller, CallGraph.Edge e, Need need) {
    if (need == Need.NOTHING) return Need.NOTHING;
    Event.Call call = e.callIn(program.method(calls.id(caller)));
    if (need == Need.THIS) return thisAcross(caller, e, call);
    ObjectRef passed = null;
    if (call != null) {
      for (Event.ObjectArg a : call.objectArgs()) {
        if (a.index() == need.param()) passed = a.object();
      }
    }
    if (passed == null) return Need.NOTHING;
    return switch (passed.kind()) {
      case THIS -> Need.THIS;
      case PARAM -> new Need(passed.param());
      case MADE_HERE, MADE_BY -> ownership.argumentOwned(calls.id(caller), e.event(), call,
          need.param(), passed) ? null : Need.NOTHING;
      case NONE, STATIC, HELD, PARAM_FIELD -> Need.NOTHING;
    };
  }

  /** Whether some call path may give the method, on {@code context}, what {@code need} asks shared. */
  boolean mayHold(int method, Need need, int context) {
    if (need == Need.NOTHING) return true;
    if (need == Need.THIS) return shared[method].get(context);
    Map<Integer, BitSet> params = sharedParams.get(method);
    BitSet p = params == null ? null : params.get(need.param());
    return p == null || p.get(context);
  }

  /**
   * Starts following parameter {@code index} of {@code method}: shared from the start on every
   * thread it runs on when callers outside the program may pass anything (an entry, a root);
   * otherwise shared only where some caller's argument turns out to be.
   */
  private Map<Integer, BitSet> follow(Map<Integer, BitSet> params, int index, String method) {
    Map<Integer, BitSet> out = params == null ? new HashMap<>(2) : params;
    out.computeIfAbsent(index, k -> calls.hasCallers(method) && !contexts.isRootEntry(method)
        ? new BitSet() : (BitSet) contexts.contextsOf(method).clone());
    return out;
  }

  /**
   * The program's methods in reverse postorder of the call graph (depth first from each method in
   * id order, without recursion: call chains can be thousands of calls deep), by number.
   */
  private static int[] reversePostorder(CallGraph calls) {
    int n = calls.methodCount();
    int[] post = new int[n];
    int done = 0;
    boolean[] seen = new boolean[n];
    // the path from the current root, with how many callees of each method were looked at
    int[] path = new int[16];
    int[] next = new int[16];
    for (int root = 0; root < n; root++) {
      if (seen[root]) continue;
      seen[root] = true;
      int depth = 0;
      path[0] = root;
      next[0] = 0;
      while (depth >= 0) {
        int m = path[depth];
        int[] targets = calls.calleeNumbers(m);
        if (next[depth] < targets.length) {
          int callee = targets[next[depth]++];
          if (!seen[callee]) {
            seen[callee] = true;
            if (++depth == path.length) {
              path = Arrays.copyOf(path, depth * 2);
              next = Arrays.copyOf(next, depth * 2);
            }
            path[depth] = callee;
            next[depth] = 0;
          }
        } else {
          post[done++] = m;
          depth--;
        }
      }
    }
    for (int i = 0, j = n - 1; i < j; i++, j--) {
      int t = post[i];
      post[i] = post[j];
      post[j] = t;
    }
    return post;
  }

  /** The receiver and the arguments of a call that may be the caller's own objects. */
  private static List<ObjectRef> objectsOf(Event.Call c) {
    if (c.objectArgs().isEmpty()) return List.of(c.receiverObject());
    List<ObjectRef> out = new ArrayList<>(c.objectArgs().size() + 1);
    out.add(c.receiverObject());
    for (Event.ObjectArg a : c.objectArgs()) out.add(a.object());
    return out;
  }

  /**
   * The threads on which the call (null: one the model has no event for) passes, as parameter
   * {@code index}, an object others may reach; null when it passes one the caller made and keeps.
   */
  private BitSet handedAs(int index, Event.Call call, int caller, int event) {
    ObjectRef passed = null;
    if (call != null) {
      for (Event.ObjectArg a : call.objectArgs()) {
        if (a.index() == index) passed = a.object();
      }
    }
    if (passed == null) return contexts.contextsOf(caller);
    return switch (passed.kind()) {
      case THIS -> shared[caller];
      case PARAM -> sharedParams.get(caller).get(passed.param());
      case MADE_HERE, MADE_BY -> ownership.argumentOwned(calls.id(caller), event, call, index, passed)
          ? null : contexts.contextsOf(caller);
      case NONE, STATIC, HELD, PARAM_FIELD -> contexts.contextsOf(caller);
    };
  }

  /**
   * Whether the object is one the caller's {@code this} holds in a field that only ever gets new
   * objects and hands them to nobody ({@code ObjectRef.Kind.HELD} of a field in
   * {@code ClassSharing.freshFields}), or one the caller has just made and stored there
   * ({@code ObjectRef.justMade}): where {@code this} is the path's own, so is that object.
   */
  private boolean madeForIt(ObjectRef o) {
    if (o.kind() != ObjectRef.Kind.HELD) return false;
    return o.justMade() || freshField(o);
  }

  /**
   * Whether the object is one a parameter's object holds in a field that only ever gets new
   * objects ({@code planner.dag} of a {@code Planner} whose {@code dag = new DAG()}): where the
   * parameter's object is the path's own, so is that object.
   */
  private boolean madeForParam(ObjectRef o) {
    return o.kind() == ObjectRef.Kind.PARAM_FIELD && freshField(o);
  }

  /** Whether every store of the object's field (of class {@code o.holder()}) gives a new object. */
  private boolean freshField(ObjectRef o) {
    dev.mapguard.model.ClassInfo holder = program.clazz(o.holder());
    return holder != null && holder.sharing().freshFields().contains(o.field());
  }

  /**
   * Whether the method runs on an object still being made: a constructor, or a callback the
   * runtime calls on a new object before handing it out (deserialisation, lifecycle init: see
   * lifecycle.tsv), whoever calls it.
   */
  private static boolean makesThis(MethodInfo m) {
    return m.kind() == MethodInfo.Kind.CONSTRUCTOR || m.kind() == MethodInfo.Kind.INSTANCE_INIT
        || m.is(MethodInfo.INIT_LIKE) && !m.is(MethodInfo.STATIC);
  }

  private static boolean startsOwned(MethodInfo m, CallGraph calls, ThreadContexts contexts,
                                     SelfRegistration registration) {
    if (m.is(MethodInfo.STATIC)) return false;
    // a constructor's this is an object no one else has, unless the class registers it as it is made
    if (makesThis(m)) return !registration.registersItself(m.classId());
    if (contexts.isRootEntry(m.id())) return contexts.isFreshEntry(m.id()) && !calls.hasCallers(m.id());
    return calls.hasCallers(m.id());
  }

  /** Locks every caller holds when the method runs (empty when unknown). */
  public LockSet of(String method) {
    int m = calls.number(method);
    LockSet s = m < 0 ? null : entry[m];
    return s == null || s.isTop() ? declared.apply(method) : s;
  }

  /** Adds {@code more} to {@code set}; whether that changed it. */
  private static boolean addTo(BitSet set, BitSet more) {
    int before = set.cardinality();
    set.or(more);
    return set.cardinality() != before;
  }

  /**
   * The threads on which some call path passes the method, as parameter {@code param}, an object
   * that other code may reach; null when that parameter is not followed.
   */
  public BitSet sharedParamIn(String method, int param) {
    int m = calls.number(method);
    Map<Integer, BitSet> params = m < 0 ? null : sharedParams.get(m);
    return params == null ? null : params.get(param);
  }

  /**
   * The threads on which some call path gives the method a {@code this} that other code may
   * reach; on its other threads its {@code this} is always an object the path made for itself.
   */
  public BitSet sharedIn(String method) {
    int m = calls.number(method);
    return m < 0 ? new BitSet() : shared[m];
  }
}
