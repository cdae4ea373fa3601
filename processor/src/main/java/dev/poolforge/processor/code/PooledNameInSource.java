package dev.poolforge.processor.code;

import com.sun.source.tree.CompilationUnitTree;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Whether a compilation unit's source may name {@code Pooled}, which a {@code @Pooled} local class
 * must: with {@code Pooled} written out (imported, in the package, or fully qualified), or spelled
 * with Unicode escapes, which javac reads as the letters they stand for. Reading the text, which
 * javac's file manager keeps from parsing, costs far less than walking every tree of the unit for
 * a local class, and in most units the answer is no.
 */
final class PooledNameInSource {
    /** {@code Pooled}, or the start of a Unicode escape, which may spell it. */
    private static final Pattern NAME_OR_ESCAPE = Pattern.compile("Pooled|\\\\u");

    private PooledNameInSource() {
    }

    /** True unless the source holds neither {@code Pooled} nor a Unicode escape; true when it cannot be read. */
    static boolean mayName(CompilationUnitTree unit) {
        CharSequence text;
        try {
            text = unit.getSourceFile().getCharContent(true);
        } catch (IOException | RuntimeException unreadable) {
            return true;
        }
        return text == null || NAME_OR_ESCAPE.matcher(text).find();
    }
}
