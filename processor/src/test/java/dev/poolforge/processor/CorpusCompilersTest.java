package dev.poolforge.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.Pool;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One corpus of pooled classes shaped like those well-known libraries pool (Log4j's
 * MutableLogEvent, Netty's pooled byte buffers, Jackson's TextBuffer, HdrHistogram, Hadoop's
 * Text, a JDK collection subclass), compiled four ways: javac with every source; javac with the
 * processor behind a Gradle-like forwarding environment; javac compiling only the pooled
 * subclasses against the class files of their bases; and Eclipse's compiler. Every way must
 * generate the same pools, and every pool must bring a used object back like a new one.
 */
class CorpusCompilersTest {
    private static final List<String> POOLED = List.of(
            "MutableLogEvent", "PooledByteBuf", "TextBuffer", "Histogram", "HadoopText", "WorkQueue", "Line$Item");

    @TempDir
    static Path output;
    private static final Map<String, Path> WAYS = new LinkedHashMap<>();
    private static Path bases;

    @BeforeAll
    static void compileFourWays() throws IOException {
        List<Path> baseSources = sources("bases");
        List<Path> pooledSources = sources("pooled");
        List<Path> all = Stream.concat(baseSources.stream(), pooledSources.stream()).toList();

        WAYS.put("javac", compile(javac(), new PoolProcessor(), all, List.of(), "javac"));
        WAYS.put("javac, Gradle-like wrapper", compile(javac(), GradleLikeProcessor.create(), all, List.of(), "gradle"));
        bases = compile(javac(), new PoolProcessor(), baseSources, List.of(), "bases");
        WAYS.put("javac, subclasses against class files",
                compile(javac(), new PoolProcessor(), pooledSources, List.of(bases), "split"));
        WAYS.put("ecj", compile(new EclipseCompiler(), new PoolProcessor(), all, List.of(), "ecj"));
    }

    @Test
    void everyWayGeneratesTheSamePools() throws IOException {
        for (String pooled : POOLED) {
            String javac = generated(WAYS.get("javac"), pooled);
            assertThat(javac).contains("public static boolean resetInstance(");
            for (Map.Entry<String, Path> way : WAYS.entrySet()) {
                assertThat(generated(way.getValue(), pooled)).as(pooled + "Pool from " + way.getKey()).isEqualTo(javac);
            }
        }
    }

    @Test
    void everyWaysPoolsResetUsedObjectsToFreshOnes() throws Exception {
        for (Map.Entry<String, Path> way : WAYS.entrySet()) {
            try (URLClassLoader loader = new URLClassLoader(
                    new URL[] {way.getValue().toUri().toURL(), bases.toUri().toURL()}, getClass().getClassLoader())) {
                for (String pooled : POOLED) {
                    Class<?> type = loader.loadClass("corpus." + pooled);
                    @SuppressWarnings("unchecked")
                    Pool<Object> pool = (Pool<Object>) loader.loadClass("corpus." + pooled + "Pool")
                            .getConstructor().newInstance();
                    Object used = pool.acquire();
                    type.getMethod("use", long.class).invoke(used, 42L);
                    Object fresh = type.getConstructor().newInstance();
                    assertThat(firstDifference(type, used, fresh)).as(pooled + " used, from " + way.getKey()).isNotNull();

                    pool.assertResetsToFresh(used);

                    assertThat(firstDifference(type, used, fresh)).as(pooled + " reset, from " + way.getKey()).isNull();
                }
            }
        }
    }

    private static Object firstDifference(Class<?> type, Object obj, Object fresh) throws ReflectiveOperationException {
        return type.getClassLoader().loadClass(type.getName() + "Pool")
                .getMethod("firstDifference", type, type).invoke(null, obj, fresh);
    }

    private static String generated(Path way, String pooled) throws IOException {
        return Files.readString(way.resolve("corpus/" + pooled + "Pool.java"));
    }

    private static JavaCompiler javac() {
        return ToolProvider.getSystemJavaCompiler();
    }

    /** Compiles {@code sources} with {@code processor} into a new directory that holds both classes and generated sources. */
    private static Path compile(JavaCompiler compiler, Processor processor, List<Path> sources, List<Path> classPath,
            String name) throws IOException {
        Path out = Files.createDirectories(output.resolve(name));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<Path> path = new ArrayList<>(classPath);
            path.add(Compile.runtimeLocation());
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, path);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(out));
            List<String> options = compiler instanceof EclipseCompiler
                    ? List.of("--release", "17", "-proc:full")
                    : List.of("--release", "17", Compile.LINT, "-Werror");
            StringWriter printed = new StringWriter(); // ecj prints its warnings besides reporting them
            JavaCompiler.CompilationTask task = compiler.getTask(
                    printed, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(List.of(processor));
            boolean compiled = task.call();
            assertThat(compiled).as(name + ":\n" + Compile.describe(diagnostics.getDiagnostics()) + printed).isTrue();
        }
        return out;
    }

    private static List<Path> sources(String set) {
        try (Stream<Path> files = Files.walk(Path.of(CorpusCompilersTest.class.getResource("/corpus/" + set).toURI()))) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
