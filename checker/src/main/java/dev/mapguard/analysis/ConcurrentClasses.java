package dev.mapguard.analysis;

import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.ClassSharing;
import dev.mapguard.model.DeclaredField;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.LockRef;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which objects the program uses from several threads at once: the reporting policy for maps held
 * in instance fields (as RacerD's for code without annotations). MapGuard does not tell one object
 * of a class from another, so two threads that reach a class's code would be taken to reach one
 * object. For a class that shows no sign of concurrent use that is mostly false: its objects are
 * made and used by one thread, or passed from thread to thread through a safe hand-off (an
 * executor, a queue, a future) and used by each in turn. So a map in an instance field races only
 * when its object is one of these:
 *
 * <ul>
 *   <li>an object of a class that says it is shared ({@code @ThreadSafe}, documented thread-safe, a
 *       volatile, lock or java.util.concurrent field), itself, through a class it extends or a class
 *       it is nested in, and does not say it is not thread-safe;
 *   <li>an object whose class's code runs on a thread the program starts (a task or thread written
 *       in the class or a class nested in it, a framework method it overrides: a servlet, a
 *       handler, a timer task) or starts one: that thread runs on the object;
 *   <li>an object such a threaded object holds: the declared type of one of its instance fields, or
 *       of a parameter its code keeps (in a field, a collection, a capture), with the classes
 *       around an inner object it holds. One step only: an object held deeper down is some object
 *       of that class, and which one MapGuard cannot tell;
 *   <li>an object that registers itself with others as it is made (its constructor hands
 *       {@code this} on): those it registers with may use it from their threads;
 *   <li>a map some access of which holds a lock of its holder, or of the class whose code makes the
 *       access (its monitor, its class's, a lock in a field of that class or the map itself, one a
 *       method of that class returns): whoever wrote it expected other threads.
 * </ul>
 *
 * Static maps, captured locals and maps known only through parameters are not affected: each is one
 * object, or one the analysis follows. Nor are objects every client shares (enum constants,
 * objects in static fields: {@link ClientContract#sharedByClients}), checked per access by the
 * caller. A synchronized method alone does not make a class shared: it guards what it touches, and
 * a map it touches is a locked map.
 */
final class ConcurrentClasses {
  private final Program program;
  private final ClassHierarchy hierarchy;
  private final Cells cells;
  private final SelfRegistration registration;
  /** Classes whose code runs on a thread the program starts, or which start one. */
  private final Set<String> threaded = new HashSet<>();
  private final Set<String> lockedCells = new HashSet<>();
  private final Map<String, Boolean> byCell = new HashMap<>();
  /** By class: the classes whose locks count as its own (see {@link #ownClasses}). */
  private final Map<String, Set<String>> ownByClass = new HashMap<>();
  private Set<String> shared;

  ConcurrentClasses(Program program, ThreadContexts contexts, Cells cells, ClassHierarchy hierarchy,
                    Map<String, List<AccessSite>> sitesByCell, SelfRegistration registration) {
    this.program = program;
    this.registration = registration;
    this.hierarchy = hierarchy;
    this.cells = cells;
    for (ThreadRoot r : contexts.roots()) {
      for (String e : r.entries()) addClassOf(e);
      if (r.spawner() != null) addClassOf(r.spawner());
    }
    for (Map.Entry<String, List<AccessSite>> e : sitesByCell.entrySet()) {
      FieldInfo field = cells.facts(e.getKey()).field();
      if (field == null || field.isStatic()) continue;
      for (AccessSite a : e.getValue()) {
        if (a.locks().isEmpty()) continue;
        MethodInfo m = program.method(a.method());
        if (lockedByOwner(a.locks(), ownClasses(field.classId()))
            || m != null && lockedByOwner(a.locks(), ownClasses(m.classId()))) {
          lockedCells.add(e.getKey());
          break;
        }
      }
    }
  }

  /** The class, the classes it is nested in and the classes it extends: whose locks are its own. */
  private Set<String> ownClasses(String classId) {
    return ownByClass.computeIfAbsent(classId, id -> {
      Set<String> around = new HashSet<>();
      addWithOuters(id, around);
      Set<String> out = new HashSet<>(around);
      for (String c : around) out.addAll(program.clazz(c).sharing().supertypes());
      out.add(id);
      return out;
    });
  }

  /**
   * Whether one of the locks belongs to one of the classes: a monitor, a class's, or a lock held in
   * a field of one of them (the map itself included). A lock some caller far up the chain holds
   * for its own state says nothing about the map.
   */
  private boolean lockedByOwner(LockSet locks, Set<String> own) {
    for (LockRef l : locks.locks()) {
      String owner = switch (l.kind()) {
        case THIS, CLASS -> l.id();
        case FIELD, CALL -> declaringClass(l.id());
        case LOCAL -> null;
      };
      if (owner != null && own.contains(owner)) return true;
    }
    return false;
  }

  /** The class declaring a field or method (ids are {@code class#member}). */
  private String declaringClass(String memberId) {
    FieldInfo f = program.field(memberId);
    if (f != null) return f.classId();
    int hash = memberId.indexOf('#');
    return hash < 0 ? null : memberId.substring(0, hash);
  }

  private void addClassOf(String method) {
    MethodInfo m = program.method(method);
    if (m != null) threaded.add(m.classId());
  }

  /** Whether accesses to this map may touch one object from two threads (see the class comment). */
  boolean mayBeShared(String cellId) {
    return byCell.computeIfAbsent(cellId, this::decide);
  }

  private boolean decide(String cellId) {
    FieldInfo field = cells.facts(cellId).field();
    if (field == null || field.isStatic() || lockedCells.contains(cellId)) return true;
    if (program.clazz(field.classId()) == null) return true;
    if (shared == null) shared = sharedClasses();
    return shared.contains(field.classId());
  }

  private Set<String> sharedClasses() {
    Set<String> out = new HashSet<>();
    Set<String> threadedObjects = new HashSet<>();
    for (String t : threaded) addWithOuters(t, threadedObjects);
    out.addAll(threadedObjects);
    for (ClassInfo c : program.classes().values()) {
      if (c.sharing().evidence() == ClassSharing.Evidence.SHARED || registration.registersItself(c.id())) {
        out.add(c.id());
      }
    }
    // what a threaded object holds, one step down
    Set<String> parts = new HashSet<>();
    for (String t : threadedObjects) {
      ClassInfo c = program.clazz(t);
      if (c == null) continue;
      for (DeclaredField f : c.fields()) {
        if (!f.isStatic()) addHeld(f.typeId(), out, parts);
      }
      for (String kept : c.sharing().acceptedTypes()) addHeld(kept, out, parts);
    }
    // an object of a subclass of a shared class is used the same way, and so are the classes nested
    // in one that says it is shared (its parts), unless the class itself says it is not thread-safe
    boolean changed = true;
    while (changed) {
      changed = false;
      for (ClassInfo c : program.classes().values()) {
        if (out.contains(c.id()) || notThreadSafe(c)) continue;
        if (inheritsShared(c, out)) {
          out.add(c.id());
          changed = true;
        }
      }
    }
    out.addAll(parts);
    return out;
  }

  private boolean inheritsShared(ClassInfo c, Set<String> shared) {
    for (String t : c.sharing().supertypes()) {
      if (shared.contains(t) && program.clazz(t) != null) return true;
    }
    ClassInfo outer = c.outer() == null ? null : program.clazz(c.outer());
    return outer != null && outer.sharing().evidence() == ClassSharing.Evidence.SHARED;
  }

  /**
   * An object held as {@code type} is of that type or a subtype (each such class is shared, and so
   * are its subclasses); the classes it inherits from hold part of its state, so their maps are
   * shared too, but not their other subclasses: a {@code Serializable} field shares no other
   * serializable class's objects.
   */
  private void addHeld(String type, Set<String> out, Set<String> parts) {
    if (type == null || program.clazz(type) == null) return;
    Set<String> below = hierarchy.subtypesOf(type);
    for (String r : hierarchy.related(type)) {
      if (below.contains(r)) {
        addWithOuters(r, out);
      } else {
        parts.add(r);
      }
    }
  }

  /** The class and the classes around it: an inner object holds its enclosing instances. */
  private void addWithOuters(String classId, Set<String> out) {
    for (ClassInfo c = program.clazz(classId); c != null;
         c = c.outer() == null ? null : program.clazz(c.outer())) {
      out.add(c.id());
    }
  }

  private static boolean notThreadSafe(ClassInfo c) {
    return c.sharing().evidence() == ClassSharing.Evidence.NOT_THREAD_SAFE;
  }
}
