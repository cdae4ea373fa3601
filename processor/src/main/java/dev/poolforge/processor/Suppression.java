package dev.poolforge.processor;

import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The one rule for silencing a poolforge finding, used by the class-level checks, the checks on
 * analysed code and the call-site checker alike, as Error Prone users know it:
 * {@code @SuppressWarnings("poolforge:Id")} on the element or on anything around it (a method, a
 * class, an enclosing class) silences that finding, errors included, so that a user who knows
 * better is never stuck; the blanket {@code @SuppressWarnings("poolforge")} silences warnings only.
 * The annotation is read through mirrors, so it also works where javac has not filled in
 * annotation values as objects.
 */
public final class Suppression {
    /** The blanket key; {@code KEY + ":" + id} names one finding. */
    public static final String KEY = "poolforge";

    private Suppression() {
    }

    /**
     * Whether a finding with the given id (such as {@code UnresetField}) and severity about {@code element} (a class, member,
     * parameter or local variable) is silenced by an annotation on it or around it.
     */
    public static boolean isSuppressed(Element element, String id, boolean warning) {
        String byId = KEY + ":" + id;
        for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            List<Object> keys = keysOn(e);
            if (keys.contains(byId) || (warning && keys.contains(KEY))) {
                return true;
            }
        }
        return false;
    }

    private static List<Object> keysOn(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (!type.getQualifiedName().contentEquals(SuppressWarnings.class.getName())) {
                continue;
            }
            for (var entry : mirror.getElementValues().entrySet()) {
                ExecutableElement member = entry.getKey();
                if (member.getSimpleName().contentEquals("value")) {
                    return valuesOf(entry.getValue());
                }
            }
        }
        return List.of();
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
