package dev.poolforge.processor;

import com.palantir.javapoet.ClassName;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One field of a pooled class, own or inherited, with what matters for resetting it.
 *
 * @param element the field
 * @param declaringClass the class that declares it: the pooled class or one of its superclasses
 * @param type its type as seen from the pooled class (type arguments of superclasses applied)
 * @param fieldType the family of its type
 * @param reset its {@code @Reset}, if any
 * @param keep its {@code @Keep}, if any
 * @param initializer what its declaration initializes it with
 * @param mentionedInResetMethod whether a {@code @Reset} method of the class names it
 * @param assignedInConstructor whether a constructor of its class assigns it, so that its
 *     declaration alone does not tell the value of a fresh object
 * @param hidden whether a subclass declares a field of the same name, so that the pool must cast
 *     to reach this one
 * @param nestedPool for a field of a {@code @Pooled} type, that type's pool; else null
 */
record PooledField(
        VariableElement element,
        TypeElement declaringClass,
        TypeMirror type,
        FieldType fieldType,
        Optional<AnnotationMirror> reset,
        Optional<AnnotationMirror> keep,
        Initializer initializer,
        boolean mentionedInResetMethod,
        boolean assignedInConstructor,
        boolean hidden,
        ClassName nestedPool) {

    static final int NO_MAX_SIZE = Integer.MAX_VALUE;

    String name() {
        return element.getSimpleName().toString();
    }

    boolean isStatic() {
        return element.getModifiers().contains(Modifier.STATIC);
    }

    boolean isFinal() {
        return element.getModifiers().contains(Modifier.FINAL);
    }

    boolean isPrivate() {
        return element.getModifiers().contains(Modifier.PRIVATE);
    }

    /** Whether a pooled object can carry state in this field from one use into the next. */
    boolean isMutable() {
        return !isFinal() || fieldType.isMutableContainer();
    }

    /** The {@code maxSize} of its {@code @Reset}, or {@link #NO_MAX_SIZE}. */
    int maxSize() {
        return reset.map(mirror -> Annotations.value(mirror, "maxSize", Integer.class, NO_MAX_SIZE))
                .orElse(NO_MAX_SIZE);
    }

    /**
     * How the generated code resets this field, or null when no reset restores the state a fresh
     * object has: a final field needs an in-place reset; a non-final one is assigned its default or
     * constant initial value, unless an initializer creates a container that is then reset in place.
     */
    ResetKind resetKind() {
        if (isFinal()) {
            return fieldType.inPlaceReset();
        }
        return switch (initializer.form()) {
            case NONE, UNKNOWN -> ResetKind.DEFAULT_VALUE;
            case CONSTANT -> ResetKind.CONSTANT;
            case NEW_EMPTY, NEW_SIZED, EXPRESSION -> fieldType.inPlaceReset();
        };
    }
}
