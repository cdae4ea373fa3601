package dev.poolforge.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The generated statements about one field: its drop checks and reset at release, its comparison
 * in the audit, and its check of the template when the pool is built. In all of them, {@code obj}
 * is the object at hand and {@code template} the pool's new object that is never handed out.
 */
final class FieldCode {
    /** The {@code @SuppressWarnings} id that turns off the template check of a container that starts with content. */
    static final String SEEDED_CONTAINER = "SeededContainer";
    /** The {@code @SuppressWarnings} id that turns off the template check of an object that copying would share. */
    static final String SHARED_MUTABLE_VALUE = "SharedMutableValue";

    private static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
    private static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    private static final ClassName ILLEGAL_STATE = ClassName.get(IllegalStateException.class);

    private final PooledClass pooled;
    private final PooledField field;
    private final TypeClassifier classifier;

    FieldCode(PooledClass pooled, PooledField field, TypeClassifier classifier) {
        this.pooled = pooled;
        this.field = field;
        this.classifier = classifier;
    }

    /** Whether the field is {@code @Reset}, so the generated reset restores it. */
    boolean isReset() {
        return field.reset().isPresent();
    }

    /** Whether the field holds another {@code @Pooled} class, whose own generated code compares and resets it. */
    boolean isNestedPool() {
        return field.fieldType() == FieldType.POOLED;
    }

    /**
     * {@code return false} when the object must be dropped rather than reset: a container past its
     * {@code maxSize}; a non-final container the user replaced by one of another class, or an array
     * by one of another length, which an in-place reset would not bring back to the template's.
     */
    CodeBlock dropChecks() {
        CodeBlock.Builder code = CodeBlock.builder();
        CodeBlock value = of("obj");
        CodeBlock fresh = of("template");
        int maxSize = field.maxSize();
        if (maxSize != PooledField.NO_MAX_SIZE) {
            String size = field.fieldType() == FieldType.BUILDER ? "capacity" : "size";
            if (field.isFinal()) {
                code.beginControlFlow("if ($L.$L() > $L)", value, size, maxSize);
            } else {
                code.beginControlFlow("if ($L != null && $L.$L() > $L)", value, value, size, maxSize);
            }
            code.addStatement("return false").endControlFlow();
        }
        if (!field.isFinal() && field.resetsInPlace()) {
            CodeBlock other = field.fieldType() == FieldType.ARRAY
                    ? CodeBlock.of("$L.length != $L.length", value, fresh)
                    : CodeBlock.of("$L.getClass() != $L.getClass()", value, fresh);
            code.beginControlFlow("if ($L != null && ($L == null || $L))", fresh, value, other)
                    .addStatement("return false")
                    .endControlFlow();
        }
        return code.build();
    }

    /** Restores the field: the template's value copied, or the object it holds reset in place. */
    CodeBlock reset() {
        CodeBlock value = of("obj");
        CodeBlock fresh = of("template");
        if (!field.resetsInPlace()) {
            return CodeBlock.builder().addStatement("$L = $L", value, fresh).build();
        }
        if (field.isFinal()) {
            return inPlaceReset(value, fresh);
        }
        return CodeBlock.builder()
                .beginControlFlow("if ($L == null)", fresh)
                .addStatement("$L = null", value)
                .nextControlFlow("else")
                .add(inPlaceReset(value, fresh))
                .endControlFlow()
                .build();
    }

    /**
     * The statements that empty the container in place. Atomics are reset with {@code setPlain}:
     * a volatile {@code set} costs a full fence per field on x86, and ordering is not needed here,
     * because no other thread may touch a released object until the pool hands it out again, and
     * that hand-out orders these writes before the next owner's reads (the same thread's program
     * order, or the stripe's CAS and the taker's read of it).
     */
    private CodeBlock inPlaceReset(CodeBlock value, CodeBlock fresh) {
        CodeBlock.Builder code = CodeBlock.builder();
        TypeMirror type = field.type();
        return switch (field.fieldType()) {
            case COLLECTION, BIT_SET -> code.addStatement("$L.clear()", value).build();
            case BUILDER -> code.addStatement("$L.setLength(0)", value).build();
            case ARRAY -> code.addStatement("$T.fill($L, $L)", ARRAYS, value,
                    Literals.defaultValue(((ArrayType) type).getComponentType())).build();
            case ATOMIC -> code.addStatement("$L.setPlain($L)", value, classifier.atomicDefault(type)).build();
            case ADDER -> code.addStatement("$L.reset()", value).build();
            case ATOMIC_ARRAY -> code.beginControlFlow("for (int i = 0, n = $L.length(); i < n; i++)", value)
                    .addStatement("$L.setPlain(i, $L)", value, classifier.atomicArrayDefault(type))
                    .endControlFlow()
                    .build();
            case BUFFER -> bufferReset(code, value, type);
            case POOLED -> code.beginControlFlow("if (!$T.$N($L, $L))",
                            field.nestedPool(), PoolWriter.RESET_METHOD, value, fresh)
                    .addStatement("return false")
                    .endControlFlow()
                    .build();
            case VALUE, STATEFUL, OTHER -> throw new IllegalStateException(field.fieldType() + " is not reset in place");
        };
    }

    /** {@code clear()} resets position and limit; the contents are zeroed too, as a new buffer has them. */
    private CodeBlock bufferReset(CodeBlock.Builder code, CodeBlock value, TypeMirror type) {
        code.addStatement("$L.clear()", value);
        TypeKind element = classifier.bufferElement(type);
        if (element != null) {
            code.beginControlFlow("for (int i = 0, n = $L.capacity(); i < n; i++)", value)
                    .addStatement("$L.put(i, $L)", value, Literals.defaultValue(element))
                    .endControlFlow();
        }
        return code.build();
    }

    /**
     * Whether the audit compares this field: every instance field the pool can name, except
     * {@code @Keep} ones and final ones that hold values that cannot change.
     */
    boolean isAudited() {
        return !field.isStatic() && field.keep().isEmpty() && field.reachable() && field.isMutable();
    }

    /** {@code return "<path> is <value> where a new X has <value>"} when the field differs from the template's. */
    CodeBlock audit() {
        CodeBlock value = of("obj");
        CodeBlock fresh = of("template");
        CodeBlock.Builder code = CodeBlock.builder();
        if (field.fieldType() == FieldType.POOLED) {
            if (!field.isFinal()) {
                code.beginControlFlow("if ($L != null && $L != null)", value, fresh);
            }
            code.addStatement("difference = $T.$N($L, $L)", field.nestedPool(), PoolWriter.AUDIT_METHOD, value, fresh)
                    .beginControlFlow("if (difference != null)")
                    .addStatement("return $S + difference", field.name() + ".")
                    .endControlFlow();
            if (field.isFinal()) {
                return code.build();
            }
            code.endControlFlow();
        }
        return code.beginControlFlow("if ($L)", differs(value, fresh))
                .addStatement("return $S + $L + $S + $L", field.name() + " is ", shown(value),
                        " where a new " + pooled.simpleName() + " has ", shown(fresh))
                .endControlFlow()
                .build();
    }

    private CodeBlock differs(CodeBlock value, CodeBlock fresh) {
        TypeMirror type = field.type();
        if (type.getKind() == TypeKind.FLOAT || type.getKind() == TypeKind.DOUBLE) {
            return CodeBlock.of("$T.compare($L, $L) != 0", type.getKind() == TypeKind.FLOAT ? Float.class : Double.class,
                    value, fresh);
        }
        if (type.getKind().isPrimitive()) {
            return CodeBlock.of("$L != $L", value, fresh);
        }
        CodeBlock contents = switch (field.fieldType()) {
            case VALUE -> null;
            case STATEFUL, OTHER -> field.reset().isPresent() ? null : presence(value, fresh);
            case COLLECTION -> CodeBlock.of("$L.size() != $L.size()", value, fresh);
            case BUILDER -> CodeBlock.of("$L.length() != $L.length()", value, fresh);
            case ARRAY -> CodeBlock.of("!$T.equals($L, $L)", ARRAYS, value, fresh);
            case ATOMIC -> CodeBlock.of("$L.get() != $L.get()", value, fresh);
            case ADDER -> CodeBlock.of("$L.sum() != $L.sum()", value, fresh);
            case BIT_SET -> CodeBlock.of("!$L.equals($L)", value, fresh);
            case ATOMIC_ARRAY -> CodeBlock.of("!$L.toString().equals($L.toString())", value, fresh);
            case BUFFER -> CodeBlock.of("$L.position() != $L.position() || $L.limit() != $L.limit() || !$L.equals($L)",
                    value, fresh, value, fresh, value, fresh);
            case POOLED -> presence(value, fresh); // its fields are compared one by one above
        };
        if (contents == null) {
            return CodeBlock.of("!$T.equals($L, $L)", OBJECTS, value, fresh);
        }
        boolean dereferences = field.resetsInPlace()
                && field.fieldType() != FieldType.ARRAY && field.fieldType() != FieldType.POOLED;
        if (field.isFinal() || !dereferences) {
            return contents;
        }
        return CodeBlock.of("$L == null || $L == null ? $L != $L : $L", value, fresh, value, fresh, contents);
    }

    /**
     * Whether one holds an object and the other does not: all the audit can say of an object that a
     * {@code @Reset} method may replace with an equal new one, or of one compared field by field.
     */
    private static CodeBlock presence(CodeBlock value, CodeBlock fresh) {
        return CodeBlock.of("($L == null) != ($L == null)", value, fresh);
    }

    private CodeBlock shown(CodeBlock value) {
        return field.fieldType() == FieldType.ARRAY ? CodeBlock.of("$T.toString($L)", ARRAYS, value) : value;
    }

    /**
     * Throws {@code IllegalStateException} when the template is not what the reset restores: a
     * container with content (reset empties it), or, for a non-final field copied from the template,
     * an object with state of its own that copying would share between all pooled objects. Empty
     * when there is nothing to check, or the user suppressed the check on the field.
     */
    CodeBlock templateCheck() {
        if (field.reset().isEmpty()) {
            return CodeBlock.of("");
        }
        CodeBlock fresh = of("template");
        if (field.fieldType() == FieldType.STATEFUL && !field.isFinal()
                && !Suppression.isSuppressed(field.element(), SHARED_MUTABLE_VALUE, false)) {
            return failWhen(CodeBlock.of("$L != null", fresh), SHARED_MUTABLE_VALUE,
                    "holds a " + simpleTypeName() + " in a new object, and release would copy that one object into"
                            + " every reused one; start it as null, or reset it in a @Reset method instead");
        }
        CodeBlock seeded = seeded(fresh);
        if (seeded == null || Suppression.isSuppressed(field.element(), SEEDED_CONTAINER, false)) {
            return CodeBlock.of("");
        }
        if (!field.isFinal()) {
            seeded = CodeBlock.of("$L != null && $L", fresh, seeded);
        }
        return failWhen(seeded, SEEDED_CONTAINER,
                "is not empty in a new object, but release empties it; create it empty, or reset it in a @Reset"
                        + " method instead");
    }

    /** When the template's container has content; null for a field that is not a container. */
    private CodeBlock seeded(CodeBlock fresh) {
        TypeMirror type = field.type();
        return switch (field.fieldType()) {
            case COLLECTION, BIT_SET -> CodeBlock.of("!$L.isEmpty()", fresh);
            case BUILDER -> CodeBlock.of("$L.length() != 0", fresh);
            case ARRAY -> {
                TypeMirror component = ((ArrayType) type).getComponentType();
                TypeName empty = component.getKind().isPrimitive() ? TypeName.get(component) : ClassName.OBJECT;
                yield CodeBlock.of("!$T.equals($L, new $T[$L.length])", ARRAYS, fresh, empty, fresh);
            }
            case ATOMIC -> CodeBlock.of("$L.get() != $L", fresh, classifier.atomicDefault(type));
            case ADDER -> CodeBlock.of("$L.sum() != 0", fresh);
            case ATOMIC_ARRAY -> CodeBlock.of("!$L.toString().equals(new $T$L($L.length()).toString())",
                    fresh, TypeName.get(classifier.erasure(type)), classifier.isGeneric(type) ? "<>" : "", fresh);
            case BUFFER -> bufferSeeded(fresh, type);
            case POOLED, VALUE, STATEFUL, OTHER -> null;
        };
    }

    /** A buffer not cleared, or, when its element type is known, with a non-zero element. */
    private CodeBlock bufferSeeded(CodeBlock fresh, TypeMirror type) {
        CodeBlock moved = CodeBlock.of("$L.position() != 0 || $L.limit() != $L.capacity()", fresh, fresh, fresh);
        TypeKind element = classifier.bufferElement(type);
        if (element == null) {
            return CodeBlock.of("($L)", moved);
        }
        return CodeBlock.of("($L || !$L.duplicate().clear().equals($T.allocate($L.capacity())))",
                moved, fresh, ClassName.bestGuess(TypeClassifier.bufferClassOf(element)), fresh);
    }

    /** The nested pool's check of its part of the template, for a {@code @Reset} field of a {@code @Pooled} type. */
    CodeBlock nestedTemplateCheck() {
        if (field.reset().isEmpty() || field.fieldType() != FieldType.POOLED) {
            return CodeBlock.of("");
        }
        CodeBlock fresh = of("template");
        return CodeBlock.builder()
                .beginControlFlow("if ($L != null)", fresh)
                .addStatement("$T.$N($L)", field.nestedPool(), PoolWriter.TEMPLATE_CHECK_METHOD, fresh)
                .endControlFlow()
                .build();
    }

    private CodeBlock failWhen(CodeBlock condition, String id, String problem) {
        String message = "[" + Suppression.KEY + ":" + id + "] field '" + field.name() + "' of "
                + pooled.element().getQualifiedName() + " " + problem;
        return CodeBlock.builder()
                .beginControlFlow("if ($L)", condition)
                .addStatement("throw new $T($S)", ILLEGAL_STATE, message)
                .endControlFlow()
                .build();
    }

    private String simpleTypeName() {
        TypeName name = TypeName.get(classifier.erasure(field.type()));
        return name instanceof ClassName className ? className.simpleName() : name.toString();
    }

    /** {@code obj.name} or {@code template.name}; {@code ((Base<String>) obj).name} when a subclass field of the same name hides it. */
    private CodeBlock of(String object) {
        if (!field.hidden()) {
            return CodeBlock.of("$N.$N", object, field.name());
        }
        return CodeBlock.of("(($T) $N).$N", TypeName.get(field.declaringType()), object, field.name());
    }
}
