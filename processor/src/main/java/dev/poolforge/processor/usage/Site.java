package dev.poolforge.processor.usage;

import com.sun.source.tree.Tree;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Where something happened to a variable, for messages: the tree, its line, and a short text (the
 * pool's expression for an acquire or release, how the object got away for an escape). The line
 * and the text are worked out only when a message needs them: most sites are never reported, and
 * the checker runs on every compile. A site is its tree: two sites are equal when their trees are.
 */
final class Site {
    private final Tree tree;
    private final long position;
    private final LongSupplier line;
    private final Supplier<String> detail;

    /**
     * @param tree the expression or statement
     * @param position its start position in the compilation unit, which orders sites
     * @param line gives its line
     * @param detail gives the text a message quotes
     */
    Site(Tree tree, long position, LongSupplier line, Supplier<String> detail) {
        this.tree = tree;
        this.position = position;
        this.line = line;
        this.detail = detail;
    }

    Tree tree() {
        return tree;
    }

    long line() {
        return line.getAsLong();
    }

    String detail() {
        return detail.get();
    }

    /** The earlier of two sites, either of which may be null: keeps joins order-independent. */
    static Site earlier(Site a, Site b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.position < a.position ? b : a;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Site && ((Site) o).tree == tree;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(tree);
    }
}
