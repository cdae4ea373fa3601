package dev.poolforge.examples;

import dev.poolforge.Pooled;
import dev.poolforge.Reset;
import java.util.HashSet;
import java.util.Set;

/**
 * The working state of one {@link JsonEncoder} run: the output, a stack of open containers, and
 * the keys written so far to the top-level object. Encoders acquire one per document, so the
 * buffers are reused instead of grown afresh for every document.
 */
@Pooled
public class JsonScratch {
    /** Containers nested deeper than this are refused. */
    public static final int MAX_DEPTH = 32;
    /** Output capacity kept in the pool; a scratch whose output grew past it is dropped at release. */
    public static final int MAX_OUTPUT_CAPACITY = 16 * 1024;

    @Reset(maxSize = MAX_OUTPUT_CAPACITY) final StringBuilder out = new StringBuilder();
    /** Per open container, outermost first: how many members or elements it has so far. */
    @Reset final int[] memberCounts = new int[MAX_DEPTH];
    @Reset int depth;
    /** Keys of the top-level object, to refuse a duplicate: parsers disagree on which one wins. */
    @Reset final Set<String> topLevelKeys = new HashSet<>();

    /** @return the JSON written so far; valid until the scratch is released */
    public CharSequence output() {
        return out;
    }

    /** @return how many containers are open */
    public int depth() {
        return depth;
    }
}
