package dev.poolforge.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Sorts field types into {@link FieldType}s, and answers the other type questions checks ask. */
final class TypeClassifier {
    private final Types types;
    private final Elements elements;

    TypeClassifier(Types types, Elements elements) {
        this.types = types;
        this.elements = elements;
    }

    FieldType classify(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            TypeKind component = ((ArrayType) type).getComponentType().getKind();
            return component == TypeKind.ARRAY ? FieldType.NESTED_ARRAY : FieldType.ARRAY;
        }
        if (type.getKind() != TypeKind.DECLARED && type.getKind() != TypeKind.TYPEVAR) {
            return FieldType.PLAIN;
        }
        if (isA(type, "java.util.Collection") || isA(type, "java.util.Map")) {
            return FieldType.COLLECTION;
        }
        if (isA(type, "java.lang.StringBuilder") || isA(type, "java.lang.StringBuffer")) {
            return FieldType.BUILDER;
        }
        if (atomicDefault(type) != null) {
            return FieldType.ATOMIC;
        }
        if (type.getKind() == TypeKind.DECLARED
                && Annotations.has(((DeclaredType) type).asElement(), Annotations.POOLED)) {
            return FieldType.POOLED;
        }
        return FieldType.PLAIN;
    }

    /** For an atomic type, the value of a fresh one ({@code 0}, {@code false}, null); else null. */
    String atomicDefault(TypeMirror type) {
        if (isA(type, "java.util.concurrent.atomic.AtomicInteger")) {
            return "0";
        }
        if (isA(type, "java.util.concurrent.atomic.AtomicLong")) {
            return "0L";
        }
        if (isA(type, "java.util.concurrent.atomic.AtomicBoolean")) {
            return "false";
        }
        if (isA(type, "java.util.concurrent.atomic.AtomicReference")) {
            return "null";
        }
        return null;
    }

    /** Whether values of {@code type} are instances of the named class or interface. */
    boolean isA(TypeMirror type, String qualifiedName) {
        TypeElement target = elements.getTypeElement(qualifiedName);
        return target != null && types.isAssignable(types.erasure(type), types.erasure(target.asType()));
    }

    /** Whether an exception type must be declared or caught: neither unchecked nor an error. */
    boolean isChecked(TypeMirror thrown) {
        return !isA(thrown, "java.lang.RuntimeException") && !isA(thrown, "java.lang.Error");
    }

    /** The superclass of {@code type}, or null at {@code Object} or when it did not resolve. */
    static TypeElement superclassOf(TypeElement type) {
        if (type.getSuperclass().getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement superclass = (TypeElement) ((DeclaredType) type.getSuperclass()).asElement();
        return superclass.getQualifiedName().contentEquals("java.lang.Object") ? null : superclass;
    }

    /** Whether {@code type} is, or contains as a type argument or component, a type that did not resolve. */
    static boolean isUnresolved(TypeMirror type) {
        return switch (type.getKind()) {
            case ERROR -> true;
            case ARRAY -> isUnresolved(((ArrayType) type).getComponentType());
            case DECLARED -> anyUnresolved(((DeclaredType) type).getTypeArguments());
            default -> false;
        };
    }

    private static boolean anyUnresolved(List<? extends TypeMirror> arguments) {
        return arguments.stream().anyMatch(TypeClassifier::isUnresolved);
    }
}
