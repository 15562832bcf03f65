package dev.mapguard.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Everything extraction learned about one compilation. Immutable; maps iterate in id order so
 * that every analysis iterates in the same order and output is deterministic (and look ids up by
 * hash).
 */
public record Program(SortedMap<String, ClassInfo> classes, SortedMap<String, MethodInfo> methods,
                      SortedMap<String, FieldInfo> fields, SortedMap<String, LocalInfo> locals,
                      Set<String> reassignedFields, Map<String, Set<LockRef>> passedLocks,
                      Map<String, Map<String, List<String>>> typeArguments,
                      Map<String, Set<StaticObject>> returnedStatics, int sourceFiles) {

  public Program {
    classes = IdMap.of(classes);
    methods = IdMap.of(methods);
    fields = IdMap.of(fields);
    locals = IdMap.of(locals);
    reassignedFields = Set.copyOf(reassignedFields);
    passedLocks = Map.copyOf(passedLocks);
    typeArguments = Map.copyOf(typeArguments);
    returnedStatics = Map.copyOf(returnedStatics);
  }

  /**
   * The objects of static fields the method may return ({@code getSharedInstance()} returning
   * the singleton a static field holds): every caller may get that one object. Empty for most.
   */
  public Set<StaticObject> staticsReturnedBy(String methodId) {
    return returnedStatics.getOrDefault(methodId, Set.of());
  }

  /**
   * The type arguments with which class {@code classId} instantiates its generic supertype
   * {@code superId} ({@code class RequestWrapper implements Wrapper<Source>}: {@code [Source]}),
   * as class ids, {@code "?"} where an argument is not one class (a type variable, a wildcard, an
   * array); null when the class is not known to instantiate it.
   */
  public List<String> typeArgumentsOf(String classId, String superId) {
    Map<String, List<String>> bySuper = typeArguments.get(classId);
    return bySuper == null ? null : bySuper.get(superId);
  }

  public static Program of(Map<String, ClassInfo> classes, Map<String, MethodInfo> methods,
                           Map<String, FieldInfo> fields, Map<String, LocalInfo> locals,
                           int sourceFiles) {
    return of(classes, methods, fields, locals, Set.of(), sourceFiles);
  }

  /**
   * @param reassignedFields fields (of any type) assigned outside the constructors and
   *                         initialisers of their class: such a field is no stable lock
   */
  public static Program of(Map<String, ClassInfo> classes, Map<String, MethodInfo> methods,
                           Map<String, FieldInfo> fields, Map<String, LocalInfo> locals,
                           Set<String> reassignedFields, int sourceFiles) {
    return of(classes, methods, fields, locals, reassignedFields, Map.of(), Map.of(), Map.of(),
        sourceFiles);
  }

  /**
   * @param passedLocks for a lock parameter ({@code LockRef.Kind.LOCAL} id {@code method::name})
   *                    whose every call in the program passes a lock it names (a field, another
   *                    lock parameter): those locks. A parameter some call passes anything else
   *                    (a new lock, a method's result) is not listed.
   * @param typeArguments see {@link #typeArgumentsOf}: by class, then by generic supertype
   * @param returnedStatics see {@link #staticsReturnedBy}: by method
   */
  public static Program of(Map<String, ClassInfo> classes, Map<String, MethodInfo> methods,
                           Map<String, FieldInfo> fields, Map<String, LocalInfo> locals,
                           Set<String> reassignedFields, Map<String, Set<LockRef>> passedLocks,
                           Map<String, Map<String, List<String>>> typeArguments,
                           Map<String, Set<StaticObject>> returnedStatics, int sourceFiles) {
    return new Program(IdMap.of(classes), IdMap.of(methods), IdMap.of(fields), IdMap.of(locals),
        reassignedFields, passedLocks, typeArguments, returnedStatics, sourceFiles);
  }

  /** This program with only {@code kept} as its methods; every other fact stays. */
  public Program withMethods(Map<String, MethodInfo> kept) {
    return new Program(classes, IdMap.of(kept), fields, locals, reassignedFields, passedLocks,
        typeArguments, returnedStatics, sourceFiles);
  }

  /**
   * The methods in no particular order, for a pass whose result does not depend on it: the ids
   * are then never sorted.
   */
  public java.util.Collection<MethodInfo> methodsInAnyOrder() {
    return IdMap.unordered(methods);
  }

  public MethodInfo method(String id) {
    return methods.get(id);
  }

  public FieldInfo field(String id) {
    return fields.get(id);
  }

  public ClassInfo clazz(String id) {
    return classes.get(id);
  }
}
