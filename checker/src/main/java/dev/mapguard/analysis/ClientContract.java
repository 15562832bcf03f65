package dev.mapguard.analysis;

import dev.mapguard.model.CellRef;
import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.ClassSharing;
import dev.mapguard.model.Event;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may call the program concurrently: the client contract. The calling thread stands for a
 * client calling the program's API. A client's own instance of a class that shows no sign of being
 * meant for sharing (no {@code @ThreadSafe}, no volatile, lock or java.util.concurrent field, no
 * synchronized code, not documented thread-safe; or annotated or documented not thread-safe) is
 * used by one client thread at a time, and races only with threads the program itself hands that
 * object to. So an access the calling thread makes to a map of such an object (reached as
 * {@code this} from the method the client called) does not race with another thread unless that
 * thread can reach the client's object:
 *
 * <ul>
 *   <li>the thread runs code of the object's class family (a task written in that class, capturing
 *       its {@code this}: the program handed the object over);
 *   <li>code of the family hands {@code this} on (an argument, a field, an array): others may
 *       reach the object;
 *   <li>some code of the program keeps a parameter whose type the class has (a field, a
 *       collection, a capture): the client may have given its object to the program.
 * </ul>
 *
 * A family is a class of the program with every class that shares its topmost superclass in the
 * program: an object of one may be an object of any other. Static maps and maps that came from
 * outside the object (a field filled from a parameter) are never separated by this.
 */
final class ClientContract {
  private final Program program;
  private final Cells cells;
  private final EntryObjects entryObjects;
  /** By context: the families whose code its roots run. */
  private final List<Set<String>> carried = new ArrayList<>();
  private final Map<String, String> familyOf = new HashMap<>();
  private final Map<String, Boolean> confined = new HashMap<>();
  private final Set<String> accepted = new HashSet<>();
  private final Set<String> synchronizing = new HashSet<>();

  ClientContract(Program program, ThreadContexts contexts, Cells cells,
                 EntryObjects entryObjects) {
    this.program = program;
    this.entryObjects = entryObjects;
    this.cells = cells;
    for (ClassInfo c : program.classes().values()) accepted.addAll(c.sharing().acceptedTypes());
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
        for (String e : r.entries()) addFamilies(program.method(e), to);
        if (r.spawner() != null) {
          addFamilies(program.method(r.spawner()), to);
          BitSet on = contexts.contextsOf(r.spawner());
          for (int s = on.nextSetBit(1); s >= 0; s = on.nextSetBit(s + 1)) to.addAll(carried.get(s));
        }
        changed |= to.size() != before;
      }
    }
  }

  /** The family of the method's class and of the classes it is nested in. */
  private void addFamilies(MethodInfo m, Set<String> to) {
    if (m == null) return;
    for (ClassInfo c = program.clazz(m.classId()); c != null; c = c.outer() == null ? null : program.clazz(c.outer())) {
      to.add(family(c.id()));
    }
  }

  /** The topmost superclass in the program of a class. */
  private String family(String classId) {
    String known = familyOf.get(classId);
    if (known != null) return known;
    String top = classId;
    Set<String> seen = new HashSet<>();
    for (ClassInfo c = program.clazz(classId); c != null && seen.add(c.id()); c = c.superclass() == null ? null : program.clazz(c.superclass())) {
      top = c.id();
    }
    familyOf.put(classId, top);
    return top;
  }

  /**
   * Whether the access, made on the calling thread, is to a map of a client's own object that code
   * on {@code otherContext} cannot reach.
   */
  boolean separates(AccessSite onMain, int otherContext) {
    if (onMain.via() != null || onMain.ownFrame() || onMain.access().receiver() != Event.Receiver.THIS) {
      return false;
    }
    if (!(onMain.access().cell() instanceof CellRef.Field fieldCell)) return false;
    FieldInfo field = program.field(fieldCell.id());
    if (field == null || field.isStatic() || !cells.facts(onMain.cell()).onlyFresh()) return false;
    if (!entryObjects.onClientObject(onMain.method())) return false;
    String fam = family(field.classId());
    return !carried.get(otherContext).contains(fam) && confined(fam);
  }

  private boolean confined(String fam) {
    Boolean known = confined.get(fam);
    if (known == null) {
      known = computeConfined(fam);
      confined.put(fam, known);
    }
    return known;
  }

  private boolean computeConfined(String fam) {
    for (ClassInfo c : program.classes().values()) {
      if (!family(c.id()).equals(fam)) continue;
      ClassSharing s = c.sharing();
      if (s.evidence() == ClassSharing.Evidence.SHARED || s.thisEscapes()) return false;
      if (s.evidence() != ClassSharing.Evidence.NOT_THREAD_SAFE && synchronizing.contains(c.id())) {
        return false;
      }
      if (accepted.contains(c.id())) return false;
      for (String t : s.supertypes()) {
        if (accepted.contains(t)) return false;
      }
    }
    return true;
  }
}
