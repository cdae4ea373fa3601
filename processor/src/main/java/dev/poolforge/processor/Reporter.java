package dev.poolforge.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Reports {@link Check}s through the compiler, on the element (and annotation) they are about.
 * A finding is silenced as {@link Suppression} says. Counts errors so that callers know whether to
 * generate code.
 */
final class Reporter {
    private final Messager messager;
    private int errors;

    Reporter(Messager messager) {
        this.messager = messager;
    }

    void report(Check check, Element element, Object... args) {
        report(check, element, null, args);
    }

    void report(Check check, Element element, AnnotationMirror annotation, Object... args) {
        if (Suppression.isSuppressed(element, check.id(), check.isWarning())) {
            return;
        }
        if (!check.isWarning()) {
            errors++;
        }
        messager.printMessage(check.kind(), check.message(args), element, annotation);
    }

    /** Errors reported so far; compare before and after checking a class. */
    int errorCount() {
        return errors;
    }
}
