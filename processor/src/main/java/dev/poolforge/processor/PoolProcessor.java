package dev.poolforge.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Generates a pool for each {@code @Pooled} class and rejects classes that would pool unsafely.
 * Wires the steps: {@link PooledClassReader} reads a class, {@link PooledClassValidator} checks it,
 * {@link PoolWriter} writes its pool. A class that refers to types not generated yet (by another
 * processor) waits for a later round.
 */
@AutoService(Processor.class)
public final class PoolProcessor extends AbstractProcessor {
    /** Classes waiting for types that did not resolve yet, by qualified name: elements do not outlive a round. */
    private final Set<String> deferred = new LinkedHashSet<>();
    private Reporter reporter;
    private PooledClassReader reader;
    private PooledClassValidator validator;
    private PoolWriter writer;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        TypeClassifier classifier = new TypeClassifier(env.getTypeUtils(), env.getElementUtils());
        reporter = new Reporter(env.getMessager());
        reader = new PooledClassReader(env.getTypeUtils(), env.getElementUtils(), classifier);
        validator = new PooledClassValidator(reporter, classifier, env.getElementUtils(), reader);
        writer = new PoolWriter(env.getElementUtils(), classifier);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Annotations.POOLED, Annotations.RESET, Annotations.KEEP);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        List<TypeElement> pooled = new ArrayList<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                pooled.add(type);
            }
        }
        deferred.clear();
        pooled.addAll(ElementFilter.typesIn(annotatedWith(annotations, round, Annotations.POOLED)));
        for (TypeElement type : pooled) {
            guarded(type, () -> process(type, round.processingOver()));
        }
        warnAboutAnnotationsOutsidePooledClasses(annotations, round, pooled);
        return false; // other processors may want our annotations too
    }

    /** Runs one step about {@code type}; a failure becomes one error on it instead of crashing the compiler. */
    private void guarded(TypeElement type, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            reporter.report(Check.INTERNAL_ERROR, type, Annotations.pooledOn(type), type.getQualifiedName(), trace);
        }
    }

    private void process(TypeElement type, boolean lastRound) {
        PooledClass pooled = reader.read(type);
        if (!pooled.unresolvedTypes().isEmpty()) {
            if (lastRound) {
                reporter.report(Check.UNRESOLVED_TYPE, type, Annotations.pooledOn(type), type.getSimpleName(),
                        String.join(", ", pooled.unresolvedTypes()));
            } else {
                deferred.add(type.getQualifiedName().toString());
            }
            return;
        }
        if (!validator.validate(pooled)) {
            return;
        }
        try {
            writer.write(pooled).writeTo(processingEnv.getFiler());
        } catch (IOException e) {
            reporter.report(Check.CANNOT_WRITE_POOL, type, Annotations.pooledOn(type),
                    pooled.poolName().canonicalName(), type.getSimpleName(), e.getMessage());
        }
    }

    /**
     * {@code @Reset} and {@code @Keep} do nothing outside a {@code @Pooled} class and its superclasses.
     * Only superclasses of classes pooled in this round count: a base class whose subclass is pooled
     * in another compilation is what {@code @SuppressWarnings("poolforge")} is for.
     */
    private void warnAboutAnnotationsOutsidePooledClasses(
            Set<? extends TypeElement> annotations, RoundEnvironment round, List<TypeElement> pooled) {
        Set<Element> poolAware = new HashSet<>();
        for (TypeElement type : pooled) {
            for (TypeElement e = type; e != null; e = TypeClassifier.superclassOf(e)) {
                poolAware.add(e);
            }
        }
        for (String annotation : List.of(Annotations.RESET, Annotations.KEEP)) {
            for (Element member : annotatedWith(annotations, round, annotation)) {
                if (member.getEnclosingElement() instanceof TypeElement owner
                        && !poolAware.contains(owner) && !Annotations.has(owner, Annotations.POOLED)) {
                    guarded(owner, () -> warnOutsidePooled(member, owner, annotation));
                }
            }
        }
    }

    private void warnOutsidePooled(Element member, TypeElement owner, String annotation) {
        String simpleName = annotation.substring(annotation.lastIndexOf('.') + 1);
        reporter.report(Check.OUTSIDE_POOLED, member, Annotations.find(member, annotation).orElse(null),
                simpleName, member.getKind().toString().toLowerCase(Locale.ROOT),
                member.getSimpleName(), owner.getSimpleName(), simpleName);
    }

    private static Set<? extends Element> annotatedWith(
            Set<? extends TypeElement> annotations, RoundEnvironment round, String qualifiedName) {
        for (TypeElement annotation : annotations) {
            if (annotation.getQualifiedName().contentEquals(qualifiedName)) {
                return round.getElementsAnnotatedWith(annotation);
            }
        }
        return Set.of();
    }
}
