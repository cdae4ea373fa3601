package dev.poolforge.processor.code;

import dev.poolforge.processor.Annotations;
import dev.poolforge.processor.TypeClassifier;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * What the pool's template gets when it is made must be what a reset gives every reused object.
 * Checks the code that runs when the pool makes an object (field initializers, instance
 * initializer blocks, the no-argument constructor, and what they call on the object) for:
 * <ul>
 *   <li>a {@code @Reset} field reset by copying the template's value, given a value that differs
 *       from one new object to the next (see {@link CodeSummarizer}), directly or in a method of
 *       the class it calls; or given a new object of a type that is not an immutable value, which
 *       copying would share between all reused objects;</li>
 *   <li>a {@code @Reset} container, reset in place to empty, given content.</li>
 * </ul>
 * Constant expressions, factories of values ({@code Duration.ofSeconds(30)}) and empty containers,
 * whatever their capacity or comparator, are what the template and a new object agree on, and get
 * no finding. Constructors with parameters are not the pool's. Fields that the code of a
 * {@code @Reset} method names are the user's to restore.
 */
final class InitialValueCheck {
    private final TypeClassifier classifier;
    private final FindingPrinter printer;

    InitialValueCheck(TypeClassifier classifier, FindingPrinter printer) {
        this.classifier = classifier;
        this.printer = printer;
    }

    /** @param resetByMethods the fields that the code the {@code @Reset} methods run names */
    void check(PooledClassCode code, Set<Element> resetByMethods) {
        for (CodePiece piece : code.construction()) {
            for (CodePiece.FieldWrite write : piece.writes()) {
                VariableElement field = write.field();
                if (!isResetField(code, field, resetByMethods)) {
                    continue;
                }
                Element[] about = {field, piece.element(), code.type()};
                if (classifier.classify(field.asType()).resetsInPlace()) {
                    if (write.filled()) {
                        printer.report(CodeFinding.SEEDED_CONTAINER, write.value(), about,
                                field.getSimpleName(), write.text());
                    }
                } else if (!field.getModifiers().contains(Modifier.FINAL)) {
                    String source = varyingSourceOf(code, write);
                    if (source != null) {
                        printer.report(CodeFinding.NON_CONSTANT_INITIALIZER, write.value(), about,
                                field.getSimpleName(), source.equals(write.text()) ? source
                                        : write.text() + " (" + source + ")");
                    } else if (write.newMutableObject()) {
                        printer.report(CodeFinding.SHARED_MUTABLE_VALUE, write.value(), about,
                                field.getSimpleName(), write.text());
                    }
                }
            }
            for (CodePiece.Fill fill : piece.fills()) {
                VariableElement field = fill.field();
                if (isResetField(code, field, resetByMethods) && classifier.classify(field.asType()).resetsInPlace()) {
                    printer.report(CodeFinding.SEEDED_CONTAINER, fill.at(),
                            new Element[] {field, piece.element(), code.type()}, field.getSimpleName(), fill.text());
                }
            }
        }
    }

    /** The expression in the value, or in the code of the class it calls, that varies; null if none. */
    private static String varyingSourceOf(PooledClassCode code, CodePiece.FieldWrite write) {
        if (write.varyingSource() != null) {
            return write.varyingSource();
        }
        for (CodePiece called : code.reachableFrom(code.targetsOf(write.calls()), List.of(), false)) {
            if (called.varyingSource() != null) {
                return called.varyingSource();
            }
        }
        return null;
    }

    private static boolean isResetField(PooledClassCode code, VariableElement field, Set<Element> resetByMethods) {
        return code.isOwnField(field) && Annotations.has(field, Annotations.RESET) && !resetByMethods.contains(field);
    }
}
