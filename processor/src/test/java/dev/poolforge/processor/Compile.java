package dev.poolforge.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.poolforge.Pool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor, in memory, against the runtime on the test class path. */
final class Compile {
    /** Every lint except "processing", which flags that the processor leaves our annotations unclaimed. */
    static final String LINT = "-Xlint:all,-processing";

    private Compile() {
    }

    /** A source file named after the first type it declares, e.g. {@code "test.Item"}. */
    static JavaFileObject source(String qualifiedName, String code) {
        return JavaFileObjects.forSourceString(qualifiedName, code);
    }

    /** Compiles with the processor and all lint warnings, which must not be errors: checks report warnings. */
    static Compilation withProcessor(JavaFileObject... sources) {
        return with(List.of(new PoolProcessor()), sources);
    }

    /** As {@link #withProcessor}, but any warning fails the compile, as in a strict user build. */
    static Compilation strictly(JavaFileObject... sources) {
        return javac().withProcessors(new PoolProcessor()).withOptions(LINT, "-Werror").compile(sources);
    }

    static Compilation with(List<Processor> processors, JavaFileObject... sources) {
        return javac().withProcessors(processors).withOptions(LINT).compile(sources);
    }

    /** The text of the generated source of {@code qualifiedName}. */
    static String generatedSource(Compilation compilation, String qualifiedName) {
        JavaFileObject file = compilation.generatedSourceFile(qualifiedName)
                .orElseThrow(() -> new AssertionError("no generated source " + qualifiedName + "; diagnostics:\n"
                        + describe(compilation.diagnostics())));
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per diagnostic, for failure messages. */
    static String describe(List<? extends Diagnostic<? extends JavaFileObject>> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            text.append(d.getKind()).append(" line ").append(d.getLineNumber()).append(": ")
                    .append(d.getMessage(null)).append('\n');
        }
        return text.toString();
    }

    /** Where the runtime's classes are: a jar or a directory. */
    static Path runtimeLocation() {
        try {
            return Path.of(Pool.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 1-based number of the line of {@code code} that contains {@code marker}. */
    static int lineOf(String code, String marker) {
        List<String> lines = Arrays.asList(code.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + marker);
    }
}
