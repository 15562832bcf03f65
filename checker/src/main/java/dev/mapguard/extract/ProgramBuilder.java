package dev.mapguard.extract;

import dev.mapguard.model.AnnotationInfo;
import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.ClassSharing;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.LocalInfo;
import dev.mapguard.model.LockRef;
import dev.mapguard.model.MapKind;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.Program;
import dev.mapguard.model.SourcePos;
import dev.mapguard.model.StaticObject;
import dev.mapguard.model.TaskRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects what the extractor learns, class by class, and turns it into an immutable
 * {@link Program} at the end. Field facts that assignments anywhere in the class can add to
 * (which tasks a Runnable field holds, whether an executor field is single-threaded) are kept
 * mutable here until then.
 */
public final class ProgramBuilder {
  private final Map<String, ClassInfo> classes = new HashMap<>();
  private final Map<String, MethodInfo> methods = new HashMap<>();
  private final Map<String, FieldDraft> fields = new HashMap<>();
  private final Map<String, LocalInfo> locals = new HashMap<>();
  private final Set<String> files = new LinkedHashSet<>();
  private final Set<String> reassignedFields = new java.util.HashSet<>();

  private final Map<String, Set<LockRef>> passedLocks = new HashMap<>();
  private final Map<String, Set<StaticObject>> returnedStatics = new HashMap<>();

  /** Method {@code methodId} may return the object static field {@code object} holds. */
  void returnsStatic(String methodId, StaticObject object) {
    returnedStatics.computeIfAbsent(methodId, k -> new java.util.HashSet<>()).add(object);
  }

  private final Map<String, Map<String, List<String>>> typeArguments = new HashMap<>();

  /** Class {@code classId} instantiates its generic supertype {@code superId} with {@code args}. */
  void typeArguments(String classId, String superId, List<String> args) {
    typeArguments.computeIfAbsent(classId, k -> new HashMap<>()).put(superId, List.copyOf(args));
  }
  private final Set<String> unknownLockArguments = new java.util.HashSet<>();

  /**
   * A call passes {@code lock} (null: something that names no lock) for the lock parameter
   * {@code paramLockId} ({@code method::name}).
   */
  void lockArgument(String paramLockId, LockRef lock) {
    if (lock == null) {
      unknownLockArguments.add(paramLockId);
    } else {
      passedLocks.computeIfAbsent(paramLockId, k -> new java.util.HashSet<>()).add(lock);
    }
  }

  /** A field assigned outside its class's construction (it cannot serve as a stable lock). */
  void fieldReassigned(String fieldId) {
    reassignedFields.add(fieldId);
  }

  /** A field whose facts are still being gathered. */
  static final class FieldDraft {
    final String id;
    final String classId;
    final String name;
    final String display;
    final FieldInfo.Role role;
    final MapKind declaredKind;
    final String declaredType;
    final boolean isStatic;
    final boolean isFinal;
    final boolean isVolatile;
    List<AnnotationInfo> annotations;
    Set<String> suppressions;
    SourcePos pos;
    LockRef lockAlias;
    /** null until an assignment is seen; then true while every assignment is single-threaded. */
    Boolean serialExecutor;
    final List<TaskRef> tasks = new ArrayList<>();

    FieldDraft(String id, String classId, String name, String display, FieldInfo.Role role,
               MapKind declaredKind, String declaredType, boolean isStatic, boolean isFinal,
               boolean isVolatile, List<AnnotationInfo> annotations, Set<String> suppressions,
               SourcePos pos) {
      this.id = id;
      this.classId = classId;
      this.name = name;
      this.display = display;
      this.role = role;
      this.declaredKind = declaredKind;
      this.declaredType = declaredType;
      this.isStatic = isStatic;
      this.isFinal = isFinal;
      this.isVolatile = isVolatile;
      this.annotations = annotations;
      this.suppressions = suppressions;
      this.pos = pos;
    }

    FieldInfo build() {
      return new FieldInfo(id, classId, name, display, role, declaredKind, declaredType, isStatic,
          isFinal, isVolatile, lockAlias, Boolean.TRUE.equals(serialExecutor), tasks, annotations,
          suppressions, pos);
    }
  }

  /** What code of a class does with {@code this} and with parameters, gathered while it is translated. */
  static final class SharingDraft {
    boolean thisEscapes;
    boolean thisRegistered;
    final Set<String> acceptedTypes = new java.util.HashSet<>();
    final Set<String> keptGlobally = new java.util.HashSet<>();
    final Set<String> storedGlobally = new java.util.HashSet<>();
  }

  private final Map<String, SharingDraft> sharing = new HashMap<>();
  private final Map<String, ClassSharing.Evidence> evidence = new HashMap<>();
  private final Map<String, Set<String>> supertypes = new HashMap<>();

  /** By class: its instance fields stored only with new objects or constructor parameters, so far. */
  private final Map<String, Set<String>> heldCandidates = new HashMap<>();
  /** Instance fields stored otherwise, or whose object goes elsewhere. */
  private final Set<String> notHeld = new java.util.HashSet<>();

  void fieldHeldCandidate(String classId, String fieldId) {
    heldCandidates.computeIfAbsent(classId, k -> new java.util.HashSet<>()).add(fieldId);
  }

  void fieldNotHeld(String fieldId) {
    notHeld.add(fieldId);
  }

  /** By class: its instance fields stored only with new objects (or null), so far. */
  private final Map<String, Set<String>> freshCandidates = new HashMap<>();
  private final Set<String> notFresh = new java.util.HashSet<>();

  void fieldStoredFresh(String classId, String fieldId, boolean fresh) {
    if (fresh) {
      freshCandidates.computeIfAbsent(classId, k -> new java.util.HashSet<>()).add(fieldId);
    } else {
      notFresh.add(fieldId);
    }
  }

  private Set<String> freshFields(String classId) {
    Set<String> out = new java.util.HashSet<>(freshCandidates.getOrDefault(classId, Set.of()));
    out.removeAll(notFresh);
    return out;
  }

  SharingDraft sharing(String classId) {
    return sharing.computeIfAbsent(classId, k -> new SharingDraft());
  }

  /** The class's own evidence and supertypes, known once its declaration has been read. */
  void classFacts(String classId, ClassSharing.Evidence e, Set<String> allSupertypes) {
    evidence.put(classId, e);
    supertypes.put(classId, allSupertypes);
  }

  void addFile(String file) {
    files.add(file);
  }

  void addClass(ClassInfo c) {
    classes.put(c.id(), c);
  }

  void addMethod(MethodInfo m) {
    methods.put(m.id(), m);
  }

  FieldDraft field(String id) {
    return fields.get(id);
  }

  void addField(FieldDraft f) {
    fields.putIfAbsent(f.id, f);
  }

  void addLocal(LocalInfo l) {
    locals.putIfAbsent(l.id(), l);
  }

  /** Drops everything learned about the classes whose ids start with {@code classId}. */
  void discardClass(String classId) {
    classes.keySet().removeIf(id -> id.equals(classId) || id.startsWith(classId + "$"));
    sharing.keySet().removeIf(id -> id.equals(classId) || id.startsWith(classId + "$"));
    evidence.keySet().removeIf(id -> id.equals(classId) || id.startsWith(classId + "$"));
    methods.keySet().removeIf(id -> belongs(id, classId));
    fields.keySet().removeIf(id -> belongs(id, classId));
    locals.keySet().removeIf(id -> belongs(id, classId));
  }

  private static boolean belongs(String memberId, String classId) {
    return memberId.startsWith(classId + "#") || memberId.startsWith(classId + "$");
  }

  public int classCount() {
    return classes.size();
  }

  public Program build() {
    Map<String, FieldInfo> builtFields = new HashMap<>();
    for (FieldDraft d : fields.values()) builtFields.put(d.id, d.build());
    Map<String, ClassInfo> built = new HashMap<>(classes.size() * 2);
    Map<String, Set<String>> held = new HashMap<>();
    for (Map.Entry<String, Set<String>> c : heldCandidates.entrySet()) {
      Set<String> fields = new java.util.HashSet<>(c.getValue());
      fields.removeAll(notHeld);
      held.put(c.getKey(), fields);
    }
    for (ClassInfo c : classes.values()) {
      ClassSharing.Evidence e = evidence.get(c.id());
      if (e == null) {
        built.put(c.id(), c);
        continue;
      }
      SharingDraft d = sharing.get(c.id());
      built.put(c.id(), c.withSharing(new ClassSharing(e, d != null && d.thisEscapes,
          d != null && d.thisRegistered,
          supertypes.get(c.id()), d == null ? Set.of() : d.acceptedTypes,
          d == null ? Set.of() : d.keptGlobally, held.getOrDefault(c.id(), Set.of()),
          freshFields(c.id()), d == null ? Set.of() : d.storedGlobally)));
    }
    Map<String, Set<LockRef>> passed = new HashMap<>(passedLocks);
    passed.keySet().removeAll(unknownLockArguments);
    return Program.of(built, methods, builtFields, locals, reassignedFields, passed, typeArguments,
        returnedStatics,
        files.size());
  }
}
