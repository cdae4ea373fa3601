package dev.poolforge.processor;

import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The class-level checks of a {@code @Pooled} class. Reports every problem it finds, each on the
 * element it is about, so that one compile shows them all.
 */
final class PooledClassValidator {
    private final Reporter reporter;
    private final TypeClassifier classifier;
    private final Elements elements;
    private final PooledClassReader reader;

    PooledClassValidator(Reporter reporter, TypeClassifier classifier, Elements elements, PooledClassReader reader) {
        this.reporter = reporter;
        this.classifier = classifier;
        this.elements = elements;
        this.reader = reader;
    }

    /** Reports the class's problems; returns whether it has no errors, so its pool can be generated. */
    boolean validate(PooledClass pooled) {
        int errorsBefore = reporter.errorCount();
        if (checkIsClass(pooled.element())) {
            checkClass(pooled);
            pooled.fields().forEach(field -> checkField(pooled, field));
            pooled.resetMethods().forEach(method -> checkResetMethod(pooled, method));
        }
        return reporter.errorCount() == errorsBefore;
    }

    /** Reports {@code @Pooled} on an interface, enum, record or annotation type; the other checks need a class. */
    private boolean checkIsClass(TypeElement type) {
        String kind = switch (type.getKind()) {
            case CLASS -> null;
            case INTERFACE -> "interface";
            case ENUM -> "enum";
            case ANNOTATION_TYPE -> "annotation type";
            default -> type.getKind().name().toLowerCase(Locale.ROOT);
        };
        if (kind != null) {
            reporter.report(Check.NOT_A_CLASS, type, Annotations.pooledOn(type), kind, type.getSimpleName());
        }
        return kind == null;
    }

    private void checkClass(PooledClass pooled) {
        TypeElement type = pooled.element();
        AnnotationMirror annotation = Annotations.pooledOn(type);
        String name = pooled.simpleName();
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            reporter.report(Check.ABSTRACT_CLASS, type, annotation, name);
        }
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
            reporter.report(Check.INNER_CLASS, type, annotation, name);
        }
        if (isPrivateOrInPrivate(type)) {
            reporter.report(Check.PRIVATE_CLASS, type, annotation, name);
        }
        TypeElement unnameable = unnameableEnclosingClass(type);
        if (unnameable != null) {
            reporter.report(Check.UNNAMEABLE_CLASS, type, annotation, name, unnameable.getSimpleName(), name);
        }
        checkNoFinalizer(pooled);
        String explicitName = PoolNames.explicitName(type);
        if (!explicitName.isEmpty() && !PoolNames.isValidSimpleName(explicitName)) {
            reporter.report(Check.INVALID_POOL_NAME, type, annotation, explicitName, name);
        }
        if (pooled.instanceFields().isEmpty()) {
            reporter.report(Check.NO_STATE, type, annotation, name);
        }
    }

    private void checkNoFinalizer(PooledClass pooled) {
        TypeElement type = pooled.element();
        for (TypeElement c = type; c != null; c = TypeClassifier.superclassOf(c)) {
            for (ExecutableElement method : ElementFilter.methodsIn(c.getEnclosedElements())) {
                if (method.getSimpleName().contentEquals("finalize") && method.getParameters().isEmpty()) {
                    if (c == type) {
                        reporter.report(Check.FINALIZER, method, pooled.simpleName());
                    } else {
                        reporter.report(Check.FINALIZER, type, Annotations.pooledOn(type), pooled.simpleName());
                    }
                    return;
                }
            }
        }
    }

    private void checkField(PooledClass pooled, PooledField field) {
        if (field.isStatic()) {
            field.reset().ifPresent(reset -> reportStatic(field, reset, "Reset"));
            field.keep().ifPresent(keep -> reportStatic(field, keep, "Keep"));
            return;
        }
        if (classifier.isA(field.type(), "java.lang.ThreadLocal")) {
            reporter.report(Check.THREAD_LOCAL_FIELD, locate(pooled, field), field.name(), pooled.simpleName());
        }
        if (field.reset().isPresent() && field.keep().isPresent()) {
            reporter.report(Check.RESET_AND_KEEP, field.element(), field.keep().get(), field.name());
        } else if (field.reset().isPresent()) {
            checkResetField(pooled, field, field.reset().get());
        }
    }

    private void checkResetField(PooledClass pooled, PooledField field, AnnotationMirror reset) {
        if (field.isPrivate()) {
            reporter.report(Check.PRIVATE_RESET_FIELD, field.element(), reset, field.name());
        } else if (!field.reachable()) {
            reportUnreachable(pooled, field.element(), reset, field.declaringClass(), "field");
        } else if (field.isFinal() && !field.resetsInPlace()) {
            reporter.report(Check.NO_IN_PLACE_RESET, field.element(), reset, field.name(), field.type());
        }
        int maxSize = field.maxSize();
        if (maxSize != PooledField.NO_MAX_SIZE && !field.fieldType().honorsMaxSize()) {
            reporter.report(Check.MAX_SIZE_NOT_APPLICABLE, field.element(), reset, maxSize, "field", field.name());
        } else if (maxSize < 0) {
            reporter.report(Check.NEGATIVE_MAX_SIZE, field.element(), reset, maxSize, field.name());
        }
    }

    private void checkResetMethod(PooledClass pooled, ResetMethod method) {
        ExecutableElement element = method.element();
        AnnotationMirror reset = method.annotation();
        String name = method.name();
        if (element.getModifiers().contains(Modifier.PRIVATE)) {
            reporter.report(Check.PRIVATE_RESET_METHOD, element, reset, name);
        } else if (!reader.isReachable(pooled.element(), element, method.declaringClass())) {
            reportUnreachable(pooled, element, reset, method.declaringClass(), "method");
        }
        if (element.getModifiers().contains(Modifier.STATIC)) {
            reporter.report(Check.STATIC_RESET_METHOD, element, reset, name);
        }
        if (!element.getParameters().isEmpty()) {
            reporter.report(Check.RESET_METHOD_PARAMETERS, element, reset, name);
        }
        for (TypeMirror thrown : element.getThrownTypes()) {
            if (classifier.isChecked(thrown)) {
                reporter.report(Check.RESET_METHOD_THROWS, element, reset, name, thrown);
            }
        }
        TypeKind returns = element.getReturnType().getKind();
        if (returns != TypeKind.VOID && returns != TypeKind.BOOLEAN) {
            reporter.report(Check.RESET_METHOD_RETURN_TYPE, element, reset, name, element.getReturnType());
        }
        int maxSize = Annotations.value(reset, "maxSize", Integer.class, PooledField.NO_MAX_SIZE);
        if (maxSize != PooledField.NO_MAX_SIZE) {
            reporter.report(Check.MAX_SIZE_NOT_APPLICABLE, element, reset, maxSize, "method", name);
        }
    }

    private void reportStatic(PooledField field, AnnotationMirror annotation, String annotationName) {
        reporter.report(Check.STATIC_FIELD, field.element(), annotation, annotationName, field.name(), annotationName);
    }

    private void reportUnreachable(
            PooledClass pooled, Element member, AnnotationMirror reset, TypeElement declaringClass, String what) {
        reporter.report(Check.INACCESSIBLE_MEMBER, member, reset, what, member.getSimpleName(),
                declaringClass.getQualifiedName(), pooled.poolName().packageName(), declaringClass.getSimpleName());
    }

    /** A field of the pooled class is reported on the field; an inherited one on the pooled class, whose source is compiled. */
    private static Element locate(PooledClass pooled, PooledField field) {
        return field.declaringClass().equals(pooled.element()) ? field.element() : pooled.element();
    }

    /**
     * The enclosing class that other files cannot name, if any: the class a compact source file
     * declares implicitly. The compiler names it after the file, in the unnamed package, but cannot
     * find it again by that name (JLS 7.3), which is how the element model tells it apart.
     */
    private TypeElement unnameableEnclosingClass(TypeElement type) {
        for (Element e = type.getEnclosingElement(); e instanceof TypeElement enclosing; e = e.getEnclosingElement()) {
            if (enclosing.getNestingKind() == NestingKind.TOP_LEVEL
                    && elements.getPackageOf(enclosing).isUnnamed()
                    && !enclosing.equals(elements.getTypeElement(enclosing.getQualifiedName()))) {
                return enclosing;
            }
        }
        return null;
    }

    private static boolean isPrivateOrInPrivate(TypeElement type) {
        for (Element e = type; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return true;
            }
        }
        return false;
    }
}
