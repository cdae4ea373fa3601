package dev.poolforge.processor;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The one classification of field types that the generator and every check share: which
 * {@link FieldType} a type is, whether it is an immutable value, and whether a field can carry state
 * from one use of a pooled object into the next. It reads only the element model (types, modifiers
 * and annotations, from source or class files), so every compiler gets the same answers.
 *
 * <p>Checks on analysed code use it as: {@code new TypeClassifier(env.getTypeUtils(),
 * env.getElementUtils())}, then {@link #isMutableField(VariableElement)} for "must this field be
 * reset", {@link #classify} for "how is it reset", {@link #isImmutableValue} for "is copying its value
 * safe whatever the value".
 */
public final class TypeClassifier {
    private static final List<String> VALUE_CLASSES = List.of(
            "java.lang.String", "java.lang.Boolean", "java.lang.Character", "java.lang.Byte", "java.lang.Short",
            "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double",
            "java.math.BigInteger", "java.math.BigDecimal", "java.util.UUID");
    private static final List<String> ATOMICS = List.of(
            "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong",
            "java.util.concurrent.atomic.AtomicBoolean", "java.util.concurrent.atomic.AtomicReference");
    private static final List<String> ADDERS = List.of(
            "java.util.concurrent.atomic.LongAdder", "java.util.concurrent.atomic.DoubleAdder");
    private static final List<String> ATOMIC_ARRAYS = List.of(
            "java.util.concurrent.atomic.AtomicIntegerArray", "java.util.concurrent.atomic.AtomicLongArray",
            "java.util.concurrent.atomic.AtomicReferenceArray");

    private final Types types;
    private final Elements elements;

    /**
     * @param types the compiler's type utilities
     * @param elements the compiler's element utilities
     */
    public TypeClassifier(Types types, Elements elements) {
        this.types = types;
        this.elements = elements;
    }

    /**
     * The family of {@code type}, which says how a pool resets a field of it.
     *
     * @param type a field's type, as seen from the pooled class
     * @return its family; {@link FieldType#OTHER} for what is not known
     */
    public FieldType classify(TypeMirror type) {
        return classify(type, new HashSet<>());
    }

    /** {@link #classify}, following fields of fields without looping on classes that contain each other. */
    private FieldType classify(TypeMirror type, Set<TypeElement> seen) {
        if (type.getKind().isPrimitive()) {
            return FieldType.VALUE;
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return ((ArrayType) type).getComponentType().getKind() == TypeKind.ARRAY
                    ? FieldType.STATEFUL
                    : FieldType.ARRAY;
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return FieldType.OTHER; // a type variable: anything, copied as it is
        }
        if (isA(type, "java.util.Collection") || isA(type, "java.util.Map")) {
            return FieldType.COLLECTION;
        }
        if (isA(type, "java.lang.StringBuilder") || isA(type, "java.lang.StringBuffer")) {
            return FieldType.BUILDER;
        }
        if (isAnyOf(type, ATOMICS)) {
            return FieldType.ATOMIC;
        }
        if (isAnyOf(type, ADDERS)) {
            return FieldType.ADDER;
        }
        if (isA(type, "java.util.BitSet")) {
            return FieldType.BIT_SET;
        }
        if (isAnyOf(type, ATOMIC_ARRAYS)) {
            return FieldType.ATOMIC_ARRAY;
        }
        if (isA(type, "java.nio.Buffer")) {
            return FieldType.BUFFER;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (Annotations.has(element, Annotations.POOLED)) {
            return FieldType.POOLED;
        }
        if (isImmutableValue(type)) {
            return FieldType.VALUE;
        }
        return hasOwnState(element, seen) ? FieldType.STATEFUL : FieldType.OTHER;
    }

    /**
     * Whether every value of {@code type} is immutable, so that one value may be shared by all
     * pooled objects: primitives, boxes, {@code String}, enums, the {@code java.time} types,
     * {@code BigInteger}, {@code BigDecimal}, {@code UUID}, and records whose components are all such.
     */
    public boolean isImmutableValue(TypeMirror type) {
        return isImmutableValue(type, new HashSet<>());
    }

    /**
     * Whether a field can carry state from one use of a pooled object into the next, so it needs a
     * reset ({@code @Reset}, or a {@code @Reset} method) or {@code @Keep}: a non-final instance field,
     * or a final one holding a container or an object with state of its own (see
     * {@link FieldType#isMutableWhenFinal()}). Static fields are not pooled state.
     */
    public boolean isMutableField(VariableElement field) {
        if (field.getModifiers().contains(Modifier.STATIC)) {
            return false;
        }
        return !field.getModifiers().contains(Modifier.FINAL) || classify(field.asType()).isMutableWhenFinal();
    }

    /**
     * For an atomic type, the value a new one holds ({@code 0}, {@code 0L}, {@code false}, {@code null}), as
     * Java source; else null.
     */
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
        return isA(type, "java.util.concurrent.atomic.AtomicReference") ? "null" : null;
    }

    /** For an atomic array type, the value of a new element as Java source; else null. */
    String atomicArrayDefault(TypeMirror type) {
        if (isA(type, "java.util.concurrent.atomic.AtomicIntegerArray")) {
            return "0";
        }
        if (isA(type, "java.util.concurrent.atomic.AtomicLongArray")) {
            return "0L";
        }
        return isA(type, "java.util.concurrent.atomic.AtomicReferenceArray") ? "null" : null;
    }

    /** For a buffer type, the kind of its elements, such as {@code BYTE}; else null (a plain {@code Buffer}). */
    TypeKind bufferElement(TypeMirror type) {
        for (TypeKind element : List.of(TypeKind.BYTE, TypeKind.CHAR, TypeKind.SHORT, TypeKind.INT, TypeKind.LONG,
                TypeKind.FLOAT, TypeKind.DOUBLE)) {
            if (isA(type, bufferClassOf(element))) {
                return element;
            }
        }
        return null;
    }

    /** The qualified name of the buffer of {@code element}s, such as {@code java.nio.ByteBuffer}. */
    static String bufferClassOf(TypeKind element) {
        String name = element.name();
        return "java.nio." + name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) + "Buffer";
    }

    /** {@code type} without type arguments. */
    TypeMirror erasure(TypeMirror type) {
        return types.erasure(type);
    }

    /** Whether the class of {@code type} has type parameters, so creating one takes {@code <>}. */
    boolean isGeneric(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && !((TypeElement) ((DeclaredType) type).asElement()).getTypeParameters().isEmpty();
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

    private boolean isAnyOf(TypeMirror type, List<String> qualifiedNames) {
        return qualifiedNames.stream().anyMatch(name -> isA(type, name));
    }

    private boolean isImmutableValue(TypeMirror type, Set<Element> seen) {
        if (type.getKind().isPrimitive()) {
            return true;
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        String name = element.getQualifiedName().toString();
        if (element.getKind() == ElementKind.ENUM || VALUE_CLASSES.contains(name)
                || packageOf(element).equals("java.time")) {
            return true;
        }
        if (element.getKind() != ElementKind.RECORD || !seen.add(element)) {
            return element.getKind() == ElementKind.RECORD; // a record that contains itself: its other parts decide
        }
        for (RecordComponentElement component : element.getRecordComponents()) {
            if (!isImmutableValue(component.asType(), seen)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether objects of a class outside the JDK carry state that changes: a non-final instance
     * field, or a final one holding a container or such an object, in the class or a superclass.
     * JDK classes are left out: many immutable ones cache lazily in non-final fields ({@code String},
     * {@code Pattern}), and the mutable ones that matter are the containers classified above.
     */
    private boolean hasOwnState(TypeElement type, Set<TypeElement> seen) {
        for (TypeElement c = type; c != null && !isJdk(c) && seen.add(c); c = superclassOf(c)) {
            for (VariableElement field : ElementFilter.fieldsIn(c.getEnclosedElements())) {
                if (field.getModifiers().contains(Modifier.STATIC)) {
                    continue;
                }
                if (!field.getModifiers().contains(Modifier.FINAL)) {
                    return true;
                }
                if (classify(field.asType(), seen).isMutableWhenFinal()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isJdk(TypeElement type) {
        String name = packageOf(type);
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
    }

    private static String packageOf(Element element) {
        Element e = element;
        while (e.getKind() != ElementKind.PACKAGE) {
            e = e.getEnclosingElement();
        }
        return ((PackageElement) e).getQualifiedName().toString();
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
            case DECLARED -> ((DeclaredType) type).getTypeArguments().stream().anyMatch(TypeClassifier::isUnresolved);
            default -> false;
        };
    }
}
