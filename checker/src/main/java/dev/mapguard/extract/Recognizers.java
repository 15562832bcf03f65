package dev.mapguard.extract;

import dev.mapguard.catalog.Catalog;
import dev.mapguard.catalog.CatalogRow;
import dev.mapguard.model.MapKind;
import dev.mapguard.model.RootDecl;
import dev.mapguard.model.RootKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The catalogue, resolved against one compilation's types: answers the questions the extractor
 * asks about library types and calls (is this a map, what does this call do to it, does this
 * call start a thread, take a lock, wait for a thread).
 */
final class Recognizers {
  private static final List<String> TASK_TYPES = List.of(
      "java.lang.Runnable", "java.util.concurrent.Callable", "java.util.function.Supplier",
      "java.util.function.Function", "java.util.function.Consumer", "java.util.function.BiFunction",
      "java.util.function.BiConsumer", "java.util.TimerTask", "java.util.concurrent.ForkJoinTask");

  private final JavacFacts facts;
  private final Catalog catalog;
  private final Map<TypeElement, Optional<MapTypeInfo>> mapTypeCache = new IdentityHashMap<>();
  private final Map<TypeElement, Optional<ExecutableElement>> samCache = new IdentityHashMap<>();
  private final Map<String, Map<String, String>> operations = new HashMap<>();
  final ApiMatcher factories;
  final ApiMatcher consumers;
  final ApiMatcher locks;
  final ApiMatcher spawns;
  final ApiMatcher joins;
  final ApiMatcher serialExecutors;
  private final List<CatalogRow> overrideRoots = new ArrayList<>();
  private final List<CatalogRow> methodAnnotationRoots = new ArrayList<>();
  private final List<CatalogRow> classAnnotationRoots = new ArrayList<>();

  Recognizers(JavacFacts facts) {
    this.facts = facts;
    this.catalog = facts.catalog;
    for (CatalogRow row : catalog.mapOperations) {
      for (String target : row.types()) {
        Map<String, String> byName = operations.computeIfAbsent(target, k -> new HashMap<>());
        for (String m : row.methods()) {
          // the first row wins, except that the special access-order list never replaces
          if (!row.kind().equals("access-order-write")) byName.putIfAbsent(m, row.kind());
        }
      }
    }
    factories = new ApiMatcher(facts, catalog.mapFactories);
    consumers = new ApiMatcher(facts, catalog.mapConsumers);
    locks = new ApiMatcher(facts, catalog.locks);
    List<CatalogRow> spawnRows = new ArrayList<>();
    for (CatalogRow row : catalog.threadRoots) {
      switch (Catalog.matchOf(row)) {
        case "spawn" -> spawnRows.add(row);
        case "override" -> overrideRoots.add(row);
        case "method-annotation" -> methodAnnotationRoots.add(row);
        case "class-annotation" -> classAnnotationRoots.add(row);
        default -> throw new IllegalStateException(row.source() + ": unknown match "
            + Catalog.matchOf(row));
      }
    }
    spawns = new ApiMatcher(facts, spawnRows);
    joins = new ApiMatcher(facts, catalog.joins);
    serialExecutors = new ApiMatcher(facts, catalog.serialExecutors);
  }

  /** Map facts of a declared type, or null when values of the type are not maps. */
  MapTypeInfo mapType(TypeMirror type) {
    TypeElement te = facts.classOf(type);
    if (te == null) return null;
    // looked up by hand: asked for most expressions (see ExtractionContext.classId)
    Optional<MapTypeInfo> known = mapTypeCache.get(te);
    if (known == null) {
      known = classify(te);
      mapTypeCache.put(te, known);
    }
    MapTypeInfo info = known.orElse(null);
    if (info != null && info.holder()) {
      // a holder only counts when what it holds is a map
      if (!(type instanceof DeclaredType dt) || dt.getTypeArguments().size() != 1
          || mapType(dt.getTypeArguments().get(0)) == null) {
        return null;
      }
    }
    return info;
  }

  private Optional<MapTypeInfo> classify(TypeElement te) {
    String simple = te.getSimpleName().toString();
    boolean weak = false;
    MapKind kind = null;
    boolean holder = false;
    for (CatalogRow row : catalog.mapTypes) {
      if (!ApiMatcher.ownerMatches(facts, te, row)) continue;
      switch (row.kind()) {
        case "weak-reads-write" -> weak = true;
        case "unsafe" -> kind = kind == null ? MapKind.UNSAFE : kind;
        case "concurrent" -> kind = kind == null ? MapKind.CONCURRENT : kind;
        case "immutable" -> kind = kind == null ? MapKind.IMMUTABLE : kind;
        case "interface" -> {
          // only the interface itself (or a library subtype not otherwise listed) is "unknown"
          if (kind == null && te.getKind() == ElementKind.INTERFACE) kind = MapKind.UNKNOWN;
        }
        case "holder" -> holder = true;
        default -> throw new IllegalStateException(row.source() + ": unknown kind " + row.kind());
      }
    }
    if (holder) return Optional.of(new MapTypeInfo(MapKind.UNKNOWN, false, true, simple));
    if (kind == null && facts.isSubtype(te, "java.util.Map") && !isSource(te)) {
      kind = MapKind.UNKNOWN; // a library map we know nothing about (or AbstractMap)
    }
    return kind == null ? Optional.empty() : Optional.of(new MapTypeInfo(kind, weak, false, simple));
  }

  /** The kind of a map operation on a target (map, view, iterator, entry), or null. */
  String operation(String target, String methodName) {
    Map<String, String> byName = operations.get(target);
    return byName == null ? null : byName.get(methodName);
  }

  /** Top-level classes of the compilation units javac entered (javac's symbols are unique). */
  private final java.util.Set<TypeElement> sourceClasses =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  void addSourceClass(TypeElement topLevel) {
    sourceClasses.add(topLevel);
  }

  /**
   * Whether the class is compiled from source in this compilation. Decided from the entered
   * compilation units, not from Trees.getTree, which stops finding a class once javac has
   * generated it: the answer must not depend on the order javac works through the files.
   */
  boolean isSource(TypeElement te) {
    TypeElement top = te;
    for (javax.lang.model.element.Element e = te.getEnclosingElement(); e != null;
         e = e.getEnclosingElement()) {
      if (e instanceof TypeElement outer) top = outer;
    }
    return sourceClasses.contains(top);
  }

  /**
   * Whether values of this type are code to run: a functional interface (Runnable, Callable,
   * Supplier, Comparator, Iterable, a program's own callback interface...), TimerTask, a
   * fork/join task, or a collection of tasks.
   */
  boolean isTaskType(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) return false;
    TypeElement te = facts.classOf(type);
    if (te == null) return false;
    int traits = traits(te);
    if ((traits & TASK) != 0) return true;
    // a collection of tasks (invokeAll)
    if ((traits & COLLECTION) != 0 && type instanceof DeclaredType dt
        && dt.getTypeArguments().size() == 1) {
      TypeMirror arg = dt.getTypeArguments().get(0);
      if (arg.getKind() == TypeKind.WILDCARD) {
        TypeMirror bound = ((javax.lang.model.type.WildcardType) arg).getExtendsBound();
        arg = bound == null ? arg : bound;
      }
      return arg.getKind() == TypeKind.DECLARED && isTaskType(arg);
    }
    return false;
  }

  /** The single abstract method of a functional interface or abstract task class (run, call...). */
  ExecutableElement samOf(TypeElement type) {
    return samCache.computeIfAbsent(type, t -> {
      // javac answers for interfaces from its own cache, without listing every inherited member;
      // an interface it does not call functional has no single abstract method here either
      if (t.getKind() == ElementKind.INTERFACE && !facts.elements.isFunctionalInterface(t)) {
        return Optional.empty();
      }
      ExecutableElement found = null;
      for (ExecutableElement m : ElementFilter.methodsIn(facts.elements.getAllMembers(t))) {
        if (!m.getModifiers().contains(Modifier.ABSTRACT)) continue;
        if (isObjectMethod(m)) continue;
        if (found != null) return Optional.empty();
        found = m;
      }
      return Optional.ofNullable(found);
    }).orElse(null);
  }

  private boolean isObjectMethod(ExecutableElement m) {
    String n = m.getSimpleName().toString();
    return (n.equals("equals") && m.getParameters().size() == 1)
        || (n.equals("hashCode") && m.getParameters().isEmpty())
        || (n.equals("toString") && m.getParameters().isEmpty());
  }

  /** Types whose values are executors or timers (tasks given to the same one share its threads). */
  boolean isExecutorType(TypeMirror type) {
    TypeElement te = facts.classOf(type);
    return te != null && (traits(te) & EXECUTOR) != 0;
  }

  boolean isLockType(TypeMirror type) {
    TypeElement te = facts.classOf(type);
    return te != null && (traits(te) & LOCK) != 0;
  }

  boolean isStreamType(TypeMirror type) {
    TypeElement te = facts.classOf(type);
    return te != null && (traits(te) & STREAM) != 0;
  }

  /** A collection whose elements are tasks ({@code List<Callable<T>>}). */
  boolean isTaskCollection(TypeMirror type) {
    TypeElement te = facts.classOf(type);
    return te != null && (traits(te) & COLLECTION) != 0 && isTaskType(type);
  }

  /** Whether values of the type can be iterated (a collection, or a view of a map). */
  boolean isIterableType(TypeMirror type) {
    TypeElement te = facts.classOf(type);
    return te != null && (traits(te) & ITERABLE) != 0;
  }

  private static final int TASK = 1;
  private static final int COLLECTION = 2;
  private static final int EXECUTOR = 4;
  private static final int LOCK = 8;
  private static final int STREAM = 16;
  private static final int ITERABLE = 32;
  private final Map<TypeElement, Integer> traitCache = new IdentityHashMap<>();

  /** What kinds of thing values of a class are, asked of javac once per class. */
  private int traits(TypeElement te) {
    Integer known = traitCache.get(te);
    if (known != null) return known;
    int t = 0;
    for (String task : TASK_TYPES) {
      if (facts.isSubtype(te, task)) {
        t |= TASK;
        break;
      }
    }
    if ((t & TASK) == 0 && te.getKind() == ElementKind.INTERFACE && samOf(te) != null
        && mapType(te.asType()) == null) {
      t |= TASK;
    }
    if (facts.isSubtype(te, "java.util.Collection")) t |= COLLECTION;
    if (facts.isSubtype(te, "java.util.concurrent.Executor") || facts.isSubtype(te, "java.util.Timer")) {
      t |= EXECUTOR;
    }
    // a lock is an object of a type the lock catalogue names (locks.tsv: Lock, ReadWriteLock,
    // StampedLock, Semaphore, Guava's Monitor...)
    for (String lockType : lockTypes()) {
      if (facts.isSubtype(te, lockType)) {
        t |= LOCK;
        break;
      }
    }
    if (facts.isSubtype(te, "java.util.stream.BaseStream")) t |= STREAM;
    if (facts.isSubtype(te, "java.lang.Iterable")) t |= ITERABLE;
    traitCache.put(te, t);
    return t;
  }

  private java.util.Set<String> lockTypes;

  private java.util.Set<String> lockTypes() {
    if (lockTypes == null) {
      java.util.Set<String> out = new java.util.LinkedHashSet<>();
      for (CatalogRow row : catalog.locks) out.addAll(row.types());
      lockTypes = out;
    }
    return lockTypes;
  }

  /** Library types the catalogue names as supertypes whose methods matter (Thread, HttpServlet...). */
  private java.util.Set<String> catalogSupertypes;

  boolean isCatalogSupertype(TypeElement type) {
    if (catalogSupertypes == null) {
      catalogSupertypes = new java.util.HashSet<>();
      for (CatalogRow row : overrideRoots) catalogSupertypes.addAll(row.types());
      for (CatalogRow row : catalog.lifecycle) {
        if (row.kind().equals("override")) catalogSupertypes.addAll(row.types());
      }
    }
    return catalogSupertypes.contains(type.getQualifiedName().toString());
  }

  /** Qualified names of the annotations on an element (cached: a class is asked once per method). */
  private final Map<Element, java.util.Set<String>> annotationNames = new IdentityHashMap<>();

  private java.util.Set<String> annotationNames(Element e) {
    // most elements have none: answered without filling the cache with them
    if (e.getAnnotationMirrors().isEmpty()) return java.util.Set.of();
    return annotationNames.computeIfAbsent(e, k -> {
      List<? extends AnnotationMirror> mirrors = k.getAnnotationMirrors();
      java.util.Set<String> out = new java.util.HashSet<>();
      for (AnnotationMirror am : mirrors) {
        if (am.getAnnotationType().asElement() instanceof TypeElement te) {
          out.add(te.getQualifiedName().toString());
        }
      }
      return out;
    });
  }

  /** Roots declared by overriding, annotations on the method, or annotations on its class. */
  List<RootDecl> declaredRoots(ExecutableElement method, TypeElement owner,
                               List<ExecutableElement> overridden) {
    List<RootDecl> out = new ArrayList<>(0);
    if (method.getKind() != ElementKind.METHOD || method.getModifiers().contains(Modifier.STATIC)) {
      return out;
    }
    String name = method.getSimpleName().toString();
    for (CatalogRow row : overridden.isEmpty() ? List.<CatalogRow>of() : overrideRoots) {
      if (!row.methods().contains(name)) continue;
      for (ExecutableElement o : overridden) {
        TypeElement oOwner = (TypeElement) o.getEnclosingElement();
        for (String t : row.types()) {
          if (oOwner.getQualifiedName().contentEquals(t)) {
            out.add(new RootDecl(RootKind.valueOf(row.kind()),
                simpleOf(t) + "." + name + "()", row.has("self")));
          }
        }
      }
      if (row.kind().equals("THREAD_SUBCLASS") && overridden.isEmpty()) continue;
    }
    java.util.Set<String> onMethod = annotationNames(method);
    for (CatalogRow row : onMethod.isEmpty() ? List.<CatalogRow>of() : methodAnnotationRoots) {
      String a = annotationIn(onMethod, row);
      if (a != null) out.add(new RootDecl(RootKind.valueOf(row.kind()), "@" + simpleOf(a) + " method",
          row.has("self")));
    }
    boolean isPublic = method.getModifiers().contains(Modifier.PUBLIC);
    boolean isPrivate = method.getModifiers().contains(Modifier.PRIVATE);
    java.util.Set<String> onClass = annotationNames(owner);
    for (CatalogRow row : onClass.isEmpty() ? List.<CatalogRow>of() : classAnnotationRoots) {
      boolean selected = row.methods().contains("public") ? isPublic
          : row.methods().contains("non-private") && !isPrivate;
      if (!selected) continue;
      String a = annotationIn(onClass, row);
      if (a != null) {
        out.add(new RootDecl(RootKind.valueOf(row.kind()),
            (row.has("uncalled") ? "uncalled " : "") + "public method of a @" + simpleOf(a) + " class",
            row.has("self")));
      }
    }
    return out;
  }

  /** Whether frameworks call the method once after construction, before serving other threads. */
  boolean isLifecycleInit(ExecutableElement method, List<ExecutableElement> overridden) {
    java.util.Set<String> onMethod = annotationNames(method);
    for (CatalogRow row : catalog.lifecycle) {
      switch (row.kind()) {
        case "method-annotation" -> {
          if (annotationIn(onMethod, row) != null) return true;
        }
        case "override" -> {
          if (!row.methods().contains(method.getSimpleName().toString())) continue;
          for (ExecutableElement o : overridden) {
            TypeElement oOwner = (TypeElement) o.getEnclosingElement();
            if (row.types().contains(oOwner.getQualifiedName().toString())) return true;
          }
        }
        case "declared" -> {
          // a hook the runtime finds by name on its own classes (Serializable.readObject)
          if (!row.methods().contains(method.getSimpleName().toString())) continue;
          if (method.getEnclosingElement() instanceof TypeElement owner) {
            for (String t : row.types()) {
              if (facts.isSubtype(owner, t)) return true;
            }
          }
        }
        case "entry-name" -> {
          // read by the analysis (which entry points run once), not a lifecycle callback
        }
        default -> throw new IllegalStateException(row.source() + ": unknown match " + row.kind());
      }
    }
    return false;
  }

  private static String annotationIn(java.util.Set<String> present, CatalogRow row) {
    for (String t : row.types()) {
      if (present.contains(t)) return t;
    }
    return null;
  }

  static String simpleOf(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
