package dev.poolforge.processor;

import com.palantir.javapoet.ClassName;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One field of a pooled class, own or inherited, with what matters for resetting it; all of it
 * read from the element model.
 *
 * @param element the field
 * @param declaringClass the class that declares it: the pooled class or one of its superclasses
 * @param declaringType that class as a supertype of the pooled class, with its type arguments
 * @param type its type as seen from the pooled class (type arguments of superclasses applied)
 * @param fieldType the family of its type
 * @param reset its {@code @Reset}, if any
 * @param keep its {@code @Keep}, if any
 * @param hidden whether a subclass declares a field of the same name, so that the pool must cast
 *     to reach this one
 * @param reachable whether the generated pool, in the pooled class's package, can name it
 * @param nestedPool for a field of a {@code @Pooled} type, that type's pool; else null
 */
record PooledField(
        VariableElement element,
        TypeElement declaringClass,
        TypeMirror declaringType,
        TypeMirror type,
        FieldType fieldType,
        Optional<AnnotationMirror> reset,
        Optional<AnnotationMirror> keep,
        boolean hidden,
        boolean reachable,
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
        return !isFinal() || fieldType.isMutableWhenFinal();
    }

    /** Whether the pool resets the object this field holds in place, rather than copying the template's value. */
    boolean resetsInPlace() {
        return fieldType.resetsInPlace();
    }

    /** The {@code maxSize} of its {@code @Reset}, or {@link #NO_MAX_SIZE}. */
    int maxSize() {
        return reset.map(mirror -> Annotations.value(mirror, "maxSize", Integer.class, NO_MAX_SIZE))
                .orElse(NO_MAX_SIZE);
    }
}
