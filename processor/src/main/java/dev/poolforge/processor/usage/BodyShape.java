package dev.poolforge.processor.usage;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import java.util.function.Predicate;

/**
 * What {@link BodyFinder} needs to know of a method body before it looks closer, found in one walk
 * without tree paths or types that stops once both answers are known: whether some tree in it
 * concerns the check, and whether it declares a lambda or a class, whose bodies are checked on
 * their own.
 */
final class BodyShape extends TreeScanner<Void, Void> {
    private final Predicate<Tree> concerns;
    private boolean concerned;
    private boolean nestsBodies;

    private BodyShape(Predicate<Tree> concerns) {
        this.concerns = concerns;
    }

    static BodyShape of(Tree body, Predicate<Tree> concerns) {
        BodyShape shape = new BodyShape(concerns);
        shape.scan(body, null);
        return shape;
    }

    /** Whether some tree in the body (in a nested body too) passes the test. */
    boolean concerned() {
        return concerned;
    }

    /** Whether the body declares a lambda or a class (a local or anonymous one). */
    boolean nestsBodies() {
        return nestsBodies;
    }

    @Override
    public Void scan(Tree tree, Void unused) {
        if (tree == null || concerned && nestsBodies) {
            return null;
        }
        concerned |= concerns.test(tree);
        nestsBodies |= tree instanceof LambdaExpressionTree || tree instanceof ClassTree;
        return super.scan(tree, unused);
    }
}
