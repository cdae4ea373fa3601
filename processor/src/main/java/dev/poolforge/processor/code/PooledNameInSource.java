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
 * at every character, which cost 3% to 4% of compiling a 5 000-line class. javac analyses a unit's
 * classes one after the other, so the answer for the last unit is kept: each class would otherwise
 * copy the unit's whole text again.
 */
final class PooledNameInSource {
    private static final String NAME = "Pooled";
    /** The start of a Unicode escape, which may spell the name. */
    private static final String ESCAPE = "\\u";

    private CompilationUnitTree lastUnit;
    private boolean lastAnswer;

    /** True unless the source holds neither {@code Pooled} nor a Unicode escape; true when it cannot be read. */
    boolean mayName(CompilationUnitTree unit) {
        if (unit != lastUnit) {
            lastAnswer = readsName(unit);
            lastUnit = unit;
        }
        return lastAnswer;
    }

    private static boolean readsName(CompilationUnitTree unit) {
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
