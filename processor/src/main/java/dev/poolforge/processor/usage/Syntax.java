package dev.poolforge.processor.usage;

import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.util.TreeScanner;
import java.util.function.Predicate;

/** Questions about the shape of code that need no types. */
final class Syntax {
    private Syntax() {
    }

    static ExpressionTree withoutParentheses(ExpressionTree expression) {
        ExpressionTree bare = expression;
        while (bare instanceof ParenthesizedTree) {
            bare = ((ParenthesizedTree) bare).getExpression();
        }
        return bare;
    }

    static boolean isNull(ExpressionTree expression) {
        return withoutParentheses(expression).getKind() == Tree.Kind.NULL_LITERAL;
    }

    /** The value of a {@code true} or {@code false} literal; null for anything else (or no expression). */
    static Boolean booleanConstant(ExpressionTree expression) {
        return expression instanceof LiteralTree && ((LiteralTree) expression).getValue() instanceof Boolean
                ? (Boolean) ((LiteralTree) expression).getValue()
                : null;
    }

    /** The literal {@code true}, as in {@code while (true)}: the loop ends only by a jump. */
    static boolean isTrue(ExpressionTree condition) {
        ExpressionTree bare = withoutParentheses(condition);
        return bare instanceof LiteralTree && Boolean.TRUE.equals(((LiteralTree) bare).getValue());
    }

    /**
     * Whether a value handed off through this tree is handed off itself: a variable, parentheses,
     * a cast, a branch of {@code ?:}, or a new object built from it.
     */
    static boolean passesValueThrough(Tree tree) {
        return tree instanceof IdentifierTree || tree instanceof ParenthesizedTree || tree instanceof TypeCastTree
                || tree instanceof ConditionalExpressionTree || tree instanceof NewClassTree;
    }

    /**
     * Whether some tree in {@code code} (itself included) passes the test: a walk without tree
     * paths or types that stops at the first match, cheap enough to run on every body javac
     * compiles before deciding whether to look at it closer.
     */
    static boolean contains(Tree code, Predicate<Tree> test) {
        return new TreeScanner<Void, Void>() {
            private boolean found;

            @Override
            public Void scan(Tree tree, Void unused) {
                if (found || tree == null) {
                    return null;
                }
                found = test.test(tree);
                return found ? null : super.scan(tree, unused);
            }

            boolean in(Tree tree) {
                scan(tree, null);
                return found;
            }
        }.in(code);
    }
}
