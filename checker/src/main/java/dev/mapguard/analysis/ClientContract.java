package dev.mapguard.analysis;

import dev.mapguard.model.AccessKind;
import dev.mapguard.model.CellRef;
import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.ClassSharing;
import dev.mapguard.model.Event;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.ObjectRef;
import dev.mapguard.model.Program;
import dev.mapguard.model.StaticObject;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may call the program concurrently: the client contract. The calling thread stands for a
 * client calling the program's API. Client threads share state every client reaches (static maps,
 * enum constants, objects held in static fields) and objects of classes meant to be shared
 * ({@code @ThreadSafe}, volatile, lock or java.util.concurrent fields, synchronized code,
 * documented thread-safe) where the map itself is written under a lock ({@link #sharedByClients}).
 * Any other client object is used by one client thread at a time, and races only with threads the
 * program itself hands that object to. So an access the calling thread makes to a map of a
 * client's object (reached as {@code this}, as the enclosing instance of an inner object, or
 * through the objects the client's object holds, from the method the client called: see
 * {@link EntryObjects}) does not race with another thread unless that thread can reach the
 * client's object:
 *
 * <ul>
 *   <li>the thread runs code of a class the object may be (a task written in that class or in a
 *       class nested in it, capturing its {@code this}: the program handed the object over);
 *   <li>code of such a class hands {@code this} on (an argument, a field, an array), or an inner
 *       object of it hands itself on: others may reach the object;
 *   <li>code the thread may reach keeps a parameter of a type the object has, or an inner object of
 *       it (a field, a collection, a capture), or any code keeps one in a static field: the client
 *       may have given its object to the program. Not for a class documented not thread-safe:
 *       a client that hands such an object over must stop using it.
 * </ul>
 *
 * The classes an object may be are those of {@link ClassHierarchy#related}: the declared class,
 * its subclasses, and what they inherit from; not its siblings (a HashMultiset is never a
 * ConcurrentHashMultiset). Static maps, and maps that came from outside the object (a field filled
 * from a parameter), are never separated by this.
 */
final class ClientContract {
  private final Program program;
  private final Cells cells;
  private final EntryObjects entryObjects;
  /** By context: the classes whose code its roots run (with the classes around them). */
  private final List<Set<String>> carried = new ArrayList<>();
  private final ClassHierarchy hierarchy;
  private final CallGraph calls;
  private final ThreadContexts contexts;
  private final Map<String, Boolean> reach = new HashMap<>();
  /** For each type, the classes whose code keeps parameters of that type. */
  private final Map<String, List<String>> keepers = new HashMap<>();
  /** Types of parameters kept where any thread may reach them (static fields). */
  private final Set<String> keptGlobally = new HashSet<>();
  private final Set<String> synchronizing = new HashSet<>();
  /** Classes an inner object of which hands itself on. */
  private final Set<String> reachedThroughInner = new HashSet<>();
  /** For each class, the classes whose code keeps inner objects of it (which hold it). */
  private final Map<String, List<String>> keepersOfInner = new HashMap<>();
  /** Cells some access writes under a lock. */
  private final Set<String> lockedWrites = new HashSet<>();

  ClientContract(Program program, CallGraph calls, ThreadContexts contexts, Cells cells,
                 EntryObjects entryObjects, Map<String, List<AccessSite>> sitesByCell) {
    this.program = program;
    for (Map.Entry<String, List<AccessSite>> e : sitesByCell.entrySet()) {
      for (AccessSite a : e.getValue()) {
        if (a.kind() == AccessKind.WRITE && !a.locks().isEmpty()) {
          lockedWrites.add(e.getKey());
          break;
        }
      }
    }
    this.entryObjects = entryObjects;
    this.cells = cells;
    this.hierarchy = calls.hierarchy();
    this.calls = calls;
    this.contexts = contexts;
    for (ClassInfo c : program.classes().values()) {
      for (String t : c.sharing().acceptedTypes()) {
        keepers.computeIfAbsent(t, k -> new ArrayList<>()).add(c.id());
        // an inner object holds its enclosing instance: where it goes, the outer object goes too,
        // so its keepers keep the outer object as well
        ClassInfo kept = program.clazz(t);
        if (kept != null) {
          Set<String> outers = new HashSet<>();
          addEnclosing(kept.outer(), outers);
          for (String o : outers) keepersOfInner.computeIfAbsent(o, k -> new ArrayList<>()).add(c.id());
        }
      }
      keptGlobally.addAll(c.sharing().keptGlobally());
      if (c.sharing().thisEscapes()) addEnclosing(c.outer(), reachedThroughInner);
    }
    for (MethodInfo m : program.methodsInAnyOrder()) {
      if (m.is(MethodInfo.SYNCHRONIZED) || m.is(MethodInfo.SYNCHRONIZES) || m.is(MethodInfo.LOCKS_EXPLICITLY)) {
        synchronizing.add(m.classId());
      }
    }
    for (int c = 0; c < contexts.size(); c++) carried.add(new HashSet<>());
    boolean changed = true;
    while (changed) { // a root started by code on another root carries what that root carries
      changed = false;
      for (ThreadRoot r : contexts.roots()) {
        int c = contexts.contextOf(r);
        if (c <= ThreadContexts.MAIN) continue;
        Set<String> to = carried.get(c);
        int before = to.size();
        for (String e : r.entries()) addClasses(program.method(e), to);
        if (r.spawner() != null) {
          addClasses(program.method(r.spawner()), to);
          BitSet on = contexts.contextsOf(r.spawner());
          for (int s = on.nextSetBit(1); s >= 0; s = on.nextSetBit(s + 1)) to.addAll(carried.get(s));
        }
        changed |= to.size() != before;
      }
    }
  }

  private void addEnclosing(String classId, Set<String> to) {
    for (ClassInfo c = classId == null ? null : program.clazz(classId); c != null;
         c = c.outer() == null ? null : program.clazz(c.outer())) {
      if (!to.add(c.id())) return;
    }
  }

  /** The class of the method and the classes it is nested in. */
  private void addClasses(MethodInfo m, Set<String> to) {
    if (m == null) return;
    to.add(m.classId());
    addEnclosing(m.classId(), to);
  }

  /**
   * Whether the access, made on the calling thread, is to a map of a client's own object that code
   * on {@code otherContext} cannot reach.
   */
  boolean separates(AccessSite onMain, int otherContext) {
    Event.Receiver r = onMain.access().receiver();
    if (onMain.via() != null || onMain.ownFrame()
        || r != Event.Receiver.THIS && r != Event.Receiver.OUTER) {
      return false;
    }
    if (!(onMain.access().cell() instanceof CellRef.Field fieldCell)) return false;
    FieldInfo field = program.field(fieldCell.id());
    if (field == null || field.isStatic() || !cells.facts(onMain.cell()).onlyFresh()) return false;
    if (!entryObjects.onClientObject(onMain.method())) return false;
    // the client's object: an instance of the method's class (or, through an enclosing instance,
    // of the field's), or of a subclass
    MethodInfo m = program.method(onMain.method());
    String type = r == Event.Receiver.THIS && m != null ? m.classId() : field.classId();
    if (reachable(type, otherContext, new HashSet<>())) return false;
    // an object a client's object holds: the thread reaches it if it reaches any of its holders
    for (String holder : entryObjects.holders(onMain.method())) {
      if (reachable(holder, otherContext, new HashSet<>())) return false;
    }
    return true;
  }

  /**
   * Whether client threads may make this access at the same time on one map: the map is state
   * every client shares, a static field, a field of an enum constant, or a field of an object a
   * static field holds, reached as {@code this} from the call on that object; or a field of an
   * object of a class meant to be shared that the class writes under a lock somewhere. (Where a
   * guard is declared or inferred, the guard rules report those races: see UnguardedMapAccess.)
   */
  boolean sharedByClients(AccessSite s) {
    return whyClientsShare(s) != null;
  }

  /** Why clients share the map this access touches ({@link #sharedByClients}), or null. */
  String whyClientsShare(AccessSite s) {
    if (s.owned() || s.ownFrame() || s.via() != null) return null;
    if (!contexts.reachedFromApi(s.method())) return null;
    if (!(s.access().cell() instanceof CellRef.Field fieldCell)) return null;
    FieldInfo field = program.field(fieldCell.id());
    if (field == null) return null;
    if (field.isStatic()) return "a static field";
    Event.Receiver r = s.access().receiver();
    if (r != Event.Receiver.THIS && r != Event.Receiver.OUTER) return null;
    ClassInfo owner = program.clazz(field.classId());
    if (owner != null && "java.lang.Enum".equals(owner.superclass())) {
      return "a field of an enum constant";
    }
    Singleton holder = heldStatically().get(s.method());
    // a singleton handed out by a method shares the maps it made itself; one given a map (an empty,
    // unmodifiable one for a shared EMPTY constant) is not known to share a map anyone writes
    if (holder != null && (!holder.handedOut() || cells.facts(s.cell()).onlyFresh())) {
      return "a field of the object " + staticDisplay(holder.fieldId()) + " holds";
    }
    if (owner != null && lockedWrites.contains(s.cell()) && meantForSharing(owner)) {
      return "a field of " + owner.display() + ", a class meant to be shared (it synchronizes, and"
          + " this map is written under a lock)";
    }
    return null;
  }

  private Map<String, Singleton> heldStatically;

  /**
   * How a method's {@code this} may be a singleton: the static field holding it, the class that
   * bounds what {@code this} may be along calls on it (their targets are of a class related to it),
   * and whether a method hands it out rather than the program calling it.
   */
  private record Singleton(String fieldId, String scope, boolean handedOut) {
    Singleton within(String classId) {
      return new Singleton(fieldId, classId, handedOut);
    }
  }

  /** Whether the class, or a class of the program it extends, is documented not thread-safe. */
  private boolean notThreadSafe(String type) {
    ClassInfo c = program.clazz(type);
    if (c == null) return false;
    if (c.sharing().evidence() == ClassSharing.Evidence.NOT_THREAD_SAFE) return true;
    for (String t : c.sharing().supertypes()) {
      ClassInfo sup = program.clazz(t);
      if (sup != null && sup.sharing().evidence() == ClassSharing.Evidence.NOT_THREAD_SAFE) return true;
    }
    return false;
  }

  /**
   * Whether objects of the class are meant to be used by several client threads: it says so
   * ({@code @ThreadSafe}, documented thread-safe, volatile, lock or java.util.concurrent fields)
   * or its code synchronizes, and it does not say the opposite.
   */
  private boolean meantForSharing(ClassInfo c) {
    ClassSharing.Evidence e = c.sharing().evidence();
    return e == ClassSharing.Evidence.SHARED
        || e != ClassSharing.Evidence.NOT_THREAD_SAFE && synchronizing.contains(c.id());
  }

  /**
   * The methods whose {@code this} may be an object a static field or an enum constant holds (a
   * singleton every client shares), with such a field: those called on one, those a client may
   * call on one a method of the program hands out ({@code getSharedInstance()}), and those they
   * call on {@code this} or on an object {@code this} holds (a held field: it belongs with the
   * singleton, followed where the call has one target).
   */
  private Map<String, Singleton> heldStatically() {
    if (heldStatically != null) return heldStatically;
    Map<String, Singleton> out = new HashMap<>();
    IntQueue work = new IntQueue();
    for (MethodInfo m : program.methodsInAnyOrder()) {
      List<Event> events = m.events();
      for (Event e : events) {
        if (!(e instanceof Event.Call c) || c.receiverObject().kind() != ObjectRef.Kind.STATIC) continue;
        for (String target : calls.dispatch(c)) {
          MethodInfo t = program.method(target);
          if (t == null || t.kind() == MethodInfo.Kind.CONSTRUCTOR) continue;
          Singleton held = new Singleton(c.receiverObject().field(), scopeOf(c, t), false);
          if (out.putIfAbsent(target, held) == null) work.add(calls.number(target));
        }
      }
      // a public accessor: any client gets the object (a protected one is for subclasses, which
      // take on the class's own discipline for it)
      if (!program.staticsReturnedBy(m.id()).isEmpty() && m.is(MethodInfo.PUBLIC)
          && contexts.reachedFromApi(m.id())) {
        for (StaticObject o : program.staticsReturnedBy(m.id())) handedOut(o, out, work);
      }
    }
    while (!work.isEmpty()) {
      int m = work.poll();
      if (m < 0) continue;
      Singleton held = out.get(calls.id(m));
      int[] targets = calls.calleeNumbers(m);
      List<CallGraph.Edge> edges = calls.calleesOf(m);
      MethodInfo caller = null;
      for (int k = 0; k < targets.length; k++) {
        CallGraph.Edge edge = edges.get(k);
        Event.Receiver r = edge.receiver();
        MethodInfo t = program.method(calls.id(targets[k]));
        if (t == null) continue;
        Singleton to;
        if (r == Event.Receiver.THIS) {
          // a call on this reaches only the overrides an object of the singleton's class may run
          if (!hierarchy.related(held.scope()).contains(t.classId())) continue;
          to = held;
        } else if (r == Event.Receiver.OUTER) {
          to = held.within(t.classId());
        } else {
          if (caller == null) caller = program.method(calls.id(m));
          Event.Call c = heldFieldCall(caller, edge);
          // the held object's class is known only where the call has one target: past a call
          // that may reach many classes, their other objects are not the singleton's
          if (c == null || calls.dispatch(c).size() != 1) continue;
          to = held.within(scopeOf(c, t));
        }
        if (out.putIfAbsent(t.id(), to) == null) work.add(targets[k]);
      }
    }
    heldStatically = out;
    return out;
  }

  /** The class bounding the receiver of a call: its static type, else the target's class. */
  private static String scopeOf(Event.Call c, MethodInfo target) {
    return c.receiverType() != null ? c.receiverType().classId() : target.classId();
  }

  /**
   * A static field's object that a method clients call hands out: clients may call any public
   * method of it, at once. Its class is the field's declared class or a subclass.
   */
  private void handedOut(StaticObject o, Map<String, Singleton> out, IntQueue work) {
    Singleton held = new Singleton(o.fieldId(), o.classId(), true);
    for (String c : hierarchy.related(o.classId())) {
      for (MethodInfo m : methodsOf(c)) {
        if (m.is(MethodInfo.STATIC) || !m.is(MethodInfo.PUBLIC) || m.isConstruction()
            || m.kind() == MethodInfo.Kind.LAMBDA || !contexts.reachedFromApi(m.id())) {
          continue;
        }
        if (out.putIfAbsent(m.id(), held) == null) work.add(calls.number(m.id()));
      }
    }
  }

  private Map<String, List<MethodInfo>> methodsByClass;

  private List<MethodInfo> methodsOf(String classId) {
    if (methodsByClass == null) {
      methodsByClass = new HashMap<>();
      for (MethodInfo m : program.methodsInAnyOrder()) {
        methodsByClass.computeIfAbsent(m.classId(), k -> new ArrayList<>()).add(m);
      }
    }
    return methodsByClass.getOrDefault(classId, List.of());
  }

  /** The edge's call when it is on an object its caller's {@code this} holds in a held field, or null. */
  private Event.Call heldFieldCall(MethodInfo caller, CallGraph.Edge edge) {
    Event.Call c = edge.callIn(caller);
    return c != null && EntryObjects.heldObject(c, program) != null ? c : null;
  }

  /** How a message names the static field (or enum constant) that holds a shared object. */
  private String staticDisplay(String fieldId) {
    FieldInfo f = program.field(fieldId);
    if (f != null) return f.display();
    int hash = fieldId.indexOf('#');
    ClassInfo c = hash < 0 ? null : program.clazz(fieldId.substring(0, hash));
    return c == null ? "a static field" : c.display() + "." + fieldId.substring(hash + 1);
  }

  /**
   * Whether code on {@code context} may reach an object whose class is {@code type} (or a subclass)
   * that a client holds: the thread runs code of its classes, the object is meant for sharing or
   * hands itself on, or code the thread may reach keeps objects of its type (or code keeps them in
   * a static field). Kept per type and context.
   */
  private boolean reachable(String type, int context, Set<String> visiting) {
    String key = type + "@" + context;
    Boolean known = reach.get(key);
    if (known != null) return known;
    if (!visiting.add(type)) return false; // a cycle of keepers: decided by the other paths
    boolean found = computeReachable(type, context, visiting);
    visiting.remove(type);
    // an answer reached inside a cycle may have missed a path through the rest of the cycle
    if (visiting.isEmpty() || found) reach.put(key, found);
    return found;
  }

  private boolean computeReachable(String type, int context, Set<String> visiting) {
    Set<String> classes = hierarchy.related(type);
    Set<String> carriedHere = carried.get(context);
    Set<String> types = new HashSet<>();
    // an object of a class documented not thread-safe that the client hands to the program is the
    // client's to stop using while the program's threads may: only the program's own hand-offs count
    boolean handedOnAtClientsRisk = notThreadSafe(type);
    for (String id : classes) {
      if (carriedHere.contains(id) || reachedThroughInner.contains(id)) return true;
      types.add(id);
      ClassInfo c = program.clazz(id);
      if (c == null) continue;
      ClassSharing s = c.sharing();
      if (s.thisEscapes()) return true;
      types.addAll(s.supertypes());
      if (handedOnAtClientsRisk) continue;
      for (String keeper : keepersOfInner.getOrDefault(id, List.of())) {
        if (reachable(keeper, context, visiting)) return true;
      }
    }
    if (handedOnAtClientsRisk) return false;
    for (String t : types) {
      if (keptGlobally.contains(t)) return true;
      for (String keeper : keepers.getOrDefault(t, List.of())) {
        if (reachable(keeper, context, visiting)) return true;
      }
    }
    return false;
  }
}
