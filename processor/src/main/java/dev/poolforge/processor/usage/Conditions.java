package dev.poolforge.processor.usage;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import java.util.function.Function;
import javax.lang.model.element.Element;

/**
 * What a branch condition tells about the branch taken: {@code x == null} that x holds no object,
 * {@code success} or {@code !success} the flag's value. A branch whose condition contradicts a
 * known flag is reached by no path ({@code null}). {@code &&} and {@code ||} combine their operands
 * where both must hold; anything else tells nothing.
 */
final class Conditions {
    private final Function<ExpressionTree, Element> localOf;

    /** @param localOf the tracked local variable an expression is, or null */
    Conditions(Function<ExpressionTree, Element> localOf) {
        this.localOf = localOf;
    }

    /** The state in the branch where {@code condition} evaluated to {@code taken}. */
    Store assume(Store store, ExpressionTree condition, boolean taken) {
        ExpressionTree bare = Syntax.withoutParentheses(condition);
        if (store == null) {
            return null;
        }
        switch (bare.getKind()) {
            case LOGICAL_COMPLEMENT:
                return assume(store, ((UnaryTree) bare).getExpression(), !taken);
            case CONDITIONAL_AND:
            case CONDITIONAL_OR:
                BinaryTree both = (BinaryTree) bare;
                return taken == (bare.getKind() == Tree.Kind.CONDITIONAL_AND)
                        ? assume(assume(store, both.getLeftOperand(), taken), both.getRightOperand(), taken)
                        : store;
            case EQUAL_TO:
            case NOT_EQUAL_TO:
                return assumeNull((BinaryTree) bare, store, taken == (bare.getKind() == Tree.Kind.EQUAL_TO));
            case IDENTIFIER:
                Element flag = localOf.apply(bare);
                if (flag == null) {
                    return store;
                }
                Boolean known = store.flag(flag);
                return known == null ? store.withFlag(flag, taken) : known == taken ? store : null;
            default:
                return store;
        }
    }

    /** In the branch where {@code x == null} holds, x holds no object at all. */
    private Store assumeNull(BinaryTree test, Store store, boolean isNull) {
        ExpressionTree other = Syntax.isNull(test.getLeftOperand()) ? test.getRightOperand()
                : Syntax.isNull(test.getRightOperand()) ? test.getLeftOperand() : null;
        Element var = other == null ? null : localOf.apply(other);
        return var != null && isNull ? store.update(var, VarState.UNKNOWN) : store;
    }
}
