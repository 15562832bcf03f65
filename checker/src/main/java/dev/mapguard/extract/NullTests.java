package dev.mapguard.extract;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * What tests of a method's parameters against {@code null} say about them (as bits by parameter
 * index, see {@link dev.mapguard.model.Event.NullFacts}): {@code if (handler != null) addManaged(handler);}
 * makes the call only for a handler, and {@code if (handler == null) return;} makes the rest of the
 * method run only for one. Parameters are named by a function that gives a parameter's bit, or 0
 * for anything else (a local, a field, a parameter the method assigns).
 */
final class NullTests {
  private NullTests() {}

  /** The parameters known not to be null when {@code cond} evaluates to {@code when}. */
  static int nonNullWhen(ExpressionTree cond, boolean when, ToIntFunction<ExpressionTree> param) {
    cond = strip(cond);
    switch (cond.getKind()) {
      case EQUAL_TO, NOT_EQUAL_TO -> {
        // p != null holds, or p == null does not
        if ((cond.getKind() == Tree.Kind.EQUAL_TO) == when) return 0;
        BinaryTree b = (BinaryTree) cond;
        ExpressionTree l = strip(b.getLeftOperand());
        ExpressionTree r = strip(b.getRightOperand());
        if (r.getKind() == Tree.Kind.NULL_LITERAL) return param.applyAsInt(l);
        if (l.getKind() == Tree.Kind.NULL_LITERAL) return param.applyAsInt(r);
        return 0;
      }
      case CONDITIONAL_AND -> {
        BinaryTree b = (BinaryTree) cond;
        return when ? nonNullWhen(b.getLeftOperand(), true, param) | nonNullWhen(b.getRightOperand(), true, param) : 0;
      }
      case CONDITIONAL_OR -> {
        BinaryTree b = (BinaryTree) cond;
        return when ? 0 : nonNullWhen(b.getLeftOperand(), false, param) | nonNullWhen(b.getRightOperand(), false, param);
      }
      case LOGICAL_COMPLEMENT -> {
        return nonNullWhen(((UnaryTree) cond).getExpression(), !when, param);
      }
      case INSTANCE_OF -> {
        return when ? param.applyAsInt(strip(((InstanceOfTree) cond).getExpression())) : 0;
      }
      default -> {
        return 0;
      }
    }
  }

  /** The arguments that are the literal {@code null} (also cast: {@code (Handler) null}). */
  static int nullArguments(List<? extends ExpressionTree> args) {
    int bits = 0;
    for (int i = 0; i < args.size() && i < 31; i++) {
      if (strip(args.get(i)).getKind() == Tree.Kind.NULL_LITERAL) bits |= 1 << i;
    }
    return bits;
  }

  /** Whether the statement always leaves the method: it returns or throws (its last statement does). */
  static boolean leavesMethod(StatementTree s) {
    while (s instanceof BlockTree b) {
      if (b.getStatements().isEmpty()) return false;
      s = b.getStatements().get(b.getStatements().size() - 1);
    }
    return s != null && (s.getKind() == Tree.Kind.RETURN || s.getKind() == Tree.Kind.THROW);
  }

  /** The expression without parentheses and casts. */
  static ExpressionTree strip(ExpressionTree e) {
    while (true) {
      if (e instanceof ParenthesizedTree p) {
        e = p.getExpression();
      } else if (e instanceof TypeCastTree c) {
        e = c.getExpression();
      } else {
        return e;
      }
    }
  }
}
