package dev.poolforge.processor.usage;

import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** For tests in any package: a processor run as Gradle runs an incremental one, behind a wrapper of javac's environment. */
public final class ForwardedProcessors {
    private ForwardedProcessors() {
    }

    /** {@code processor}, initialized with a {@link ForwardingEnvironment} instead of javac's own environment. */
    public static Processor behindForwardingEnvironment(Processor processor) {
        return behind(processor, ForwardingEnvironment::new);
    }

    /** {@code processor}, initialized with what {@code wrap} makes of javac's environment. */
    public static Processor behind(Processor processor, UnaryOperator<ProcessingEnvironment> wrap) {
        return new AbstractProcessor() {
            @Override
            public synchronized void init(ProcessingEnvironment env) {
                super.init(env);
                processor.init(wrap.apply(env));
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
