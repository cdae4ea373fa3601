package dev.poolforge.processor.code;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.poolforge.processor.usage.ForwardedProcessors;
import dev.poolforge.processor.usage.UsageCheckProcessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles test sources as a user's build does, with the processors of the poolforge jar that
 * register the checks on analysed code, and renders the poolforge findings as
 * {@code "Item.java:7 UnresetField"}, or in full with their message.
 */
final class CodeCheckCompiler {
    private static final Pattern FILE = Pattern.compile("([^/]+\\.java)$");

    private CodeCheckCompiler() {
    }

    /** A source file named after its class, with {@code package test;} and the poolforge imports above it. */
    static JavaFileObject source(String simpleName, String code) {
        return JavaFileObjects.forSourceString("test." + simpleName, header() + code);
    }

    /** The lines above each {@link #source}: line N of {@code code} is line N + 1 of the file. */
    private static String header() {
        return "package test; import dev.poolforge.*; import java.util.*; import java.util.concurrent.atomic.*;"
                + " import java.nio.*; import java.io.*; import java.time.*; import java.math.*;\n";
    }

    static Compilation compile(JavaFileObject... sources) {
        return compile(javac(), sources);
    }

    static Compilation compile(Compiler compiler, JavaFileObject... sources) {
        return compiler.withProcessors(new UsageCheckProcessor()).withOptions("-Xlint:all,-processing").compile(sources);
    }

    /** As a Gradle build compiles, with the processor behind a forwarding processing environment. */
    static Compilation compileForwarded(JavaFileObject... sources) {
        return javac().withProcessors(ForwardedProcessors.behindForwardingEnvironment(new UsageCheckProcessor()))
                .withOptions("-Xlint:all,-processing").compile(sources);
    }

    /** The poolforge findings, each as "File.java:line Id", in the order javac printed them. */
    static List<String> findings(Compilation compilation) {
        return poolforge(compilation).stream().map(d -> where(d) + " " + id(d)).toList();
    }

    /** The poolforge findings, each as "File.java:line KIND [poolforge:Id] message". */
    static List<String> messages(Compilation compilation) {
        return poolforge(compilation).stream()
                .map(d -> where(d) + " " + d.getKind() + " " + d.getMessage(Locale.ROOT)).toList();
    }

    /** Everything javac printed that is not a poolforge finding, such as compile errors in a fixture. */
    static List<String> others(Compilation compilation) {
        return compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
                .filter(d -> !d.getMessage(Locale.ROOT).contains("[poolforge:"))
                .map(d -> where(d) + " " + d.getMessage(Locale.ROOT)).toList();
    }

    private static List<Diagnostic<? extends JavaFileObject>> poolforge(Compilation compilation) {
        return compilation.diagnostics().stream()
                .filter(d -> d.getMessage(Locale.ROOT).startsWith("[poolforge:"))
                .<Diagnostic<? extends JavaFileObject>>map(d -> d)
                .toList();
    }

    /** "File.java:N", N counted in the code given to {@link #source} (the header line not counted). */
    private static String where(Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null) {
            return "-";
        }
        Matcher file = FILE.matcher(d.getSource().toUri().getPath());
        return (file.find() ? file.group(1) : d.getSource().getName()) + ":" + (d.getLineNumber() - 1);
    }

    private static String id(Diagnostic<? extends JavaFileObject> d) {
        String message = d.getMessage(Locale.ROOT);
        return message.substring("[poolforge:".length(), message.indexOf(']'));
    }
}
