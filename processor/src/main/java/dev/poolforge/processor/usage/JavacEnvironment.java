package dev.poolforge.processor.usage;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Finds javac's own processing environment, which the tree API needs, behind the one a processor
 * is given. Build tools wrap it: Gradle does so for every incremental processor, kapt for every
 * processor. Such a wrapper forwards to the real environment, which it keeps in a field; this class
 * follows such fields, a few levels deep, and gives up quietly on anything else (ecj, a proxy).
 */
final class JavacEnvironment {
    private static final String JAVAC_ENVIRONMENT = "com.sun.tools.javac.processing.JavacProcessingEnvironment";
    private static final int MAX_WRAPPERS = 4;

    private JavacEnvironment() {
    }

    static Optional<ProcessingEnvironment> find(ProcessingEnvironment given) {
        ProcessingEnvironment env = given;
        for (int depth = 0; env != null && depth <= MAX_WRAPPERS; depth++) {
            if (env.getClass().getName().equals(JAVAC_ENVIRONMENT)) {
                return Optional.of(env);
            }
            env = wrappedBy(env);
        }
        return Optional.empty();
    }

    /** The environment a wrapper keeps in an instance field, or null. */
    private static ProcessingEnvironment wrappedBy(ProcessingEnvironment wrapper) {
        for (Class<?> type = wrapper.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())
                        && ProcessingEnvironment.class.isAssignableFrom(field.getType())) {
                    try {
                        field.setAccessible(true);
                        return (ProcessingEnvironment) field.get(wrapper);
                    } catch (RuntimeException | IllegalAccessException inaccessible) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
