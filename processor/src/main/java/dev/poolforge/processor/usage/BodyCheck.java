package dev.poolforge.processor.usage;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;

/** Checks one body (of a method, lambda or initializer block) and reports what it finds. */
@FunctionalInterface
interface BodyCheck {
    /**
     * @param body the path to the body: a block, or the expression of an expression lambda
     * @param kind "method", "lambda" or "initializer", for messages
     * @param reporter where findings go
     * @return whether the body declares a lambda or a class, whose bodies {@link BodyFinder} then
     *     checks on their own; true when the check does not know. A check that walks every tree of
     *     the body knows, and saves {@code BodyFinder} a walk of its own.
     */
    boolean check(TreePath body, String kind, Reporter reporter);

    /**
     * Whether code holding this tree may give the check something to find: a test of one tree,
     * without types, that {@link BodyFinder} runs over a body, up to the first tree that passes,
     * before checking it. A body in which no tree passes (nor any body nested in it, which is part
     * of it) is not checked. By default, every tree passes.
     */
    default boolean concerns(Tree tree) {
        return true;
    }
}
