package dev.poolforge.processor.usage;

import java.util.Arrays;
import javax.lang.model.element.Element;

/**
 * {@code @SuppressWarnings("poolforge")} on a class, method, field or local variable silences every
 * finding about the code it covers. {@link BodyFinder} skips suppressed classes, methods and fields
 * (so lambdas in their initializers too); {@link Reporter} drops findings about suppressed locals.
 */
final class Suppressions {
    static final String KEY = "poolforge";

    private Suppressions() {
    }

    static boolean suppressed(Element element) {
        SuppressWarnings annotation = element.getAnnotation(SuppressWarnings.class);
        return annotation != null && Arrays.asList(annotation.value()).contains(KEY);
    }
}
