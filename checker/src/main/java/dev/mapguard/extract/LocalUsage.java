package dev.mapguard.extract;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Name;

/**
 * One pass over a method body (with its lambdas and local classes) that answers three questions
 * about each local variable: is it ever reassigned, does a lambda or inner class capture it, and
 * is it used other than as the receiver of a member access (then it escapes). The pass runs on
 * the first question: most methods have no local the extractor needs to ask about.
 */
final class LocalUsage {
  /** Library methods that only compare their arguments with what they hold. */
  private static final Set<String> LOOKUPS = Set.of("contains", "containsKey", "containsValue",
      "indexOf", "lastIndexOf", "identityHashCode", "isInstance");

  /** What the pass found, made when it runs: most methods are never asked a question. */
  private static final class Facts {
    final Set<Element> reassigned = new HashSet<>();
    final Set<Element> captured = new HashSet<>();
    final Set<Element> escaping = new HashSet<>();
    final Map<Element, Integer> argumentUses = new HashMap<>();
    final Set<Element> otherEscapes = new HashSet<>();
    final Set<Element> declaredEmpty = new HashSet<>();
    /** Locals the method returns ({@code return local;}). */
    final Set<Element> returned = new HashSet<>();
    final Map<Element, Integer> plainAssignments = new HashMap<>();
    /** Compound assignments, increments and decrements. */
    final Set<Element> otherUpdates = new HashSet<>();
    /**
     * For each local that escapes other than by being returned, the source position from which it
     * may have escaped: its first escaping use, moved back to the start of a loop around that use
     * that the declaration is not in (a later round of the loop runs after the escape), or to the
     * start of the lambda or class that captures it.
     */
    final Map<Element, Long> escapesFrom = new HashMap<>();
    /**
     * As {@link #escapesFrom}, not counting the uses as an argument of a method or constructor of
     * the program: whether such a callee keeps the object is for the analyses to judge.
     */
    final Map<Element, Long> escapesBesidesProgramArguments = new HashMap<>();
  }

  /**
   * The facts of code without a body: nothing is reassigned, captured or escapes. Shared and
   * never written: only a scan writes, into the facts it makes.
   */
  private static final Facts NONE = new Facts();

  private Facts facts;
  private Tree body;
  private UnitContext unit;
  private java.util.function.Predicate<Element> programMember;

  /** @param programMember whether a method or constructor is the program's own */
  static LocalUsage of(Tree body, UnitContext unit, java.util.function.Predicate<Element> programMember) {
    LocalUsage usage = new LocalUsage();
    usage.body = body;
    usage.unit = unit;
    usage.programMember = programMember;
    return usage;
  }

  private Facts facts() {
    if (facts == null) {
      if (body == null) {
        facts = NONE;
      } else {
        facts = new Facts();
        new Scanner(facts, unit, programMember).scan(body, null);
      }
      body = null;
      unit = null;
      programMember = null;
    }
    return facts;
  }

  boolean reassigned(Element local) {
    return facts().reassigned.contains(local);
  }

  /**
   * Declared without a value and then given one by exactly one plain assignment
   * ({@code T x; synchronized (m) { x = new T(); }}): it holds that one value wherever it is read.
   */
  boolean assignedOnce(Element local) {
    Facts f = facts();
    return f.declaredEmpty.contains(local) && f.plainAssignments.getOrDefault(local, 0) == 1
        && !f.otherUpdates.contains(local);
  }

  boolean captured(Element local) {
    return facts().captured.contains(local);
  }

  boolean escapes(Element local) {
    Facts f = facts();
    return f.escaping.contains(local) || f.captured.contains(local) || f.returned.contains(local);
  }

  /**
   * The source position from which the local may have escaped other than by being returned;
   * {@link Long#MAX_VALUE} when it never does. An object made here is the method's own at the
   * uses before that position: {@code Node n = new Node(); n.attrs.put(..); parent.add(n);}.
   */
  long escapesFrom(Element local) {
    return facts().escapesFrom.getOrDefault(local, Long.MAX_VALUE);
  }

  /** As {@link #escapesFrom}, not counting uses as an argument of the program's own methods. */
  long escapesBesidesProgramArguments(Element local) {
    return facts().escapesBesidesProgramArguments.getOrDefault(local, Long.MAX_VALUE);
  }

  /** Whether the local's only use besides member access is being passed once as an argument. */
  boolean handedOffOnce(Element local) {
    Facts f = facts();
    return !f.captured.contains(local) && !f.reassigned.contains(local)
        && f.argumentUses.getOrDefault(local, 0) == 1 && !f.otherEscapes.contains(local);
  }

  private static boolean isLocal(Element e) {
    if (e == null) return false;
    ElementKind k = e.getKind();
    return k == ElementKind.LOCAL_VARIABLE || k == ElementKind.PARAMETER
        || k == ElementKind.RESOURCE_VARIABLE || k == ElementKind.EXCEPTION_PARAMETER
        || k.name().equals("BINDING_VARIABLE");
  }

  private static final class Scanner extends TreeScanner<Void, Void> {
    private final Facts facts;
    private final UnitContext unit;
    /**
     * Names of the variables declared so far: an identifier with another name is not a local of
     * this code (a local is only named after its declaration), so javac need not be asked.
     */
    private final Set<Name> localNames = new HashSet<>();
    /** Innermost lambda/class body around the current node; the outer method is depth 0. */
    private final Deque<Tree> scopes = new ArrayDeque<>();
    private final Map<Element, Tree> declaredIn = new IdentityHashMap<>();
    /** Loops around the current node, innermost first. */
    private final Deque<Tree> loops = new ArrayDeque<>();
    /** For each local, the innermost loop around its declaration (absent: none). */
    private final Map<Element, Tree> declaredInLoop = new IdentityHashMap<>();
    /** Identifiers already accounted for as receivers or assignment targets. */
    private final Set<Tree> handled = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Tree> argumentTrees =
        java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Argument identifiers of calls of the program's own methods and constructors. */
    private final Set<Tree> programArgumentTrees =
        java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final java.util.function.Predicate<Element> programMember;
    private final Set<Tree> returnedTrees =
        java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    Scanner(Facts facts, UnitContext unit, java.util.function.Predicate<Element> programMember) {
      this.facts = facts;
      this.unit = unit;
      this.programMember = programMember;
      scopes.push(unit.cu);
    }

    @Override
    public Void visitVariable(VariableTree node, Void p) {
      localNames.add(node.getName());
      Element e = unit.element(node);
      if (e != null) {
        declaredIn.put(e, scopes.peek());
        if (!loops.isEmpty()) declaredInLoop.put(e, loops.peek());
        if (node.getInitializer() == null && e.getKind() == ElementKind.LOCAL_VARIABLE) {
          facts.declaredEmpty.add(e);
        }
      }
      return super.visitVariable(node, p);
    }

    @Override
    public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void p) {
      // the expression is evaluated once, before the loop; the variable is declared in it
      scan(node.getExpression(), p);
      loops.push(node);
      try {
        scan(node.getVariable(), p);
        scan(node.getStatement(), p);
        return null;
      } finally {
        loops.pop();
      }
    }

    @Override
    public Void visitForLoop(com.sun.source.tree.ForLoopTree node, Void p) {
      scan(node.getInitializer(), p);
      loops.push(node);
      try {
        scan(node.getCondition(), p);
        scan(node.getStatement(), p);
        scan(node.getUpdate(), p);
        return null;
      } finally {
        loops.pop();
      }
    }

    @Override
    public Void visitWhileLoop(com.sun.source.tree.WhileLoopTree node, Void p) {
      loops.push(node);
      try {
        return super.visitWhileLoop(node, p);
      } finally {
        loops.pop();
      }
    }

    @Override
    public Void visitDoWhileLoop(com.sun.source.tree.DoWhileLoopTree node, Void p) {
      loops.push(node);
      try {
        return super.visitDoWhileLoop(node, p);
      } finally {
        loops.pop();
      }
    }

    /**
     * Records that {@code local} may escape at {@code use} (see {@link Facts#escapesFrom}); an
     * argument of the program's own method or constructor ({@code asProgramArgument}) is left out
     * of {@link Facts#escapesBesidesProgramArguments}.
     */
    private void escapeAt(Element local, Tree use, boolean asProgramArgument) {
      long at = escapePosition(local, use);
      facts.escapesFrom.merge(local, at, Math::min);
      if (!asProgramArgument) facts.escapesBesidesProgramArguments.merge(local, at, Math::min);
    }

    /** Where an escape at {@code use} may already have happened (see {@link Facts#escapesFrom}). */
    private long escapePosition(Element local, Tree use) {
      long at = unit.start(use);
      Tree declScope = declaredIn.get(local);
      // captured: it escapes where the capturing lambda or class is made
      Tree outermostNewScope = null;
      for (Tree s : scopes) { // innermost first
        if (s == declScope) break;
        outermostNewScope = s;
      }
      if (outermostNewScope != null) at = Math.min(at, unit.start(outermostNewScope));
      // a loop the declaration is not in: a later round runs after the escape
      Tree declLoop = declaredInLoop.get(local);
      Tree outermostNewLoop = null;
      for (Tree l : loops) { // innermost first
        if (l == declLoop) break;
        outermostNewLoop = l;
      }
      if (outermostNewLoop != null) at = Math.min(at, unit.start(outermostNewLoop));
      return at;
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void p) {
      scopes.push(node);
      try {
        return super.visitLambdaExpression(node, p);
      } finally {
        scopes.pop();
      }
    }

    @Override
    public Void visitClass(ClassTree node, Void p) {
      scopes.push(node);
      try {
        return super.visitClass(node, p);
      } finally {
        scopes.pop();
      }
    }

    @Override
    public Void visitMethodInvocation(com.sun.source.tree.MethodInvocationTree node, Void p) {
      countArguments(node, node.getArguments());
      if (looksOnly(node)) {
        for (ExpressionTree a : node.getArguments()) {
          if (a instanceof IdentifierTree id) handled.add(id);
        }
      }
      return super.visitMethodInvocation(node, p);
    }

    /** A library lookup ({@code descendants.contains(x)}) compares its argument and keeps nothing. */
    private boolean looksOnly(com.sun.source.tree.MethodInvocationTree node) {
      ExpressionTree select = node.getMethodSelect();
      Name name = select instanceof MemberSelectTree ms ? ms.getIdentifier()
          : select instanceof IdentifierTree id ? id.getName() : null;
      if (name == null || !LOOKUPS.contains(name.toString())) return false;
      return programMember == null || !programMember.test(unit.element(node));
    }

    @Override
    public Void visitNewClass(com.sun.source.tree.NewClassTree node, Void p) {
      countArguments(node, node.getArguments());
      return super.visitNewClass(node, p);
    }

    private void countArguments(Tree call, List<? extends ExpressionTree> args) {
      Boolean program = null;
      for (ExpressionTree a : args) {
        if (a instanceof IdentifierTree id && localNames.contains(id.getName())) {
          Element e = unit.element(id);
          if (isLocal(e)) {
            facts.argumentUses.merge(e, 1, Integer::sum);
            argumentTrees.add(id);
            if (program == null) {
              program = programMember != null && programMember.test(unit.element(call));
            }
            if (program) programArgumentTrees.add(id);
          }
        }
      }
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree node, Void p) {
      if (node.getExpression() instanceof IdentifierTree id) handled.add(id);
      return super.visitMemberSelect(node, p);
    }

    /** Comparing a reference ({@code a == b}, {@code a != null}) lets nothing reach the object. */
    @Override
    public Void visitBinary(com.sun.source.tree.BinaryTree node, Void p) {
      if (node.getKind() == Tree.Kind.EQUAL_TO || node.getKind() == Tree.Kind.NOT_EQUAL_TO) {
        if (node.getLeftOperand() instanceof IdentifierTree id) handled.add(id);
        if (node.getRightOperand() instanceof IdentifierTree id) handled.add(id);
      }
      return super.visitBinary(node, p);
    }

    @Override
    public Void visitInstanceOf(com.sun.source.tree.InstanceOfTree node, Void p) {
      // a pattern (o instanceof Registry r) makes another name for the object: that one may escape
      if (node.getPattern() == null && node.getExpression() instanceof IdentifierTree id) handled.add(id);
      return super.visitInstanceOf(node, p);
    }

    @Override
    public Void visitReturn(ReturnTree node, Void p) {
      ExpressionTree value = node.getExpression();
      while (value instanceof ParenthesizedTree par) value = par.getExpression();
      if (value instanceof IdentifierTree id) returnedTrees.add(id);
      return super.visitReturn(node, p);
    }

    @Override
    public Void visitAssignment(AssignmentTree node, Void p) {
      Element e = markAssigned(node.getVariable());
      if (e != null) facts.plainAssignments.merge(e, 1, Integer::sum);
      return super.visitAssignment(node, p);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree node, Void p) {
      Element e = markAssigned(node.getVariable());
      if (e != null) facts.otherUpdates.add(e);
      return super.visitCompoundAssignment(node, p);
    }

    @Override
    public Void visitUnary(UnaryTree node, Void p) {
      switch (node.getKind()) {
        case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> {
          Element e = markAssigned(node.getExpression());
          if (e != null) facts.otherUpdates.add(e);
        }
        default -> { }
      }
      return super.visitUnary(node, p);
    }

    /** Records an assignment to a local; the local, or null for anything else. */
    private Element markAssigned(ExpressionTree target) {
      if (target instanceof IdentifierTree id && localNames.contains(id.getName())) {
        Element e = unit.element(id);
        if (isLocal(e)) {
          facts.reassigned.add(e);
          handled.add(id);
          return e;
        }
      }
      return null;
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void p) {
      if (!localNames.contains(node.getName())) return null;
      Element e = unit.element(node);
      if (isLocal(e)) {
        Tree decl = declaredIn.get(e);
        if (decl != null && decl != scopes.peek()) {
          facts.captured.add(e);
          escapeAt(e, node, false);
        }
        if (returnedTrees.contains(node) && scopes.size() == 1) {
          facts.returned.add(e); // returned by the method itself (a lambda's return is a capture)
          facts.otherEscapes.add(e);
        } else if (!handled.contains(node)) {
          facts.escaping.add(e);
          escapeAt(e, node, programArgumentTrees.contains(node));
          if (!argumentTrees.contains(node)) facts.otherEscapes.add(e);
        }
      }
      return null;
    }
  }
}
