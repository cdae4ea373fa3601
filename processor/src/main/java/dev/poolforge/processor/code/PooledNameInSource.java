package dev.poolforge.processor.code;

import com.sun.source.tree.CompilationUnitTree;
import java.io.IOException;

/**
 * Whether a compilation unit's source may name {@code Pooled}, which a {@code @Pooled} local class
 * must: with {@code Pooled} written out (imported, in the package, or fully qualified), or spelled
 * with Unicode escapes, which javac reads as the letters they stand for. Reading the text, which
 * javac's file manager keeps from parsing, costs far less than walking every tree of the unit for
 * a local class, and in most units the answer is no. The text is searched with {@link String#contains},
 * which the JVM runs as vector instructions: a regular expression with two alternatives tries both
 * at every character, which cost 3% to 4% of compiling a 5 000-line class.
 */
final class PooledNameInSource {
    private static final String NAME = "Pooled";
    /** The start of a Unicode escape, which may spell the name. */
    private static final String ESCAPE = "\\u";

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
        if (text == null) {
            return true;
        }
        String source = text.toString();
        return source.contains(NAME) || source.contains(ESCAPE);
    }
}
