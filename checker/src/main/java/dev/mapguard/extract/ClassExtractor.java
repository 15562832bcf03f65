package dev.mapguard.extract;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import dev.mapguard.model.AnnotationInfo;
import dev.mapguard.model.ClassInfo;
import dev.mapguard.model.DeclaredField;
import dev.mapguard.model.Event;
import dev.mapguard.model.FieldInfo;
import dev.mapguard.model.LockRef;
import dev.mapguard.model.MapKind;
import dev.mapguard.model.MethodInfo;
import dev.mapguard.model.RootDecl;
import dev.mapguard.model.SourcePos;
import dev.mapguard.model.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Extracts classes into the model: the class itself, its fields of interest, every method,
 * constructor and initialiser (through {@link BodyTranslator}), and the lambdas, anonymous and
 * local classes inside them.
 */
public final class ClassExtractor {

  /** The class whose members are being translated. */
  record Scope(TypeElement type, String classId, String display, Set<String> suppressions) {}

  private final ExtractionContext cx;
  private final Map<VariableElement, Optional<ProgramBuilder.FieldDraft>> drafts =
      new IdentityHashMap<>();
  private final Map<TypeElement, List<TypeElement>> supertypes = new IdentityHashMap<>();

  private final ClassSharingFacts sharingFacts;

  ClassExtractor(ExtractionContext cx) {
    this.cx = cx;
    this.sharingFacts = new ClassSharingFacts(cx);
  }

  /** Extracts a top-level class of a compilation unit, with everything nested in it. */
  public void extractTopLevel(TypeElement type, CompilationUnitTree cu) {
    ClassTree tree = cx.facts.trees.getTree(type);
    if (tree == null) return;
    UnitContext unit = new UnitContext(cu, cx.facts, cx.sourcePath(cu));
    cx.program.addFile(unit.file);
    extractClass(tree, type, unit, null, Set.of(), Map.of());
  }

  private void extractClass(ClassTree tree, TypeElement type, UnitContext unit, String enclosingMethod,
                            Set<String> outerSuppressions, Map<Element, Val> captured) {
    String classId = cx.classId(type);
    Set<String> suppressions = union(outerSuppressions, suppressionsOf(type));
    Scope scope = new Scope(type, classId, cx.classDisplay(type), suppressions);
    TypeElement outer = enclosingType(type);
    List<String> interfaces = new ArrayList<>();
    for (TypeMirror i : type.getInterfaces()) {
      TypeElement ie = cx.facts.classOf(i);
      if (ie != null) interfaces.add(cx.classId(ie));
    }
    TypeElement sup = cx.facts.classOf(type.getSuperclass());
    cx.program.addClass(new ClassInfo(classId, scope.display(), sup == null ? null : cx.classId(sup),
        interfaces, outer == null ? null : cx.classId(outer),
        type.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS,
        annotations(type, unit), suppressions, unit.pos(tree), declaredFields(type)));
    cx.program.classFacts(classId, sharingFacts.evidence(type), sharingFacts.supertypes(type));
    genericSupertypes(classId, type);

    BodyTranslator instanceInit = initTranslator(scope, unit, "<instinit>", captured);
    BodyTranslator staticInit = initTranslator(scope, unit, "<clinit>", Map.of());
    boolean hasInstanceInit = false;
    boolean hasStaticInit = false;
    for (Tree member : tree.getMembers()) {
      switch (member.getKind()) {
        case VARIABLE -> {
          VariableTree v = (VariableTree) member;
          Element e = unit.element(v);
          // an enum constant is a static field too; its class body ({@code SEND { void run() {..} }})
          // is an anonymous subclass of the enum, made in the enum's static initialiser
          if (!(e instanceof VariableElement ve)
              || ve.getKind() != ElementKind.FIELD && ve.getKind() != ElementKind.ENUM_CONSTANT) {
            continue;
          }
          ProgramBuilder.FieldDraft draft = fieldDraft(ve);
          if (draft != null) {
            // the draft may have been made from a use in another class: complete it here
            draft.pos = unit.pos(v);
            draft.annotations = withTypeUseAnnotations(annotations(ve, unit), v, unit);
            draft.suppressions = union(suppressions, suppressionsOf(ve));
          }
          if (v.getInitializer() == null) continue;
          boolean isStatic = ve.getModifiers().contains(Modifier.STATIC);
          BodyTranslator t = isStatic ? staticInit : instanceInit;
          Val value = t.expr(v.getInitializer());
          if (draft != null) t.storeField(draft, value, null, v, Event.Receiver.THIS);
          else if (!isStatic) t.fieldInitialiser(ve, v.getInitializer());
          if (isStatic) hasStaticInit = true; else hasInstanceInit = true;
        }
        case BLOCK -> {
          BlockTree b = (BlockTree) member;
          BodyTranslator t = b.isStatic() ? staticInit : instanceInit;
          t.statement(b);
          if (b.isStatic()) hasStaticInit = true; else hasInstanceInit = true;
        }
        case METHOD -> method((MethodTree) member, scope, unit, enclosingMethod, captured);
        default -> {
          if (member instanceof ClassTree nested && unit.element(nested) instanceof TypeElement nt) {
            extractClass(nested, nt, unit, null, suppressions, Map.of());
          }
        }
      }
    }
    if (hasInstanceInit) {
      addInit(instanceInit, scope, MethodInfo.Kind.INSTANCE_INIT, "<instinit>", enclosingMethod, unit, tree);
    }
    if (hasStaticInit) {
      addInit(staticInit, scope, MethodInfo.Kind.STATIC_INIT, "<clinit>", null, unit, tree);
    }
  }

  private BodyTranslator initTranslator(Scope scope, UnitContext unit, String name,
                                        Map<Element, Val> captured) {
    String id = scope.classId() + "#" + name;
    BodyTranslator t = new BodyTranslator(cx, unit, scope, id, name, LocalUsage.of(null, unit, null), captured,
        scope.suppressions());
    return t;
  }

  private void addInit(BodyTranslator t, Scope scope, MethodInfo.Kind kind, String name,
                       String enclosingMethod, UnitContext unit, ClassTree tree) {
    Stmt body = t.finish();
    int flags = kind == MethodInfo.Kind.STATIC_INIT ? MethodInfo.STATIC | MethodInfo.PRIVATE
        : MethodInfo.PRIVATE;
    cx.program.addMethod(new MethodInfo(t.methodId, scope.classId(), name,
        scope.display() + "." + name, kind, flags, List.of(), List.of(), enclosingMethod, body,
        t.events(), List.of(), null, List.of(), scope.suppressions(), unit.pos(tree)));
  }

  private void method(MethodTree tree, Scope scope, UnitContext unit, String enclosingMethod,
                      Map<Element, Val> captured) {
    if (!(unit.element(tree) instanceof ExecutableElement m)) return;
    String id = cx.methodId(m);
    boolean ctor = m.getKind() == ElementKind.CONSTRUCTOR;
    String name = ctor ? "<init>" : m.getSimpleName().toString();
    Set<String> suppressions = union(scope.suppressions(), suppressionsOf(m));
    LocalUsage usage = LocalUsage.of(tree, unit, this::isProgramMember);
    BodyTranslator t = new BodyTranslator(cx, unit, scope, id, name, usage, captured, suppressions);
    TypeMirror rt = m.getReturnType();
    boolean mayReturnMap = cx.recognizers.mapType(rt) != null
        || (rt.getKind() == TypeKind.DECLARED && cx.recognizers.isIterableType(rt));
    t.declareParameters(m.getParameters(), mayReturnMap);
    if (ctor && !delegatesToThis(tree)) {
      // every constructor that does not call this(...) runs the field initialisers
      t.initCall(scope.classId() + "#<instinit>", unit.pos(tree));
    }
    if (tree.getBody() != null) t.statement(tree.getBody());
    Stmt body = t.finish();
    Set<Modifier> mods = m.getModifiers();
    boolean isStatic = mods.contains(Modifier.STATIC);
    if (mods.contains(Modifier.SYNCHRONIZED)) {
      LockRef lock = isStatic ? LockRef.classLiteral(scope.classId()) : LockRef.thisOf(scope.classId());
      body = new Stmt.Sync(lock, body);
    }
    List<ExecutableElement> overridden = ctor || isStatic || mods.contains(Modifier.PRIVATE)
        ? List.of() : overridden(m, scope.type());
    List<String> overrideIds = new ArrayList<>(overridden.size());
    for (ExecutableElement o : overridden) overrideIds.add(cx.methodId(o));
    List<RootDecl> roots = cx.recognizers.declaredRoots(m, scope.type(), overridden);
    int flags = (isStatic ? MethodInfo.STATIC : 0)
        | (mods.contains(Modifier.SYNCHRONIZED) ? MethodInfo.SYNCHRONIZED : 0)
        | (mods.contains(Modifier.PRIVATE) ? MethodInfo.PRIVATE : 0)
        | (mods.contains(Modifier.PUBLIC) ? MethodInfo.PUBLIC : 0)
        | (tree.getBody() == null ? MethodInfo.ABSTRACT : 0)
        | (cx.recognizers.isLifecycleInit(m, overridden) ? MethodInfo.INIT_LIKE : 0)
        | (!isStatic && t.returnsOwnField() ? MethodInfo.RETURNS_OWN_FIELD : 0)
        | (t.returnsNewObjects() ? MethodInfo.RETURNS_NEW : 0)
        | (t.returnsItself() ? MethodInfo.RETURNS_THIS : 0)
        | (!ctor && outOfClientsReach(m, scope.type()) ? MethodInfo.OUT_OF_CLIENTS_REACH : 0)
        | keptParams(m, usage);
    String display = scope.display() + "." + (ctor ? scope.display().substring(
        scope.display().lastIndexOf('.') + 1) : name) + (m.getParameters().isEmpty() ? "()" : "(..)");
    cx.program.addMethod(new MethodInfo(id, scope.classId(), name, display,
        ctor ? MethodInfo.Kind.CONSTRUCTOR : MethodInfo.Kind.METHOD, flags, overrideIds, roots,
        enclosingMethod, body, t.events(), t.returns(), t.returnsCell(), annotations(m, unit),
        suppressions, unit.pos(tree)));
  }

  /** The {@link MethodInfo#KEEPS_PARAM_0} bits of the parameters the body keeps. */
  private static int keptParams(ExecutableElement m, LocalUsage usage) {
    int bits = 0;
    List<? extends VariableElement> ps = m.getParameters();
    for (int i = 0; i < ps.size() && i < MethodInfo.KEEPS_PARAM_LIMIT; i++) {
      if (usage.escapesBesidesProgramArguments(ps.get(i)) != Long.MAX_VALUE) {
        bits |= MethodInfo.KEEPS_PARAM_0 << i;
      }
    }
    return bits;
  }

  /** Private methods the Java runtime calls by name (serialization hooks). */
  private static final Set<String> RUNTIME_HOOKS = Set.of("writeObject", "readObject",
      "readObjectNoData", "writeReplace", "readResolve");

  /** See {@link MethodInfo#OUT_OF_CLIENTS_REACH}. */
  private static boolean outOfClientsReach(ExecutableElement m, TypeElement owner) {
    Set<Modifier> mods = m.getModifiers();
    if (mods.contains(Modifier.PUBLIC) || mods.contains(Modifier.PROTECTED)) return false;
    // a package-private member of a class other packages see is hidden by choice; in a class
    // only its package sees, it is that package's API, of which the compilation may hold part
    // (one module of a split package, a file compiled alone)
    if (!mods.contains(Modifier.PRIVATE) && !exported(owner)) return false;
    if (RUNTIME_HOOKS.contains(m.getSimpleName().toString())) return false;
    for (javax.lang.model.element.AnnotationMirror a : m.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) a.getAnnotationType().asElement();
      String name = type.getQualifiedName().toString();
      if (!name.startsWith("java.lang.") && !type.getSimpleName().contentEquals("VisibleForTesting")) {
        return false; // a framework may call it (@Subscribe, @Scheduled, @PostConstruct...)
      }
    }
    return true;
  }

  /** Whether code in other packages sees the class: it and every class around it are public or protected. */
  private static boolean exported(TypeElement type) {
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      Set<Modifier> mods = t.getModifiers();
      if (!mods.contains(Modifier.PUBLIC) && !mods.contains(Modifier.PROTECTED)) return false;
    }
    return true;
  }

  /** Whether the element is a method or constructor declared in the program's own sources. */
  private boolean isProgramMember(Element e) {
    return e instanceof ExecutableElement m && m.getEnclosingElement() instanceof TypeElement owner
        && cx.recognizers.isSource(owner);
  }

  private boolean delegatesToThis(MethodTree ctor) {
    if (ctor.getBody() == null || ctor.getBody().getStatements().isEmpty()) return false;
    StatementTree first = ctor.getBody().getStatements().get(0);
    return first instanceof ExpressionStatementTree es
        && es.getExpression() instanceof MethodInvocationTree mi
        && mi.getMethodSelect() instanceof IdentifierTree id && cx.facts.isThis(id.getName());
  }

  /** A lambda becomes a method of its own; returns its id. */
  String lambda(LambdaExpressionTree l, UnitContext unit, Scope scope, String enclosingId,
                String enclosingName, LocalUsage usage, Map<Element, Val> locals,
                Set<String> suppressions) {
    SourcePos pos = unit.pos(l);
    String id = cx.lambdaId(scope.classId(), enclosingName, pos.line(), pos.column());
    BodyTranslator t = new BodyTranslator(cx, unit, scope, id, "lambda", usage, locals, suppressions);
    List<VariableElement> ps = new ArrayList<>();
    for (VariableTree p : l.getParameters()) {
      if (unit.element(p) instanceof VariableElement ve) ps.add(ve);
    }
    t.declareParameters(ps, true);
    if (l.getBodyKind() == LambdaExpressionTree.BodyKind.EXPRESSION) {
      t.expressionBody((ExpressionTree) l.getBody());
    } else {
      t.statement(l.getBody());
    }
    Stmt body = t.finish();
    String enclosingDisplay = scope.display() + "." + enclosingName + "()";
    cx.program.addMethod(new MethodInfo(id, scope.classId(), "lambda",
        "lambda in " + enclosingDisplay, MethodInfo.Kind.LAMBDA, MethodInfo.PRIVATE, List.of(),
        List.of(), enclosingId, body, t.events(), t.returns(), t.returnsCell(), List.of(),
        suppressions, pos));
    return id;
  }

  /** An anonymous class body; returns its class id. */
  String anonymousClass(ClassTree body, UnitContext unit, Scope scope, String enclosingId,
                        Map<Element, Val> locals, Set<String> suppressions) {
    if (!(unit.element(body) instanceof TypeElement type)) return null;
    extractClass(body, type, unit, enclosingId, union(scope.suppressions(), suppressions), locals);
    return cx.classId(type);
  }

  /** A class declared inside a method body. */
  void localClass(ClassTree tree, UnitContext unit, Scope scope, String enclosingId,
                  Map<Element, Val> locals, Set<String> suppressions) {
    if (unit.element(tree) instanceof TypeElement type) {
      extractClass(tree, type, unit, enclosingId, union(scope.suppressions(), suppressions), locals);
    }
  }

  // ---------------------------------------------------------------- fields

  /** The draft of a field of interest (creating it on first sight), or null for other fields. */
  ProgramBuilder.FieldDraft fieldDraft(VariableElement f) {
    // looked up by hand: asked for every use of a field (see ExtractionContext.classId)
    Optional<ProgramBuilder.FieldDraft> known = drafts.get(f);
    if (known == null) {
      known = Optional.ofNullable(newDraft(f));
      drafts.put(f, known);
    }
    return known.orElse(null);
  }

  private ProgramBuilder.FieldDraft newDraft(VariableElement f) {
    if (!(f.getEnclosingElement() instanceof TypeElement owner)) return null;
    if (!cx.recognizers.isSource(owner)) return null;
    TypeMirror type = f.asType();
    FieldInfo.Role role;
    MapKind declared = MapKind.UNKNOWN;
    MapTypeInfo mt = cx.recognizers.mapType(type);
    if (mt != null) {
      role = mt.holder() ? FieldInfo.Role.MAP_HOLDER : FieldInfo.Role.MAP;
      declared = mt.holder() ? MapKind.UNKNOWN : mt.kind();
    } else if (cx.recognizers.isLockType(type)) {
      role = FieldInfo.Role.LOCK;
    } else if (cx.recognizers.isExecutorType(type)) {
      role = FieldInfo.Role.EXECUTOR;
    } else if (type.getKind() == TypeKind.DECLARED && cx.recognizers.isTaskType(type)) {
      role = FieldInfo.Role.TASK;
    } else {
      return null;
    }
    String id = cx.fieldId(f);
    Set<Modifier> mods = f.getModifiers();
    // position and annotations are filled in when the field's own class is extracted
    SourcePos pos = SourcePos.UNKNOWN;
    List<AnnotationInfo> annotations = List.of();
    String typeName = mt != null ? mt.simpleName() : cx.facts.types.erasure(type).toString();
    ProgramBuilder.FieldDraft d = new ProgramBuilder.FieldDraft(id, cx.classId(owner),
        f.getSimpleName().toString(), cx.classDisplay(owner) + "." + f.getSimpleName(), role,
        declared, typeName, mods.contains(Modifier.STATIC), mods.contains(Modifier.FINAL),
        mods.contains(Modifier.VOLATILE), annotations,
        union(suppressionsOfEnclosing(owner), suppressionsOf(f)), pos);
    cx.program.addField(d);
    return cx.program.field(id);
  }

  private Set<String> suppressionsOfEnclosing(TypeElement type) {
    Set<String> out = new LinkedHashSet<>();
    for (Element e = type; e != null; e = e.getEnclosingElement()) {
      out.addAll(suppressionsOf(e));
      if (e.getKind() == ElementKind.PACKAGE) break;
    }
    return out;
  }

  /** Every field of the class, for resolving lock expressions such as {@code @GuardedBy("lock")}. */
  private List<DeclaredField> declaredFields(TypeElement type) {
    List<DeclaredField> out = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() != ElementKind.FIELD && member.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      TypeMirror t = member.asType();
      TypeElement te = cx.facts.classOf(t);
      DeclaredField.LockType lockType;
      if (t.getKind().isPrimitive()) {
        lockType = DeclaredField.LockType.NONE;
      } else if (te != null && cx.facts.isSubtype(te, "java.util.concurrent.locks.ReadWriteLock")) {
        lockType = DeclaredField.LockType.READ_WRITE;
      } else {
        lockType = DeclaredField.LockType.OBJECT;
      }
      Set<Modifier> mods = member.getModifiers();
      out.add(new DeclaredField(cx.fieldId((VariableElement) member), member.getSimpleName().toString(),
          te != null ? cx.classId(te) : t.toString(), mods.contains(Modifier.STATIC),
          mods.contains(Modifier.FINAL), lockType));
    }
    return out;
  }

  // ---------------------------------------------------------------- overrides

  /** Every method (in the program or not) that {@code m} overrides, nearest first. */
  private List<ExecutableElement> overridden(ExecutableElement m, TypeElement owner) {
    List<ExecutableElement> out = new ArrayList<>();
    String name = m.getSimpleName().toString();
    int arity = m.getParameters().size();
    for (TypeElement sup : supertypesOf(owner)) {
      // javac's exact check only where it matters: the program's own classes (call dispatch) and
      // the catalogue's framework types (roots, lifecycle); elsewhere name and arity say enough
      boolean exact = cx.recognizers.isSource(sup) || cx.recognizers.isCatalogSupertype(sup);
      for (ExecutableElement candidate : methodsNamed(sup, name)) {
        if (candidate.getParameters().size() != arity) continue;
        if (candidate.getModifiers().contains(Modifier.PRIVATE)
            || candidate.getModifiers().contains(Modifier.STATIC)) continue;
        if (!exact || cx.facts.elements.overrides(m, candidate, owner)) out.add(candidate);
      }
    }
    return out;
  }

  private final Map<TypeElement, Map<String, List<ExecutableElement>>> methodsByName =
      new IdentityHashMap<>();

  /** The methods a class declares with this name (indexed once per class). */
  private List<ExecutableElement> methodsNamed(TypeElement type, String name) {
    return methodsByName.computeIfAbsent(type, t -> {
      Map<String, List<ExecutableElement>> index = new HashMap<>();
      for (Element member : t.getEnclosedElements()) {
        if (member.getKind() == ElementKind.METHOD) {
          index.computeIfAbsent(member.getSimpleName().toString(), k -> new ArrayList<>(1))
              .add((ExecutableElement) member);
        }
      }
      return index;
    }).getOrDefault(name, List.of());
  }

  /**
   * For a call of one of {@code Object}'s methods ({@code i.hashCode()}) through a receiver of
   * interface type: the method an interface of the program in the receiver's type declares with
   * that name and arity, nearest first, or null. javac resolves such a call to {@code Object}'s
   * method up to Java 17 and to the interface's declaration from Java 18 (JDK-8272564); asking
   * here makes the call graph the same under both.
   */
  ExecutableElement interfaceDeclaration(TypeElement receiverType, ExecutableElement objectMethod) {
    String name = objectMethod.getSimpleName().toString();
    int arity = objectMethod.getParameters().size();
    ExecutableElement found = declaredIn(receiverType, name, arity);
    if (found != null) return found;
    for (TypeElement sup : supertypesOf(receiverType)) {
      found = declaredIn(sup, name, arity);
      if (found != null) return found;
    }
    return null;
  }

  private ExecutableElement declaredIn(TypeElement type, String name, int arity) {
    if (type.getKind() != ElementKind.INTERFACE || !cx.recognizers.isSource(type)) return null;
    for (ExecutableElement m : methodsNamed(type, name)) {
      if (m.getParameters().size() == arity && !m.getModifiers().contains(Modifier.STATIC)) return m;
    }
    return null;
  }

  /**
   * Records how the class instantiates each of its generic supertypes, with the type variables of
   * the supertypes in between substituted ({@code class A extends Base<Source>}, {@code Base<T>
   * implements Wrapper<T>}: A is a {@code Wrapper<Source>}).
   */
  private void genericSupertypes(String classId, TypeElement type) {
    Deque<TypeMirror> queue = new ArrayDeque<>(cx.facts.types.directSupertypes(type.asType()));
    Set<TypeElement> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    while (!queue.isEmpty()) {
      TypeMirror t = queue.poll();
      if (!(t instanceof javax.lang.model.type.DeclaredType dt)
          || !(dt.asElement() instanceof TypeElement se) || !seen.add(se) || cx.facts.isObject(se)) {
        continue;
      }
      if (!dt.getTypeArguments().isEmpty()) {
        cx.program.typeArguments(classId, cx.classId(se), typeArgumentIds(dt));
      }
      queue.addAll(cx.facts.types.directSupertypes(dt));
    }
  }

  /** The type arguments of a parameterised type as class ids, {@code "?"} where not one class. */
  List<String> typeArgumentIds(javax.lang.model.type.DeclaredType type) {
    List<String> out = new ArrayList<>(type.getTypeArguments().size());
    for (TypeMirror a : type.getTypeArguments()) {
      out.add(a instanceof javax.lang.model.type.DeclaredType d && d.asElement() instanceof TypeElement te
          ? cx.classId(te) : "?");
    }
    return out;
  }

  /** All proper supertypes, breadth first, without java.lang.Object. */
  private List<TypeElement> supertypesOf(TypeElement type) {
    return supertypes.computeIfAbsent(type, t -> {
      List<TypeElement> out = new ArrayList<>();
      Set<TypeElement> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      Deque<TypeElement> queue = new ArrayDeque<>();
      queue.add(t);
      seen.add(t);
      while (!queue.isEmpty()) {
        TypeElement cur = queue.poll();
        for (TypeElement se : cx.facts.directSupertypes(cur)) {
          if (!seen.add(se)) continue;
          if (cx.facts.isObject(se)) continue;
          out.add(se);
          queue.add(se);
        }
      }
      return out;
    });
  }

  // ---------------------------------------------------------------- annotations

  private static TypeElement enclosingType(TypeElement type) {
    for (Element e = type.getEnclosingElement(); e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement te) return te;
      if (e.getKind() == ElementKind.PACKAGE) return null;
    }
    return null;
  }

  /**
   * The names in {@code @SuppressWarnings} on {@code e}, read from its annotation mirrors:
   * {@code Element.getAnnotation} would build a reflective proxy for every annotated element.
   */
  static Set<String> suppressionsOf(Element e) {
    for (AnnotationMirror a : e.getAnnotationMirrors()) {
      if (!((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals("java.lang.SuppressWarnings")) {
        continue;
      }
      Set<String> out = new HashSet<>();
      for (AnnotationValue v : a.getElementValues().values()) {
        if (v.getValue() instanceof List<?> names) {
          for (Object n : names) {
            if (n instanceof AnnotationValue nv && nv.getValue() instanceof String s) out.add(s);
          }
        } else if (v.getValue() instanceof String s) {
          out.add(s);
        }
      }
      return out;
    }
    return Set.of();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    if (b.isEmpty()) return a;
    if (a.isEmpty()) return b;
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * Adds the type-use annotations written before a field ({@code @GuardedBy} of the Checker
   * Framework qualifies the field's type, so the field element does not carry it), read from the
   * tree with their source values.
   */
  private List<AnnotationInfo> withTypeUseAnnotations(List<AnnotationInfo> declared, VariableTree v,
                                                      UnitContext unit) {
    List<AnnotationInfo> out = new ArrayList<>(declared);
    List<com.sun.source.tree.AnnotationTree> trees = new ArrayList<>(v.getModifiers().getAnnotations());
    if (v.getType() instanceof com.sun.source.tree.AnnotatedTypeTree at) trees.addAll(at.getAnnotations());
    for (com.sun.source.tree.AnnotationTree a : trees) {
      if (!(unit.element(a.getAnnotationType()) instanceof TypeElement te)) continue;
      String type = te.getQualifiedName().toString();
      if (out.stream().anyMatch(i -> i.type().equals(type))) continue;
      Map<String, String> values = new LinkedHashMap<>();
      for (ExpressionTree arg : a.getArguments()) {
        if (arg instanceof com.sun.source.tree.AssignmentTree as) {
          values.put(as.getVariable().toString(), literal(as.getExpression()));
        } else {
          values.put("value", literal(arg));
        }
      }
      SourcePos pos = unit.pos(a);
      cx.sites.add(a, unit.cu, pos);
      out.add(new AnnotationInfo(type, values, pos));
    }
    return out;
  }

  /** A constant string as its value, anything else (an array) as written. */
  private static String literal(ExpressionTree e) {
    if (e instanceof com.sun.source.tree.LiteralTree l && l.getValue() instanceof String s) return s;
    return e.toString();
  }

  /** Simple names of the annotations the model keeps (each flavour's package is checked later). */
  private static final Set<String> KEPT_ANNOTATIONS = Set.of("GuardedBy", "Holding",
      "MayReleaseLocks", "ReleasesNoLocks", "LockingFree", "ThreadSafe", "NotThreadSafe",
      "Immutable");

  private List<AnnotationInfo> annotations(Element e, UnitContext unit) {
    List<? extends AnnotationMirror> mirrors = e.getAnnotationMirrors();
    if (mirrors.isEmpty()) return List.of();
    List<AnnotationInfo> out = new ArrayList<>(mirrors.size());
    for (AnnotationMirror am : mirrors) {
      if (!(am.getAnnotationType().asElement() instanceof TypeElement at)) continue;
      // the model keeps the annotations the analyses read (lock discipline and thread-safety
      // intent, in every flavour); @Override, @Nullable and the like are dropped here
      if (!KEPT_ANNOTATIONS.contains(at.getSimpleName().toString())) continue;
      String type = at.getQualifiedName().toString();
      Map<String, String> values = new LinkedHashMap<>();
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v
          : am.getElementValues().entrySet()) {
        Object raw = v.getValue().getValue();
        values.put(v.getKey().getSimpleName().toString(),
            raw instanceof String s ? s : v.getValue().toString());
      }
      SourcePos pos = SourcePos.UNKNOWN;
      Tree t = cx.facts.trees.getTree(e, am);
      if (t != null) {
        pos = unit.pos(t);
        cx.sites.add(t, unit.cu, pos); // a lock expression that names nothing is reported here
      }
      out.add(new AnnotationInfo(type, values, pos));
    }
    return out;
  }
}
