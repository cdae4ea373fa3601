package dev.poolforge.processor.usage;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** For tests in other packages: a processor run as Gradle runs an incremental one, behind a {@link ForwardingEnvironment}. */
public final class ForwardedProcessors {
    private ForwardedProcessors() {
    }

    /** {@code processor}, initialized with a wrapper around javac's environment instead of javac's own. */
    public static Processor behindForwardingEnvironment(Processor processor) {
        return new AbstractProcessor() {
            @Override
            public synchronized void init(ProcessingEnvironment env) {
                super.init(env);
                processor.init(new ForwardingEnvironment(env));
            }

            @Override
            public Set<String> getSupportedAnnotationTypes() {
                return processor.getSupportedAnnotationTypes();
            }

            @Override
            public SourceVersion getSupportedSourceVersion() {
                return processor.getSupportedSourceVersion();
            }

            @Override
            public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
                return processor.process(annotations, round);
            }
        };
    }
}
