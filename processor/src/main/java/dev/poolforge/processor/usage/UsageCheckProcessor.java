package dev.poolforge.processor.usage;

import com.google.auto.service.AutoService;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import dev.poolforge.processor.code.CodeChecks;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The use-after-release checker. It is an annotation processor only to be started by javac with
 * no extra flag wherever the poolforge processor is on the processor path: it claims no
 * annotation, generates nothing, and in {@link #init} registers a {@link UsageCheckListener} that
 * checks each class after javac has analyzed it, and the {@link CodeChecks} of {@code @Pooled}
 * classes, to which it hands each round. Under a compiler that is not javac it prints one warning
 * and does nothing.
 */
@AutoService(Processor.class)
public final class UsageCheckProcessor extends AbstractProcessor {
    /** Replaces the real check, for tests of failure handling; null in real use. */
    private final BodyCheck checkOverride;
    /** The checks of {@code @Pooled} classes' code, registered with javac; null under another compiler. */
    private CodeChecks codeChecks;

    public UsageCheckProcessor() {
        this(null);
    }

    UsageCheckProcessor(BodyCheck checkOverride) {
        this.checkOverride = checkOverride;
    }

    @Override
    public synchronized void init(ProcessingEnvironment given) {
        super.init(given);
        Optional<ProcessingEnvironment> javac = JavacEnvironment.find(given);
        if (javac.isEmpty()) {
            given.getMessager().printMessage(Diagnostic.Kind.WARNING, Findings.checksOff(
                    "the compiler's processing environment (" + given.getClass().getName() + ") is not javac's")
                    .message());
            return;
        }
        ProcessingEnvironment env = javac.get();
        Trees trees = Trees.instance(env);
        BodyCheck check = checkOverride != null
                ? checkOverride
                : OwnershipAnalysis.using(trees, new PoolCalls(trees, env.getTypeUtils(), env.getElementUtils()));
        JavacTask.instance(env).addTaskListener(new UsageCheckListener(trees, check));
        codeChecks = CodeChecks.register(env);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (codeChecks != null) {
            codeChecks.noteRound(round);
        }
        return false;
    }
}
