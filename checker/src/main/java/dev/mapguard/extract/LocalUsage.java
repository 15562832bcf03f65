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

/**
 * One pass over a method body (with its lambdas and local classes) that answers three questions
 * about each local variable: is it ever reassigned, does a lambda or inner class capture it, and
 * is it used other than as the receiver of a member access (then it escapes). The pass runs on
 * the first question: most methods have no local the extractor needs to ask about.
 */
final class LocalUsage {
  private final Set<Element> reassigned = new HashSet<>();
  private final Set<Element> captured = new HashSet<>();
  private final Set<Element> escaping = new HashSet<>();
  private final Map<Element, Integer> argumentUses = new HashMap<>();
  private Tree body;
  private UnitContext unit;

  static LocalUsage of(Tree body, UnitContext unit) {
    LocalUsage usage = new LocalUsage();
    usage.body = body;
    usage.unit = unit;
    return usage;
  }

  private void scanned() {
    if (body == null) return;
    Tree b = body;
    body = null;
    new Scanner(this, unit).scan(b, null);
    unit = null;
  }

  boolean reassigned(Element local) {
    scanned();
    return reassigned.contains(local);
  }

  /**
   * Declared without a value and then given one by exactly one plain assignment
   * ({@code T x; synchronized (m) { x = new T(); }}): it holds that one value wherever it is read.
   */
  boolean assignedOnce(Element local) {
    scanned();
    return declaredEmpty.contains(local) && plainAssignments.getOrDefault(local, 0) == 1
        && !otherUpdates.contains(local);
  }

  boolean captured(Element local) {
    scanned();
    return captured.contains(local);
  }

  boolean escapes(Element local) {
    scanned();
    return escaping.contains(local) || captured.contains(local) || returned.contains(local);
  }

  /**
   * Escapes other than by {@code return local;}: every use of the object inside the method comes
   * before it is returned, so a new object filled and returned is the method's own until then.
   */
  boolean escapesBeyondReturn(Element local) {
    scanned();
    return escaping.contains(local) || captured.contains(local);
  }

  /** Whether the local's only use besides member access is being passed once as an argument. */
  boolean handedOffOnce(Element local) {
    scanned();
    return !captured.contains(local) && !reassigned.contains(local)
        && argumentUses.getOrDefault(local, 0) == 1 && !otherEscapes.contains(local);
  }

  private final Set<Element> otherEscapes = new HashSet<>();
  private final Set<Element> declaredEmpty = new HashSet<>();
  /** Locals the method returns ({@code return local;}). */
  private final Set<Element> returned = new HashSet<>();
  private final Map<Element, Integer> plainAssignments = new HashMap<>();
  /** Compound assignments, increments and decrements. */
  private final Set<Element> otherUpdates = new HashSet<>();

  private static boolean isLocal(Element e) {
    if (e == null) return false;
    ElementKind k = e.getKind();
    return k == ElementKind.LOCAL_VARIABLE || k == ElementKind.PARAMETER
        || k == ElementKind.RESOURCE_VARIABLE || k == ElementKind.EXCEPTION_PARAMETER
        || k.name().equals("BINDING_VARIABLE");
  }

  private static final class Scanner extends TreeScanner<Void, Void> {
    private final LocalUsage usage;
    private final UnitContext unit;
    /** Innermost lambda/class body around the current node; the outer method is depth 0. */
    private final Deque<Tree> scopes = new ArrayDeque<>();
    private final Map<Element, Tree> declaredIn = new IdentityHashMap<>();
    /** Identifiers already accounted for as receivers or assignment targets. */
    private final Set<Tree> handled = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Tree> argumentTrees =
        java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Tree> returnedTrees =
        java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    Scanner(LocalUsage usage, UnitContext unit) {
      this.usage = usage;
      this.unit = unit;
      scopes.push(unit.cu);
    }

    @Override
    public Void visitVariable(VariableTree node, Void p) {
      Element e = unit.element(node);
      if (e != null) {
        declaredIn.put(e, scopes.peek());
        if (node.getInitializer() == null && e.getKind() == ElementKind.LOCAL_VARIABLE) {
          usage.declaredEmpty.add(e);
        }
      }
      return super.visitVariable(node, p);
    }

    @Override
    public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void p) {
      return super.visitEnhancedForLoop(node, p);
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
      countArguments(node.getArguments());
      return super.visitMethodInvocation(node, p);
    }

    @Override
    public Void visitNewClass(com.sun.source.tree.NewClassTree node, Void p) {
      countArguments(node.getArguments());
      return super.visitNewClass(node, p);
    }

    private void countArguments(List<? extends ExpressionTree> args) {
      for (ExpressionTree a : args) {
        if (a instanceof IdentifierTree id) {
          Element e = unit.element(id);
          if (isLocal(e)) {
            usage.argumentUses.merge(e, 1, Integer::sum);
            argumentTrees.add(id);
          }
        }
      }
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree node, Void p) {
      if (node.getExpression() instanceof IdentifierTree id) handled.add(id);
      return super.visitMemberSelect(node, p);
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
      if (e != null) usage.plainAssignments.merge(e, 1, Integer::sum);
      return super.visitAssignment(node, p);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree node, Void p) {
      Element e = markAssigned(node.getVariable());
      if (e != null) usage.otherUpdates.add(e);
      return super.visitCompoundAssignment(node, p);
    }

    @Override
    public Void visitUnary(UnaryTree node, Void p) {
      switch (node.getKind()) {
        case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> {
          Element e = markAssigned(node.getExpression());
          if (e != null) usage.otherUpdates.add(e);
        }
        default -> { }
      }
      return super.visitUnary(node, p);
    }

    /** Records an assignment to a local; the local, or null for anything else. */
    private Element markAssigned(ExpressionTree target) {
      if (target instanceof IdentifierTree id) {
        Element e = unit.element(id);
        if (isLocal(e)) {
          usage.reassigned.add(e);
          handled.add(id);
          return e;
        }
      }
      return null;
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void p) {
      Element e = unit.element(node);
      if (isLocal(e)) {
        Tree decl = declaredIn.get(e);
        if (decl != null && decl != scopes.peek()) usage.captured.add(e);
        if (returnedTrees.contains(node) && scopes.size() == 1) {
          usage.returned.add(e); // returned by the method itself (a lambda's return is a capture)
          usage.otherEscapes.add(e);
        } else if (!handled.contains(node)) {
          usage.escaping.add(e);
          if (!argumentTrees.contains(node)) usage.otherEscapes.add(e);
        }
      }
      return null;
    }
  }
}
