package dev.mapguard.analysis;

import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.Event;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.ObjectRef;
import dev.mapguard.model.Program;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which objects a method makes stay its own when it passes them to the program's methods, as
 * RacerD's ownership does: an object made here ({@code new T(..)}), or returned by a factory of the
 * program (a method whose every return is a new object or null, {@code createWebXml()}), or
 * returned by a fluent call on such an object ({@code newJob().withIdentity(..)}: a method whose
 * every return is its own {@code this}), is the method's own until it may escape; handing it to a method of the program is an escape only when
 * that method keeps the parameter (stores it, captures it, gives it to library code, or hands it to
 * a method that does) or when the object's class hands {@code this} on.
 *
 * <p>Calls through such an object are calls on an object the path just made
 * ({@link Event.Receiver#FRESH}); the methods called on it race on its maps with nobody.
 */
final class ObjectOwnership {
  private final Program program;
  private final CallGraph calls;
  private final Function<String, MethodLayout> layouts;
  private final Map<String, Boolean> factories = new HashMap<>();
  private final Map<String, Boolean> kept = new HashMap<>();

  ObjectOwnership(Program program, CallGraph calls, Function<String, MethodLayout> layouts) {
    this.program = program;
    this.calls = calls;
    this.layouts = layouts;
  }

  /** Asked at every visit of an edge by the fixed points: kept per call event. */
  private final Map<Event.Call, Event.Receiver> receivers = new java.util.IdentityHashMap<>();
  private final Map<Event.Call, Map<Integer, Boolean>> arguments = new java.util.IdentityHashMap<>();

  /** The receiver of call event {@code event} of {@code method}, as ownership sees it. */
  Event.Receiver receiverOf(String method, int event, Event.Call call) {
    Event.Receiver r = call.receiver();
    if (r != Event.Receiver.OTHER || call.receiverObject().kind() == ObjectRef.Kind.NONE) return r;
    Event.Receiver known = receivers.get(call);
    if (known != null) return known;
    Event.Receiver resolved = ownedAt(method, event, call.receiverObject()) ? Event.Receiver.FRESH : r;
    receivers.put(call, resolved);
    return resolved;
  }

  /** Whether argument {@code index} of the call, the object {@code passed}, is the caller's own. */
  boolean argumentOwned(String method, int event, Event.Call call, int index, ObjectRef passed) {
    return arguments.computeIfAbsent(call, c -> new HashMap<>(2))
        .computeIfAbsent(index, i -> ownedAt(method, event, passed));
  }

  /** Whether the object {@code o} is the method's own at {@code event}. */
  boolean ownedAt(String method, int event, ObjectRef o) {
    return switch (o.kind()) {
      case MADE_HERE -> o.local() == null || !escapedBefore(method, event, o.local());
      case MADE_BY -> (factory(o.maker())
          || o.from() != null && fluent(o.maker()) && ownedAt(method, event, o.from()))
          && (o.local() == null || !escapedBefore(method, event, o.local()));
      default -> false;
    };
  }

  /**
   * Whether every method a call of {@code maker} may run returns the object it was called on
   * ({@code MethodInfo.RETURNS_THIS}: a fluent builder's setters), and its class does not hand
   * {@code this} on: the result of such a call on an object of the method's own is that object.
   */
  boolean fluent(String maker) {
    Boolean known = fluents.get(maker);
    if (known != null) return known;
    List<String> targets = calls.dispatch(maker, true);
    boolean all = !targets.isEmpty() && !thisEscapes(targets);
    for (String t : targets) {
      MethodInfo m = program.method(t);
      if (m == null || !m.is(MethodInfo.RETURNS_THIS)) {
        all = false;
        break;
      }
    }
    fluents.put(maker, all);
    return all;
  }

  private final Map<String, Boolean> fluents = new HashMap<>();

  /** Whether every method a call of {@code maker} may run returns only new objects (or null). */
  boolean factory(String maker) {
    Boolean known = factories.get(maker);
    if (known != null) return known;
    List<String> targets = calls.dispatch(maker, true);
    boolean all = !targets.isEmpty();
    for (String t : targets) {
      MethodInfo m = program.method(t);
      if (m == null || !m.is(MethodInfo.RETURNS_NEW)) {
        all = false;
        break;
      }
    }
    factories.put(maker, all);
    return all;
  }

  /**
   * Whether an event of the method that can run before {@code event} (or is it) hands the local's
   * object to code that may keep it.
   */
  private boolean escapedBefore(String method, int event, String local) {
    MethodInfo m = program.method(method);
    if (m == null) return true;
    List<Event> events = m.events();
    MethodLayout layout = null;
    for (int j = 0; j < events.size(); j++) {
      if (!(events.get(j) instanceof Event.Call c) || !handsOn(c, local)) continue;
      if (j != event) {
        if (layout == null) layout = layouts.apply(method);
        if (!layout.canReach(j, event)) continue;
      }
      if (escapesAt(c, local)) return true;
    }
    return false;
  }

  private static boolean handsOn(Event.Call c, String local) {
    if (local.equals(c.receiverObject().local())) return true;
    for (Event.ObjectArg a : c.objectArgs()) {
      if (local.equals(a.object().local())) return true;
    }
    return false;
  }

  /** Whether the call may keep the local's object: a callee keeps the parameter, or it escapes as this. */
  private boolean escapesAt(Event.Call c, String local) {
    List<String> targets = calls.dispatch(c);
    if (local.equals(c.receiverObject().local()) && thisEscapes(targets)) return true;
    for (Event.ObjectArg a : c.objectArgs()) {
      if (!local.equals(a.object().local())) continue;
      if (targets.isEmpty()) return true; // code outside the program
      for (String t : targets) {
        if (keeps(t, a.index(), new HashSet<>())) return true;
      }
    }
    return false;
  }

  /** Whether a class of the targets hands {@code this} on: others may reach the object. */
  private boolean thisEscapes(List<String> targets) {
    for (String t : targets) {
      MethodInfo m = program.method(t);
      ClassInfo c = m == null ? null : program.clazz(m.classId());
      if (c == null || c.sharing().thisEscapes()) return true;
    }
    return false;
  }

  /**
   * Whether the method keeps parameter {@code index}: its own body does, or it passes the
   * parameter on to a method that does, or calls a method on it whose class hands {@code this} on.
   */
  boolean keeps(String method, int index, Set<String> visiting) {
    String key = method + "/" + index;
    Boolean known = kept.get(key);
    if (known != null) return known;
    MethodInfo m = program.method(method);
    if (m == null || m.kind() == MethodInfo.Kind.LAMBDA) return true;
    if (m.keepsParam(index)) {
      kept.put(key, true);
      return true;
    }
    if (!visiting.add(key)) return false; // a cycle keeps nothing by itself
    boolean found = false;
    for (Event e : m.events()) {
      if (!(e instanceof Event.Call c)) continue;
      List<String> targets = null;
      ObjectRef r = c.receiverObject();
      if (r.kind() == ObjectRef.Kind.PARAM && r.param() == index) {
        targets = calls.dispatch(c);
        if (thisEscapes(targets)) found = true;
      }
      for (Event.ObjectArg a : c.objectArgs()) {
        if (found) break;
        if (a.object().kind() != ObjectRef.Kind.PARAM || a.object().param() != index) continue;
        if (targets == null) targets = calls.dispatch(c);
        if (targets.isEmpty()) found = true;
        for (String t : targets) {
          if (keeps(t, a.index(), visiting)) {
            found = true;
            break;
          }
        }
      }
      if (found) break;
    }
    visiting.remove(key);
    if (found || visiting.isEmpty()) kept.put(key, found);
    return found;
  }
}
