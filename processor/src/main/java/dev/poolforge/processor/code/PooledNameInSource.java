package dev.poolforge.processor.code;

import com.sun.source.tree.CompilationUnitTree;
import java.io.IOException;

/**
 * Whether a compilation unit's source may name {@code Pooled}, which a {@code @Pooled} local class
 * must: with {@code Pooled} written out (imported, in the package, or fully qualified), or spelled
 * with Unicode escapes, which javac reads as the letters they stand for. Reading the text, which
 * javac's file manager keeps from parsing, costs far less than walking every tree of the unit for
 * a local class, and in most units the answer is no.
 */
final class PooledNameInSource {
    private static final String NAME = "Pooled";

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
        for (int i = 0, end = text.length() - 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\' && text.charAt(i + 1) == 'u' || c == 'P' && startsWithName(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithName(CharSequence text, int at) {
        if (at + NAME.length() > text.length()) {
            return false;
        }
        for (int i = 1; i < NAME.length(); i++) {
            if (text.charAt(at + i) != NAME.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
