package dev.poolforge.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * A {@code @Reset} method of a pooled class or of one of its superclasses.
 *
 * @param element the method
 * @param declaringClass the class that declares it
 * @param annotation its {@code @Reset}
 */
record ResetMethod(ExecutableElement element, TypeElement declaringClass, AnnotationMirror annotation) {
    String name() {
        return element.getSimpleName().toString();
    }

    /** Whether it returns {@code boolean}, where false drops the object. */
    boolean returnsBoolean() {
        return element.getReturnType().getKind() == TypeKind.BOOLEAN;
    }
}
