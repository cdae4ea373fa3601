package dev.poolforge.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Really compiles sources with the processor, strictly ({@code -Werror}), into a directory, and
 * loads the classes, so that tests can run the generated pools.
 */
final class CompiledClasses {
    private CompiledClasses() {
    }

    /**
     * Compiles {@code sources} into {@code output}, with {@code classPath} added to the runtime on
     * the class path, and returns a loader for them whose parent sees the runtime.
     */
    static URLClassLoader compile(Path output, List<Path> classPath, JavaFileObject... sources) {
        List<Path> path = new ArrayList<>(classPath);
        path.add(Compile.runtimeLocation());
        compile(output, StandardLocation.CLASS_PATH, path, sources);
        try {
            return new URLClassLoader(new URL[] {output.toUri().toURL()}, CompiledClasses.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles a named module, whose {@code module-info} is among {@code sources}, against the runtime module. */
    static void compileModule(Path output, JavaFileObject... sources) {
        compile(output, StandardLocation.MODULE_PATH, List.of(Compile.runtimeLocation()), sources);
    }

    private static void compile(Path output, StandardLocation dependencies, List<Path> path, JavaFileObject... sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            files.setLocationFromPaths(dependencies, path);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(output));
            JavaCompiler.CompilationTask task = javac.getTask(
                    null, files, diagnostics, List.of(Compile.LINT, "-Werror"), null, List.of(sources));
            task.setProcessors(List.of(new PoolProcessor()));
            boolean compiled = task.call();
            assertThat(compiled).as(Compile.describe(diagnostics.getDiagnostics())).isTrue();
            assertThat(diagnostics.getDiagnostics()).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
