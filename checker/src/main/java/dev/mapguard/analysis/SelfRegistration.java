package dev.mapguard.analysis;

import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.ClassSharing;
import dev.mapguard.model.Event;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.ObjectRef;
import dev.mapguard.model.Program;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Which classes hand {@code this} on as their objects are made: a constructor or initialiser
 * registers the new object (with a listener list, a registry, a thread), so whoever it registers
 * with may use it before construction ends and from their own threads. The extractor marks what
 * goes to library code or into a field ({@link dev.mapguard.model.ClassSharing#thisRegistered});
 * {@code this} handed to a method of the program registers the object only when that method keeps
 * its parameter ({@link ObjectOwnership#keeps}): a check such as {@code checkHandler(this, h)}
 * does not, and neither does a part made with a back reference ({@code new BoundField(def, this)},
 * held by the object being made), nor one given it right after ({@code this.holder = new
 * StateHolder(); this.holder.setOperation(this)}: {@code ObjectRef.justMade}). A class registers
 * itself also when a class it extends does.
 */
final class SelfRegistration {
  private final Program program;
  private final CallGraph calls;
  private final ObjectOwnership ownership;
  private final Map<String, Boolean> own = new HashMap<>();
  private final Map<String, Boolean> withSupertypes = new HashMap<>();
  private final ConstructionCode construction;

  SelfRegistration(Program program, CallGraph calls, ObjectOwnership ownership,
                   ConstructionCode construction) {
    this.program = program;
    this.calls = calls;
    this.ownership = ownership;
    this.construction = construction;
  }

  /** Whether objects of the class (or of a class it extends) register themselves as they are made. */
  boolean registersItself(String classId) {
    return withSupertypes.computeIfAbsent(classId, id -> {
      ClassInfo c = program.clazz(id);
      if (c == null) return false;
      if (registersOwn(c)) return true;
      for (String s : c.sharing().supertypes()) {
        ClassInfo sc = program.clazz(s);
        if (sc != null && registersOwn(sc)) return true;
      }
      return false;
    });
  }

  private boolean registersOwn(ClassInfo c) {
    // a class whose facts are not known (a hand-built model) registers by its events alone
    boolean marked = c.sharing() != ClassSharing.UNKNOWN && c.sharing().thisRegistered();
    return own.computeIfAbsent(c.id(), id -> marked || handsThisToKeeper(id));
  }

  private boolean handsThisToKeeper(String classId) {
    for (MethodInfo m : construction.of(classId)) {
      for (Event e : m.events()) {
        if (!(e instanceof Event.Call call)) continue;
        // new Part(this), or this.part = new Part(); this.part.setOwner(this): a part made with a
        // back reference belongs to the object being made
        if (call.target().contains("#<init>(") || call.receiverObject().justMade()) continue;
        for (Event.ObjectArg a : call.objectArgs()) {
          if (a.object().kind() != ObjectRef.Kind.THIS) continue;
          List<String> targets = calls.dispatch(call);
          if (targets.isEmpty()) return true;
          for (String t : targets) {
            if (ownership.keeps(t, a.index(), new HashSet<>())) return true;
          }
        }
      }
    }
    return false;
  }


}
