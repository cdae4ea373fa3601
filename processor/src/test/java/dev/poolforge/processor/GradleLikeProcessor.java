package dev.poolforge.processor;

import java.io.IOException;
import dev.poolforge.processor.usage.ForwardedProcessors;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * The processor as Gradle's incremental annotation processing runs it: wrapped in a delegating
 * processor that hands it its own {@code ProcessingEnvironment}, whose {@code Filer} records
 * what is generated and forwards, and whose {@code Messager} forwards. Nothing javac-specific
 * (its trees, its task) can be reached through these, as with IntelliJ's and Gradle's wrappers.
 */
final class GradleLikeProcessor {
    private GradleLikeProcessor() {
    }

    /** A new poolforge processor behind the wrappers. */
    static Processor create() {
        return ForwardedProcessors.behind(new PoolProcessor(), Environment::new);
    }

    private static final class Environment implements ProcessingEnvironment {
        private final ProcessingEnvironment env;
        private final Filer filer;
        private final Messager messager;

        Environment(ProcessingEnvironment env) {
            this.env = env;
            this.filer = new RecordingFiler(env.getFiler());
            this.messager = new ForwardingMessager(env.getMessager());
        }

        @Override
        public Map<String, String> getOptions() {
            return env.getOptions();
        }

        @Override
        public Messager getMessager() {
            return messager;
        }

        @Override
        public Filer getFiler() {
            return filer;
        }

        @Override
        public Elements getElementUtils() {
            return env.getElementUtils();
        }

        @Override
        public Types getTypeUtils() {
            return env.getTypeUtils();
        }

        @Override
        public SourceVersion getSourceVersion() {
            return env.getSourceVersion();
        }

        @Override
        public Locale getLocale() {
            return env.getLocale();
        }
    }

    /** Gradle's filer checks that each generated file has one originating element, then forwards. */
    private static final class RecordingFiler implements Filer {
        private final Filer filer;

        RecordingFiler(Filer filer) {
            this.filer = filer;
        }

        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
            if (originatingElements.length != 1) {
                throw new IllegalStateException("an isolating processor must give exactly one originating element for "
                        + name + ", not " + originatingElements.length);
            }
            return filer.createSourceFile(name, originatingElements);
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
            return filer.createClassFile(name, originatingElements);
        }

        @Override
        public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
                CharSequence relativeName, Element... originatingElements) throws IOException {
            return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
        }

        @Override
        public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
                CharSequence relativeName) throws IOException {
            return filer.getResource(location, moduleAndPkg, relativeName);
        }
    }

    private static final class ForwardingMessager implements Messager {
        private final Messager messager;

        ForwardingMessager(Messager messager) {
            this.messager = messager;
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence message) {
            messager.printMessage(kind, message);
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element) {
            messager.printMessage(kind, message, element);
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror a) {
            messager.printMessage(kind, message, element, a);
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror a,
                AnnotationValue v) {
            messager.printMessage(kind, message, element, a, v);
        }
    }
}
