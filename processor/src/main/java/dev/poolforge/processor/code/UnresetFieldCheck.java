package dev.poolforge.processor.code;

import dev.poolforge.processor.Annotations;
import dev.poolforge.processor.TypeClassifier;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * A field that can carry state from one use into the next must be {@code @Reset}, {@code @Keep},
 * or reset by the code a {@code @Reset} method runs (helpers and overrides included). Only fields
 * of classes in this compilation are checked: state inherited from a class file (a subclass of
 * {@code ArrayList}, a superclass compiled elsewhere) is the job of the class's {@code @Reset}
 * methods, and what they do with it cannot be read.
 */
final class UnresetFieldCheck {
    private final TypeClassifier classifier;
    private final Elements elements;
    private final FindingPrinter printer;

    UnresetFieldCheck(TypeClassifier classifier, Elements elements, FindingPrinter printer) {
        this.classifier = classifier;
        this.elements = elements;
        this.printer = printer;
    }

    /** @param resetByMethods the fields that the code the {@code @Reset} methods run names */
    void check(PooledClassCode code, Set<Element> resetByMethods) {
        for (VariableElement field : code.instanceFields()) {
            if (classifier.isMutableField(field) && !Annotations.has(field, Annotations.RESET)
                    && !Annotations.has(field, Annotations.KEEP) && !resetByMethods.contains(field)) {
                printer.report(CodeFinding.UNRESET_FIELD, code.analyzed().declaration(field), new Element[] {field, code.type()},
                        field.getSimpleName(), code.type().getSimpleName(), fix(code.type(), field));
            }
        }
    }

    /** What to write: {@code @Reset} only where the generated pool can reach and reset the field. */
    private String fix(TypeElement pooled, VariableElement field) {
        TypeElement owner = (TypeElement) field.getEnclosingElement();
        boolean reachable = !field.getModifiers().contains(Modifier.PRIVATE)
                && (field.getModifiers().contains(Modifier.PUBLIC)
                        || elements.getPackageOf(owner).equals(elements.getPackageOf(pooled)));
        boolean resettable = !field.getModifiers().contains(Modifier.FINAL)
                || classifier.classify(field.asType()).resetsInPlace();
        if (reachable && resettable) {
            return "annotate it @Reset, reset it in a @Reset method, or annotate it @Keep to keep its value on purpose";
        }
        return "reset it in a @Reset method of " + owner.getSimpleName()
                + ", or annotate it @Keep to keep its value on purpose";
    }
}
