package dev.mapguard.extract;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Notes, while a body is translated, what the client contract needs to know about objects leaving
 * the code that holds them: {@code this} handed on (an argument, a field, an array), and parameters
 * kept (stored into a field, an array or a collection, or captured by a lambda or inner class).
 */
final class SharingNotes {
  /** Library methods that only look at an argument on the calling thread. */
  private static final Set<String> LOOKS_ONLY = Set.of("equals", "hashCode", "toString",
      "requireNonNull", "requireNonNullElse", "valueOf", "format", "formatted", "append", "print",
      "println", "printf", "trace", "debug", "info", "warn", "warning", "error", "fatal", "fine",
      "finer", "finest", "severe", "config", "log", "isInstance", "cast", "identityHashCode",
      "checkArgument", "checkState", "checkNotNull", "assertTrue", "assertEquals", "contains",
      "containsKey", "containsValue", "indexOf", "remove", "compare", "compareTo");
  /** Parameter types whose objects carry no maps of the program. */
  private static final Set<String> PLAIN = Set.of("java.lang.Object", "java.lang.String",
      "java.lang.CharSequence", "java.lang.Number", "java.lang.Integer", "java.lang.Long",
      "java.lang.Short", "java.lang.Byte", "java.lang.Character", "java.lang.Boolean",
      "java.lang.Double", "java.lang.Float", "java.lang.Class", "java.lang.Enum");

  private final ExtractionContext cx;
  private final UnitContext unit;
  private final ClassExtractor.Scope scope;
  /** Whether the body is a constructor or an initialiser: code that makes an object. */
  private final boolean construction;
  /** Told of each field whose object goes somewhere other than a call on it. */
  private final java.util.function.Consumer<String> letGo;

  SharingNotes(ExtractionContext cx, UnitContext unit, ClassExtractor.Scope scope, boolean construction,
               java.util.function.Consumer<String> letGo) {
    this.letGo = letGo;
    this.cx = cx;
    this.construction = construction;
    this.unit = unit;
    this.scope = scope;
  }

  /** The arguments of a call of {@code m} (with its receiver's tree, null when implicit). */
  void arguments(ExecutableElement m, String name, Tree recvTree, List<Val> args,
                 List<? extends ExpressionTree> trees) {
    boolean library = !(m.getEnclosingElement() instanceof TypeElement owner)
        || !cx.recognizers.isSource(owner);
    if (library && LOOKS_ONLY.contains(name)) return;
    for (Val a : args) handedOn(a, library);
    if (!library || recvTree == null || trees.isEmpty()) return;
    // asked for every library call: the syntactic tests first, javac's elements and types only
    // when they pass (a parameter among the arguments, or a receiver that may name a static field)
    boolean params = anyIdentifier(trees);
    boolean named = recvTree instanceof IdentifierTree || recvTree instanceof MemberSelectTree;
    if (!params && !named) return;
    boolean global = named && isStaticField(unit.element(recvTree));
    if (!params && !global || !holdsValues(recvTree)) return;
    for (ExpressionTree t : trees) {
      VariableElement p = parameter(t);
      if (p != null) kept(p, global);
    }
    if (global && !isThreadLocal(recvTree)) {
      for (ExpressionTree t : trees) storedGlobally(t);
    }
  }

  /** The arguments of {@code new T(..)}; {@code library}: T is not a class of the program. */
  void constructorArguments(List<Val> args, boolean library) {
    for (Val a : args) handedOn(a, library);
  }

  /**
   * A value assigned to a field ({@code target}, null for an array element); {@code ownField}: a
   * field of {@code this} ({@code this.mutex = this} is a reference to itself, no registration).
   */
  void stored(Val value, ExpressionTree tree, Element target, boolean ownField) {
    boolean selfReference = ownField && value instanceof Val.ObjV o && o.self();
    if (!selfReference) handedOn(value);
    VariableElement p = parameter(tree);
    boolean global = isStaticField(target);
    if (p != null) kept(p, global);
    if (global) storedGlobally(tree);
  }

  /** An object stored where any thread may reach it: its declared type, if a class of the program. */
  private void storedGlobally(ExpressionTree tree) {
    TypeElement t = cx.facts.classOf(unit.type(tree));
    if (t == null || !cx.recognizers.isSource(t)) return;
    cx.program.sharing(scope.classId()).storedGlobally.add(cx.classId(t));
  }

  /** A parameter the code keeps beyond the call: objects of its type may come from clients. */
  void kept(VariableElement p) {
    kept(p, false);
  }

  private void kept(VariableElement p, boolean global) {
    TypeElement t = cx.facts.classOf(p.asType());
    if (t == null) return;
    String id = cx.classId(t);
    if (PLAIN.contains(id)) return;
    ProgramBuilder.SharingDraft d = cx.program.sharing(scope.classId());
    d.acceptedTypes.add(id);
    if (global) d.keptGlobally.add(id);
  }

  private static boolean isStaticField(Element e) {
    return e != null && e.getKind() == ElementKind.FIELD
        && e.getModifiers().contains(javax.lang.model.element.Modifier.STATIC);
  }

  private void handedOn(Val v) {
    handedOn(v, true);
  }

  /**
   * A value handed to other code. {@code this} handed to library code (or stored) as the object is
   * made registers the object; handed to a method of the program, it does only if that method keeps
   * it, which the analysis decides ({@code analysis.SelfRegistration}).
   */
  private void handedOn(Val v, boolean registers) {
    if (v instanceof Val.ObjV o && o.self()) {
      ProgramBuilder.SharingDraft d = cx.program.sharing(cx.classId(o.type()));
      d.thisEscapes = true;
      if (construction && registers) d.thisRegistered = true;
    }
    letGo(v);
  }

  /**
   * A value that goes somewhere other than a call on it, a comparison or a return: when it is the
   * object a field holds, other code may hold it too, so the field is not held.
   */
  void letGo(Val v) {
    if (v instanceof Val.HeldObjV h) {
      cx.program.fieldNotHeld(h.fieldId());
      letGo.accept(h.fieldId());
    }
  }



  /**
   * A store into an instance field of a class of the program: the field is held when every store
   * gives it a new object ({@code new T(..)}), a parameter of the constructor storing it (the
   * object its creator gave it), or null.
   */
  void objectFieldStored(VariableElement field, ExpressionTree value, Set<? extends Element> ctorParams) {
    if (field.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)) return;
    String id = cx.fieldId(field);
    Tree.Kind kind = unwrap(value).getKind();
    cx.program.fieldStoredFresh(cx.classId((TypeElement) field.getEnclosingElement()), id,
        kind == Tree.Kind.NEW_CLASS || kind == Tree.Kind.NULL_LITERAL);
    if (madeOrGiven(value, ctorParams)) {
      cx.program.fieldHeldCandidate(cx.classId((TypeElement) field.getEnclosingElement()), id);
    } else {
      cx.program.fieldNotHeld(id);
    }
  }

  private boolean madeOrGiven(ExpressionTree value, Set<? extends Element> ctorParams) {
    ExpressionTree t = unwrap(value);
    if (t instanceof com.sun.source.tree.ConditionalExpressionTree c) {
      return madeOrGiven(c.getTrueExpression(), ctorParams) && madeOrGiven(c.getFalseExpression(), ctorParams);
    }
    if (t.getKind() == Tree.Kind.NULL_LITERAL || t.getKind() == Tree.Kind.NEW_CLASS) return true;
    if (!(t instanceof IdentifierTree)) return false;
    Element e = unit.element(t);
    return e != null && e.getKind() == ElementKind.PARAMETER && ctorParams.contains(e);
  }

  /** Whether a receiver is a collection, map, queue or reference that keeps what it is given. */
  private boolean holdsValues(Tree recvTree) {
    TypeElement t = cx.facts.classOf(unit.type(recvTree));
    return t != null && (cx.facts.isSubtype(t, "java.util.Collection")
        || cx.facts.isSubtype(t, "java.util.Map")
        || cx.facts.isSubtype(t, "java.util.concurrent.atomic.AtomicReference")
        || cx.facts.isSubtype(t, "java.lang.ThreadLocal"));
  }

  private boolean isThreadLocal(Tree recvTree) {
    TypeElement t = cx.facts.classOf(unit.type(recvTree));
    return t != null && cx.facts.isSubtype(t, "java.lang.ThreadLocal");
  }

  private static boolean anyIdentifier(List<? extends ExpressionTree> trees) {
    for (ExpressionTree t : trees) {
      if (unwrap(t) instanceof IdentifierTree) return true;
    }
    return false;
  }

  private static ExpressionTree unwrap(ExpressionTree tree) {
    ExpressionTree t = tree;
    while (t instanceof ParenthesizedTree || t instanceof TypeCastTree) {
      t = t instanceof ParenthesizedTree p ? p.getExpression() : ((TypeCastTree) t).getExpression();
    }
    return t;
  }

  private VariableElement parameter(ExpressionTree tree) {
    ExpressionTree t = unwrap(tree);
    if (!(t instanceof IdentifierTree)) return null;
    Element e = unit.element(t);
    return e != null && e.getKind() == ElementKind.PARAMETER ? (VariableElement) e : null;
  }
}
