package dev.poolforge.processor;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.lang.model.SourceVersion;

/**
 * A test's own processor that handles {@code @Pooled}: another processor a build may have next to
 * poolforge, or a probe that reads what javac's model says of pooled classes.
 */
abstract class PooledProcessor extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Annotations.POOLED);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }
}
