package dev.poolforge.processor;

import com.palantir.javapoet.CodeBlock;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Java source for the default values that generated code fills arrays with and checks for. */
final class Literals {
    private Literals() {
    }

    /** The value an element or field of {@code type} holds before anything is stored in it. */
    static CodeBlock defaultValue(TypeMirror type) {
        return defaultValue(type.getKind());
    }

    /** The default value of a primitive kind; {@code null} for any reference. */
    static CodeBlock defaultValue(TypeKind kind) {
        return switch (kind) {
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
}
