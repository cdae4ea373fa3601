package dev.poolforge.processor;

import com.palantir.javapoet.CodeBlock;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Java source for the values that generated resets assign: defaults and constants. */
final class Literals {
    private Literals() {
    }

    /** The value a field of {@code type} holds in a fresh object without initializer. */
    static CodeBlock defaultValue(TypeMirror type) {
        return switch (type.getKind()) {
            case BOOLEAN -> CodeBlock.of("false");
            case CHAR -> CodeBlock.of("'\\u0000'");
            case BYTE -> CodeBlock.of("(byte) 0");
            case SHORT -> CodeBlock.of("(short) 0");
            case INT -> CodeBlock.of("0");
            case LONG -> CodeBlock.of("0L");
            case FLOAT -> CodeBlock.of("0.0f");
            case DOUBLE -> CodeBlock.of("0.0");
            default -> CodeBlock.of("null");
        };
    }

    /** {@code constant}, written so that it can be assigned to a field of {@code type}. */
    static CodeBlock constant(Object constant, TypeMirror type) {
        if (constant instanceof Number number && type.getKind().isPrimitive()) {
            return number(number, type.getKind());
        }
        if (constant instanceof Character c && type.getKind() != TypeKind.CHAR && type.getKind().isPrimitive()) {
            return number((int) c, type.getKind());
        }
        if (constant == null) {
            return CodeBlock.of("null");
        }
        if (constant instanceof String string) {
            return CodeBlock.of("$S", string);
        }
        if (constant instanceof Character c) {
            return character(c);
        }
        if (constant instanceof Number number) {
            return number(number, kindOf(number));
        }
        return CodeBlock.of("$L", constant);
    }

    static Number negate(Number number) {
        if (number instanceof Long l) {
            return -l;
        }
        if (number instanceof Float f) {
            return -f;
        }
        if (number instanceof Double d) {
            return -d;
        }
        return -number.intValue();
    }

    private static CodeBlock number(Number number, TypeKind kind) {
        return switch (kind) {
            case LONG -> CodeBlock.of("$LL", number.longValue());
            case FLOAT -> floating(number.floatValue(), "Float", "f");
            case DOUBLE -> floating(number.doubleValue(), "Double", "");
            case CHAR -> character((char) number.intValue());
            default -> CodeBlock.of("$L", number.intValue());
        };
    }

    private static CodeBlock floating(double value, String boxName, String suffix) {
        if (Double.isNaN(value)) {
            return CodeBlock.of("$L.NaN", boxName);
        }
        if (Double.isInfinite(value)) {
            return CodeBlock.of("$L.$L_INFINITY", boxName, value > 0 ? "POSITIVE" : "NEGATIVE");
        }
        String digits = suffix.isEmpty() ? Double.toString(value) : Float.toString((float) value);
        return CodeBlock.of("$L$L", digits, suffix);
    }

    /**
     * A char literal. Quote, backslash and line breaks need escape sequences: as unicode escapes
     * they would be translated before lexing and break the literal.
     */
    private static CodeBlock character(char c) {
        return switch (c) {
            case '\'' -> CodeBlock.of("'\\''");
            case '\\' -> CodeBlock.of("'\\\\'");
            case '\n' -> CodeBlock.of("'\\n'");
            case '\r' -> CodeBlock.of("'\\r'");
            default -> c >= ' ' && c < 0x7f
                    ? CodeBlock.of("'$L'", c)
                    : CodeBlock.of("'\\u$L'", String.format("%04x", (int) c));
        };
    }

    private static TypeKind kindOf(Number number) {
        if (number instanceof Long) {
            return TypeKind.LONG;
        }
        if (number instanceof Float) {
            return TypeKind.FLOAT;
        }
        if (number instanceof Double) {
            return TypeKind.DOUBLE;
        }
        return TypeKind.INT;
    }
}
