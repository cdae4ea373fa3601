package dev.poolforge.processor.usage;

import com.sun.source.tree.Tree;

/**
 * Where something happened to a variable, for messages: the tree, its line, and a short text
 * (the pool's expression for an acquire or release, how the object got away for an escape).
 *
 * @param tree the expression or statement
 * @param position its start position in the compilation unit, which orders sites
 * @param line its line
 * @param detail the text a message quotes
 */
record Site(Tree tree, long position, long line, String detail) {

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
}
