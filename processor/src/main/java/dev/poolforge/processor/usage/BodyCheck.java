package dev.poolforge.processor.usage;

import com.sun.source.util.TreePath;

/** Checks one body (of a method, lambda or initializer block) and reports what it finds. */
@FunctionalInterface
interface BodyCheck {
    /**
     * @param body the path to the body: a block, or the expression of an expression lambda
     * @param kind "method", "lambda" or "initializer", for messages
     * @param reporter where findings go
     */
    void check(TreePath body, String kind, Reporter reporter);
}
