package dev.mapguard.analysis;

import dev.mapguard.model.Event;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contexts flowing through the call graph together with what the running {@code this} can be. A
 * template method ({@code LifecycleBase.start()} calling its abstract {@code startInternal()}) is
 * entered by a thread on an object of some static type: a task that starts a child
 * {@code Container} runs {@code start()} on a Container, so the {@code this.startInternal()} inside
 * runs the overrides a Container may have, not a {@code Connector}'s. Along calls on {@code this}
 * a context keeps the bound its template method was entered with; any other call starts afresh.
 *
 * <p>A bound is only kept on entry to a template method (one whose calls on {@code this}, directly
 * or through its callees on {@code this}, dispatch to more than one method): everywhere else a
 * context flows as it did, one bit per context.
 */
final class ReceiverBounds {
  /**
   * A context, the static type its {@code this} is known to have (null: any), and the parameters
   * of the method it enters that the call passed as the literal {@code null} (bits by index; only
   * those the method tests or calls on, and only on entry: see {@link Event.NullFacts}).
   */
  private record Flow(int context, String bound, int nulls) {}

  private final Program program;
  private final CallGraph calls;
  private final List<Flow> flows = new ArrayList<>();
  private final Map<Flow, Integer> index = new HashMap<>();
  /** The flows that carry a bound or null parameters: they cannot flow one bit per context. */
  private final BitSet bounded = new BitSet();
  /** By method number: the flows that reach it. */
  private final BitSet[] reaching;
  /** By method number: whether it is a template method. */
  private final BitSet template;

  ReceiverBounds(Program program, CallGraph calls) {
    this.program = program;
    this.calls = calls;
    this.reaching = new BitSet[calls.methodCount()];
    this.template = templates(calls);
    this.nullFactsOf = new Event.NullFacts[calls.methodCount()][];
  }

  /** The context enters the method with nothing known about its {@code this}. */
  void enter(int method, int context) {
    at(method).set(flowNumber(context, null, 0));
  }

  /** Carries the flows of {@code caller} along the edge; whether the callee gained one. */
  boolean flow(int caller, int k, CallGraph.Edge edge, int callee) {
    BitSet from = reaching[caller];
    if (from == null || from.isEmpty()) return false;
    BitSet to = at(callee);
    int before = to.cardinality();
    boolean onThis = edge.receiver() == Event.Receiver.THIS;
    String introduced = !onThis && template.get(callee)
        ? introducedBy.computeIfAbsent(edge, this::staticReceiverTypeOrNone) : null;
    if (introduced != null && introduced.isEmpty()) introduced = null;
    Event.NullFacts nullFacts = nullFacts(caller, k);
    boolean special = from.intersects(bounded);
    if (introduced == null && !special
        && (nullFacts.nullArgs() == 0 || (nullFacts.nullArgs() & tested(callee)) == 0)) {
      to.or(from);
      return to.cardinality() != before;
    }
    String calleeClass = classOf(callee);
    for (int f = from.nextSetBit(0); f >= 0; f = from.nextSetBit(f + 1)) {
      Flow fl = flows.get(f);
      // the call is made only when parameters this flow entered with as null are not
      if ((fl.nulls() & nullFacts.needsNonNull()) != 0) continue;
      String bound;
      if (onThis) {
        bound = fl.bound();
        // an object of the bound's type cannot run this override: not on this flow
        if (bound != null && calleeClass != null
            && !calls.hierarchy().related(bound).contains(calleeClass)) {
          continue;
        }
      } else {
        bound = introduced;
      }
      int nulls = nullFacts.nullsInto(fl.nulls());
      if (nulls != 0) nulls &= tested(callee);
      to.set(flowNumber(fl.context(), bound, nulls));
    }
    return to.cardinality() != before;
  }

  /**
   * What the call of edge {@code k} of {@code caller} ({@link CallGraph#calleesOf} order) says
   * about null; looked up once per method, as the fixed point visits its edges again and again.
   */
  private Event.NullFacts nullFacts(int caller, int k) {
    Event.NullFacts[] known = nullFactsOf[caller];
    if (known == null) {
      List<CallGraph.Edge> edges = calls.calleesOf(caller);
      MethodInfo info = program.method(calls.id(caller));
      known = new Event.NullFacts[edges.size()];
      for (int i = 0; i < known.length; i++) known[i] = edges.get(i).nullFactsIn(info);
      nullFactsOf[caller] = known;
    }
    return known[k];
  }

  /** By method number: what its calls say about null, by edge (see {@link #nullFacts}). */
  private final Event.NullFacts[][] nullFactsOf;
  /** By method number: the parameters some call of the method needs not null (-1: not known yet). */
  private int[] tested;

  /**
   * The parameters of the method that some call it makes needs not to be null, directly or by
   * passing the parameter on to a method that does.
   */
  private int tested(int method) {
    if (tested == null) {
      tested = new int[calls.methodCount()];
      java.util.Arrays.fill(tested, UNKNOWN);
    }
    if (tested[method] == IN_PROGRESS) return 0; // a cycle adds nothing by itself
    if (tested[method] != UNKNOWN) return tested[method];
    tested[method] = IN_PROGRESS;
    int bits = 0;
    int[] targets = calls.calleeNumbers(method);
    for (int k = 0; k < targets.length; k++) {
      Event.NullFacts f = nullFacts(method, k);
      bits |= f.needsNonNull();
      if (f.forwards() != null) bits |= f.fromCallee(tested(targets[k]));
    }
    tested[method] = bits;
    return bits;
  }

  private static final int UNKNOWN = -1;
  private static final int IN_PROGRESS = -2;

  /** The contexts that reach the method, or null for none. */
  BitSet contextsOf(int method) {
    BitSet r = reaching[method];
    if (r == null || r.isEmpty()) return null;
    BitSet out = new BitSet();
    for (int f = r.nextSetBit(0); f >= 0; f = r.nextSetBit(f + 1)) out.set(flows.get(f).context());
    return out;
  }

  private BitSet at(int method) {
    BitSet b = reaching[method];
    if (b == null) reaching[method] = b = new BitSet();
    return b;
  }

  private int flowNumber(int context, String bound, int nulls) {
    if (nulls != 0) return special(new Flow(context, bound, nulls));
    int[] byContext = byBound.computeIfAbsent(bound == null ? "" : bound, b -> new int[0]);
    if (context < byContext.length && byContext[context] > 0) return byContext[context] - 1;
    Flow f = new Flow(context, bound, 0);
    Integer known = index.get(f);
    int i;
    if (known != null) {
      i = known;
    } else {
      i = flows.size();
      flows.add(f);
      index.put(f, i);
      if (bound != null) bounded.set(i);
    }
    if (context >= byContext.length) {
      byContext = java.util.Arrays.copyOf(byContext, Math.max(context + 1, byContext.length * 2));
      byBound.put(bound == null ? "" : bound, byContext);
    }
    byContext[context] = i + 1;
    return i;
  }

  /** The number of a flow with null parameters (rare: looked up in the index alone). */
  private int special(Flow f) {
    Integer known = index.get(f);
    if (known != null) return known;
    int i = flows.size();
    flows.add(f);
    index.put(f, i);
    bounded.set(i);
    return i;
  }

  /** Flow numbers by bound ("" for none) and context, plus one (0: not made yet). */
  private final Map<String, int[]> byBound = new HashMap<>();

  private String classOf(int method) {
    MethodInfo m = program.method(calls.id(method));
    return m == null ? null : m.classId();
  }

  /** Per edge into a template method: the bound it introduces ("" for none). */
  private final Map<CallGraph.Edge, String> introducedBy = new java.util.IdentityHashMap<>();

  private String staticReceiverTypeOrNone(CallGraph.Edge edge) {
    String t = staticReceiverType(edge);
    if (t == null) return "";
    // a bound that rules out none of the overrides the template can reach on this changes nothing
    Set<String> allowed = calls.hierarchy().related(t);
    int callee = calls.number(edge.callee());
    for (String c : classesOnThis(callee)) {
      if (!allowed.contains(c)) return t;
    }
    return "";
  }

  private final Map<Integer, Set<String>> classesOnThis = new HashMap<>();

  /** The classes of the methods a method reaches through calls on {@code this}, itself included. */
  private Set<String> classesOnThis(int method) {
    Set<String> known = classesOnThis.get(method);
    if (known != null) return known;
    Set<String> out = new java.util.HashSet<>();
    BitSet seen = new BitSet();
    IntQueue work = new IntQueue();
    seen.set(method);
    work.add(method);
    while (!work.isEmpty()) {
      int m = work.poll();
      String c = classOf(m);
      if (c != null) out.add(c);
      int[] targets = calls.calleeNumbers(m);
      List<CallGraph.Edge> edges = calls.calleesOf(m);
      for (int k = 0; k < targets.length; k++) {
        if (edges.get(k).receiver() == Event.Receiver.THIS && !seen.get(targets[k])) {
          seen.set(targets[k]);
          work.add(targets[k]);
        }
      }
    }
    classesOnThis.put(method, out);
    return out;
  }

  /** The static type of the receiver of the call the edge stands for, when the model knows it. */
  private String staticReceiverType(CallGraph.Edge edge) {
    Event.Call call = edge.callIn(program.method(edge.caller()));
    if (call == null) return null;
    if (call.receiverClass() != null) return call.receiverClass();
    int hash = call.target().indexOf('#');
    return hash < 0 ? null : call.target().substring(0, hash);
  }

  /**
   * Methods whose calls on {@code this} dispatch to more than one method, directly or through
   * callees they call on {@code this}.
   */
  private static BitSet templates(CallGraph calls) {
    int n = calls.methodCount();
    BitSet out = new BitSet(n);
    for (int m = 0; m < n; m++) {
      List<CallGraph.Edge> edges = calls.calleesOf(m);
      Map<Integer, Integer> perEvent = new HashMap<>();
      for (CallGraph.Edge e : edges) {
        if (e.receiver() == Event.Receiver.THIS && !e.callback()
            && perEvent.merge(e.event(), 1, Integer::sum) > 1) {
          out.set(m);
          break;
        }
      }
    }
    IntQueue work = new IntQueue();
    for (int m = out.nextSetBit(0); m >= 0; m = out.nextSetBit(m + 1)) work.add(m);
    while (!work.isEmpty()) {
      int m = work.poll();
      for (CallGraph.Edge e : calls.callersOf(calls.id(m))) {
        if (e.receiver() != Event.Receiver.THIS) continue;
        int caller = calls.number(e.caller());
        if (caller >= 0 && !out.get(caller)) {
          out.set(caller);
          work.add(caller);
        }
      }
    }
    return out;
  }
}
