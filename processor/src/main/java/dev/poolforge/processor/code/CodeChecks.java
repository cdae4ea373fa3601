package dev.poolforge.processor.code;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;

/**
 * The checks of {@code @Pooled} classes that only code can decide, run on code javac has analysed
 * (attributed, so that every name is resolved and every constant folded): which fields the
 * {@code @Reset} methods reset, initial values that copying from the pool's template would share,
 * containers that start out with content, a {@code close()} that does something, and
 * {@code @Pooled} on a local class. The annotation processor cannot do this: it runs before
 * attribution, and it never sees local classes. Field types are judged by the processor's one
 * {@link dev.poolforge.processor.TypeClassifier}.
 */
public final class CodeChecks {
    private final ClassesToRead toRead = new ClassesToRead();

    private CodeChecks() {
    }

    /**
     * Makes javac check each {@code @Pooled} class of the compilation after it has analysed it.
     *
     * @param javac javac's own processing environment, not a build tool's wrapper around it
     * @return where the processor hands over each round, which must be done for the checks to
     *     read the code of a pooled class's superclasses
     */
    public static CodeChecks register(ProcessingEnvironment javac) {
        CodeChecks checks = new CodeChecks();
        JavacTask.instance(javac).addTaskListener(new AnalyzedClassListener(Trees.instance(javac),
                javac.getElementUtils(), javac.getTypeUtils(), checks.toRead));
        return checks;
    }

    /**
     * Notes the {@code @Pooled} classes among the round's root elements. javac analyses classes
     * only after the last round, so by then every pooled class in source is known, and the code
     * of the classes that are neither pooled nor a supertype of one is never read.
     */
    public void noteRound(RoundEnvironment round) {
        toRead.addPooledIn(round.getRootElements());
    }
}
