package dev.poolforge.processor;

import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic;

/**
 * Reports {@link Check}s through the compiler, on the element (and annotation) they are about.
 * Warnings are silenced by {@code @SuppressWarnings("poolforge")} on the element or on any class
 * around it; errors never are. Counts errors so that callers know whether to generate code.
 */
final class Reporter {
    static final String SUPPRESSION = "poolforge";

    private final Messager messager;
    private int errors;

    Reporter(Messager messager) {
        this.messager = messager;
    }

    void report(Check check, Element element, Object... args) {
        report(check, element, null, args);
    }

    void report(Check check, Element element, AnnotationMirror annotation, Object... args) {
        if (check.isWarning() && isSuppressed(element)) {
            return;
        }
        if (!check.isWarning()) {
            errors++;
        }
        messager.printMessage(check.kind(), check.message(args), element, annotation);
    }

    /** Reports an error at a place that has no element; see {@link SourceTrees#pooledLocalClassesIn}. */
    void reportError(Check check, SourceTrees.Location location, Object... args) {
        errors++;
        location.print(Diagnostic.Kind.ERROR, check.message(args));
    }

    /** Errors reported so far; compare before and after checking a class. */
    int errorCount() {
        return errors;
    }

    private static boolean isSuppressed(Element element) {
        for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (suppressionsOn(e).contains(SUPPRESSION)) {
                return true;
            }
        }
        return false;
    }

    private static List<Object> suppressionsOn(Element element) {
        return Annotations.find(element, SuppressWarnings.class.getName())
                .map(mirror -> mirror.getElementValues().entrySet().stream()
                        .filter(entry -> entry.getKey().getSimpleName().contentEquals("value"))
                        .flatMap(entry -> valuesOf(entry.getValue()).stream())
                        .toList())
                .orElse(List.of());
    }

    /** The strings of a {@code value} member, written as one string or as an array of them. */
    private static List<Object> valuesOf(AnnotationValue value) {
        Object raw = value.getValue();
        if (raw instanceof List<?> list) {
            return list.stream().map(item -> ((AnnotationValue) item).getValue()).toList();
        }
        return Arrays.asList(raw);
    }
}
