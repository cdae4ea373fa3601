package dev.poolforge.processor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.Pool;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The processor jar as a user gets it: one jar, run from the processor path alone, with JavaPoet
 * inside under poolforge's own package and nothing left for the build tool to resolve. Runs after
 * {@code package}, on the shaded jar the build just made.
 */
class ShadedJarIT {
    private static final Path JAR = Path.of(System.getProperty("poolforge.processorJar"));
    private static final Path INSTALLED_POM = Path.of(System.getProperty("poolforge.installedPom"));

    /** Log4j's MutableLogEvent, cut down to the state a pooled copy would reset. */
    private static final String LOG_EVENT = String.join("\n",
            "package shop;",
            "",
            "import dev.poolforge.Pooled;",
            "import dev.poolforge.Reset;",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "",
            "@Pooled",
            "public class MutableLogEvent {",
            "    @Reset String loggerName;",
            "    @Reset long timeMillis;",
            "    @Reset(maxSize = 4096) final StringBuilder message = new StringBuilder();",
            "    @Reset final Map<String, String> contextData = new HashMap<>();",
            "}",
            "");

    private static final String USE_AFTER_RELEASE = String.join("\n",
            "package shop;",
            "",
            "class Appender {",
            "    private final MutableLogEventPool events = new MutableLogEventPool();",
            "",
            "    int append(String text) {",
            "        MutableLogEvent event = events.acquire();",
            "        event.message.append(text);",
            "        events.release(event);",
            "        return event.message.length();",
            "    }",
            "}",
            "");

    @TempDir
    Path dir;

    @Test
    void aUserClassCompilesWithOnlyTheJarOnTheProcessorPath() throws Exception {
        Path out = Files.createDirectories(dir.resolve("classes"));
        List<Diagnostic<? extends JavaFileObject>> diagnostics =
                compile(out, source("shop/MutableLogEvent.java", LOG_EVENT));

        assertThat(diagnostics).as("diagnostics").isEmpty();
        assertThat(out.resolve("shop/MutableLogEventPool.class")).exists();

        // The generated pool works: release then acquire gives the same object back, reset.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, Pool.class.getClassLoader())) {
            Pool<Object> pool = newPool(loader.loadClass("shop.MutableLogEventPool"));
            Object event = pool.acquire();
            Field messageField = event.getClass().getDeclaredField("message");
            messageField.setAccessible(true); // package-private in the user's package
            StringBuilder message = (StringBuilder) messageField.get(event);
            message.append("disk full");
            pool.release(event);
            assertThat(pool.acquire()).isSameAs(event);
            assertThat(message).isEmpty();
        }
    }

    @Test
    void theCallSiteCheckerRunsFromTheJarToo() throws Exception {
        Path out = Files.createDirectories(dir.resolve("classes"));
        List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(out,
                source("shop/MutableLogEvent.java", LOG_EVENT),
                source("shop/Appender.java", USE_AFTER_RELEASE));

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.getKind()).isEqualTo(Diagnostic.Kind.ERROR);
            assertThat(d.getMessage(null)).startsWith("[poolforge:UseAfterRelease] 'event'");
            assertThat(d.getLineNumber()).isEqualTo(10);
        });
    }

    @Test
    void theJarHoldsJavaPoetOnlyUnderPoolforgesPackage() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> names = Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
            assertThat(names).noneMatch(name -> name.startsWith("com/palantir/"));
            assertThat(names).contains(
                    "dev/poolforge/processor/shaded/javapoet/JavaFile.class",
                    "dev/poolforge/processor/PoolProcessor.class",
                    "META-INF/services/javax.annotation.processing.Processor");
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                    .isEqualTo("dev.poolforge.processor");
        }
    }

    @Test
    void theInstalledPomNeedsNothingAtCompileOrRunTime() throws Exception {
        NodeList dependencies = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(INSTALLED_POM.toFile())
                .getElementsByTagName("dependency");
        List<String> needed = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String scope = text(dependency, "scope");
            if (scope.isEmpty() || scope.equals("compile") || scope.equals("runtime")) {
                needed.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
            }
        }
        assertThat(dependencies.getLength()).as("dependencies (test ones included)").isPositive();
        assertThat(needed).as("compile and runtime dependencies").isEmpty();
    }

    /** Compiles with javac, the shaded jar as the whole processor path and the runtime as the class path. */
    private List<Diagnostic<? extends JavaFileObject>> compile(Path out, Path... sources)
            throws IOException, URISyntaxException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path runtime = Path.of(Pool.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, UTF_8)) {
            List<String> options = List.of(
                    "-processorpath", JAR.toString(),
                    "-classpath", runtime.toString(),
                    "-d", out.toString(),
                    "-s", Files.createDirectories(dir.resolve("generated")).toString(),
                    "-Xlint:all,-processing");
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(sources)).call();
        }
        return diagnostics.getDiagnostics();
    }

    private Path source(String relativePath, String code) throws IOException {
        Path file = dir.resolve("src").resolve(relativePath);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, code);
    }

    @SuppressWarnings("unchecked") // the generated pool of MutableLogEvent, seen through its base class
    private static Pool<Object> newPool(Class<?> poolClass) throws ReflectiveOperationException {
        return (Pool<Object>) poolClass.getConstructor().newInstance();
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
