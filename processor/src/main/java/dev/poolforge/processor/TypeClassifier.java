package dev.poolforge.processor;

import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Sorts field types into {@link FieldType}s, and answers the other type questions checks ask. */
public final class TypeClassifier {
    private static final List<String> VALUE_CLASSES = List.of(
            "java.lang.String", "java.lang.Boolean", "java.lang.Character", "java.lang.Byte", "java.lang.Short",
            "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double",
            "java.math.BigInteger", "java.math.BigDecimal", "java.util.UUID");

    private final Types types;
    private final Elements elements;

    public TypeClassifier(Types types, Elements elements) {
        this.types = types;
        this.elements = elements;
    }

    public FieldType classify(TypeMirror type) {
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
        if (isA(type, "java.util.concurrent.atomic.LongAdder") || isA(type, "java.util.concurrent.atomic.DoubleAdder")) {
            return FieldType.ADDER;
        }
        if (isA(type, "java.util.BitSet")) {
            return FieldType.BIT_SET;
        }
        if (isA(type, "java.util.concurrent.atomic.AtomicIntegerArray")
                || isA(type, "java.util.concurrent.atomic.AtomicLongArray")
                || isA(type, "java.util.concurrent.atomic.AtomicReferenceArray")) {
            return FieldType.ATOMIC_ARRAY;
        }
        if (isA(type, "java.nio.Buffer")) {
            return FieldType.BUFFER;
        }
        if (type.getKind() == TypeKind.DECLARED
                && Annotations.has(((DeclaredType) type).asElement(), Annotations.POOLED)) {
            return FieldType.POOLED;
        }
        return FieldType.PLAIN;
    }

    /**
     * Whether a field can carry state from one use of a pooled object into the next: a non-final
     * instance field, or a final one holding a container. Static fields are not pooled state.
     */
    public boolean isMutableField(VariableElement field) {
        if (field.getModifiers().contains(Modifier.STATIC)) {
            return false;
        }
        return !field.getModifiers().contains(Modifier.FINAL) || classify(field.asType()).isMutableWhenFinal();
    }

    /**
     * Whether every value of {@code type} is immutable, so that one value may be shared by all
     * pooled objects: primitives, boxes, {@code String}, enums, the {@code java.time} types,
     * {@code BigInteger}, {@code BigDecimal}, {@code UUID}.
     */
    public boolean isImmutableValue(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return true;
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        String name = element.getQualifiedName().toString();
        return element.getKind() == ElementKind.ENUM || VALUE_CLASSES.contains(name)
                || name.startsWith("java.time.") && name.lastIndexOf('.') == "java.time".length();
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
    public boolean isA(TypeMirror type, String qualifiedName) {
        TypeElement target = elements.getTypeElement(qualifiedName);
        return target != null && types.isAssignable(types.erasure(type), types.erasure(target.asType()));
    }

    /** Whether an exception type must be declared or caught: neither unchecked nor an error. */
    boolean isChecked(TypeMirror thrown) {
        return !isA(thrown, "java.lang.RuntimeException") && !isA(thrown, "java.lang.Error");
    }

    /** The superclass of {@code type}, or null at {@code Object} or when it did not resolve. */
    public static TypeElement superclassOf(TypeElement type) {
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
