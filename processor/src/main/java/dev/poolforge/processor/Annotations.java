package dev.poolforge.processor;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads poolforge's annotations through mirrors, by qualified name. The processor never loads the
 * annotation classes, so it does not need the runtime on its own class path, and it sees
 * annotations on classes that come from jars just as on classes in source. Shared by the
 * class-level checks, the checks on analysed code and the call-site checker.
 */
public final class Annotations {
    /** {@code @Pooled}, on a class that gets a generated pool. */
    public static final String POOLED = "dev.poolforge.Pooled";
    /** {@code @Reset}, on a field the pool resets or on a method it calls at release. */
    public static final String RESET = "dev.poolforge.Reset";
    /** {@code @Keep}, on a field that keeps its value across uses on purpose. */
    public static final String KEEP = "dev.poolforge.Keep";
    /** The marker the processor puts on the pools it generates. */
    public static final String GENERATED_MARKER = "dev.poolforge.Generated";

    private Annotations() {
    }

    /** The annotation of the given type on {@code element}, if it carries one. */
    public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** The {@code @Pooled} on {@code type}, where class-level problems are reported; null if absent. */
    static AnnotationMirror pooledOn(TypeElement type) {
        return find(type, POOLED).orElse(null);
    }

    /** Whether {@code element} carries the annotation of the given qualified name. */
    public static boolean has(Element element, String qualifiedName) {
        return find(element, qualifiedName).isPresent();
    }

    /**
     * The value of {@code member} as written on {@code mirror}, or {@code fallback} when it was not
     * written or does not have the expected type (javac already reported such a mistake).
     */
    static <T> T value(AnnotationMirror mirror, String member, Class<T> type, T fallback) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                Object value = entry.getValue().getValue();
                return type.isInstance(value) ? type.cast(value) : fallback;
            }
        }
        return fallback;
    }
}
