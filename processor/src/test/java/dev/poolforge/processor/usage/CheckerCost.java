package dev.poolforge.processor.usage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What the checker adds to javac's time, measured by hand (not a test): compiles a generated class
 * of 500 methods that each acquire and release (5 000 lines) again and again in one JVM, in turn
 * without annotation processing, with a processor that does nothing (what running any processor
 * costs), and with the checker, and prints the medians. Time is the compiling thread's CPU time
 * (javac compiles on the calling thread), which other load on the machine disturbs far less than
 * wall-clock time. With {@code plain}, {@code idle} or {@code checker}, it compiles only that way
 * and prints the median, for a profiler to sample one kind of compile alone. Run after
 * {@code ./mvnw -pl processor -am test-compile}:
 *
 * <pre>
 * java -cp processor/target/test-classes:processor/target/classes:runtime/target/classes \
 *     dev.poolforge.processor.usage.CheckerCost [runs] [plain | idle | checker]
 * </pre>
 *
 * <p>With {@code cli} and the processor jar, it runs the JDK's {@code javac} command instead, a
 * new process each time (a cold compiler, as a build without a daemon runs it), and prints the
 * medians of their wall-clock time: with {@code -proc:none}, with the jar's pool processor alone,
 * and with the jar on the processor path as a build puts it there, where javac finds both the pool
 * processor and the checker. The jar's classes load and the pool processor starts either way, so
 * the difference between the last two is what the checker adds. Run after
 * {@code ./mvnw -pl processor -am package -DskipTests}:
 *
 * <pre>
 * java -cp processor/target/test-classes:runtime/target/classes dev.poolforge.processor.usage.CheckerCost \
 *     [runs] cli processor/target/poolforge-processor-0.1.0-SNAPSHOT.jar
 * </pre>
 */
public final class CheckerCost {
    private static final int METHODS = 500;
    /** The ways to compile, in the order of the rotation: no processing, an idle processor, the checker. */
    private static final List<String> WAYS = List.of("plain", "idle", "checker");
    /**
     * Until javac's own compile time stops falling as the JIT compiles its code: with the three
     * compiles in rotation on javac 17, an idle processor's median went from 39 ms (runs 20 to 59)
     * to 30 ms from about run 60 on, and the checker's share from +10% to +6.5% to +6.9% from about
     * run 100 on. Twenty warm-up runs, as earlier figures used, measured the end of the warm-up.
     */
    private static final int WARM_UP_RUNS = 100;

    private CheckerCost() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path dir = Files.createTempDirectory("checker-cost");
        Path source = dir.resolve("Generated.java");
        Files.writeString(source, generatedClass());
        System.out.printf("%s: %d lines, %d methods; %d warm-up runs, %d measured runs each%n", source.getFileName(),
                Files.readAllLines(source).size(), METHODS, WARM_UP_RUNS, runs);
        if (args.length > 1 && args[1].equals("cli")) {
            if (args.length < 3) {
                throw new IllegalArgumentException("cli needs the processor jar after it, e.g."
                        + " processor/target/poolforge-processor-0.1.0-SNAPSHOT.jar (./mvnw -pl processor -am package)");
            }
            compareCommands(source, dir, runs, Path.of(args[2]));
            return;
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (args.length > 1) {
            compileOneWay(javac, source, dir, runs, args[1]);
            return;
        }
        List<Long> plain = new ArrayList<>();
        List<Long> idle = new ArrayList<>();
        List<Long> checked = new ArrayList<>();
        for (int run = 0; run < WARM_UP_RUNS + runs; run++) {
            // The three in turn, starting with a different one each run, so that none always
            // follows the same one (and inherits its garbage to collect).
            long[] times = new long[3];
            for (int i = 0; i < 3; i++) {
                int which = (run + i) % 3;
                times[which] = compile(javac, source, dir, processor(WAYS.get(which)));
            }
            if (run >= WARM_UP_RUNS) {
                plain.add(times[0]);
                idle.add(times[1]);
                checked.add(times[2]);
            }
        }
        System.out.printf("javac -proc:none            median %4d ms  %s%n", median(plain) / 1_000_000, millis(plain));
        System.out.printf("javac + a processor doing nothing  %4d ms  %s%n", median(idle) / 1_000_000, millis(idle));
        System.out.printf("javac + the checker         median %4d ms  %s%n", median(checked) / 1_000_000, millis(checked));
        System.out.printf("the checker adds %.1f%% to javac -proc:none, %.1f%% to javac with a processor doing nothing%n",
                percentMore(checked, plain), percentMore(checked, idle));
        System.out.printf("paired (median of each run's difference): %.1f%% to -proc:none, %.1f%% to a processor"
                + " doing nothing%n", pairedPercentMore(checked, plain), pairedPercentMore(checked, idle));
    }

    /**
     * The median of the differences between compiles of one run, which ran seconds apart, over the
     * median of the base: load that comes and goes on the machine shifts both compiles of a run alike.
     */
    private static double pairedPercentMore(List<Long> measured, List<Long> base) {
        List<Long> differences = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            differences.add(measured.get(i) - base.get(i));
        }
        return 100.0 * median(differences) / median(base);
    }

    /** Only one of the three compiles, warmed up and repeated, for a profiler: the other two would blur its samples. */
    private static void compileOneWay(JavaCompiler javac, Path source, Path dir, int runs, String way)
            throws IOException {
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < WARM_UP_RUNS + runs; run++) {
            long time = compile(javac, source, dir, processor(way));
            if (run >= WARM_UP_RUNS) {
                times.add(time);
            }
        }
        System.out.printf("javac, %s: median %d ms  %s%n", way, median(times) / 1_000_000, millis(times));
    }

    /** The processor of one way to compile; null for {@code plain}, which runs no annotation processing. */
    private static Processor processor(String way) {
        return switch (way) {
            case "plain" -> null;
            case "idle" -> new IdleProcessor();
            case "checker" -> new UsageCheckProcessor();
            default -> throw new IllegalArgumentException("not cli, plain, idle or checker: " + way);
        };
    }

    /**
     * Fresh {@code javac} processes, wall-clock time, the three ways in turn with a different one
     * first each run: {@code -proc:none}, the pool processor alone, and the jar as a build finds it.
     */
    private static void compareCommands(Path source, Path dir, int runs, Path processorJar)
            throws IOException, InterruptedException {
        String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
        List<String> common = List.of(javac, "-d", dir.toString(), "-cp", System.getProperty("java.class.path"));
        List<List<String>> commands = List.of(
                concat(common, "-proc:none", source.toString()),
                concat(common, "-processorpath", processorJar.toString(), "-processor",
                        "dev.poolforge.processor.PoolProcessor", source.toString()),
                concat(common, "-processorpath", processorJar.toString(), source.toString()));
        List<List<Long>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int run = 0; run < runs; run++) {
            for (int i = 0; i < 3; i++) {
                int which = (run + i) % 3;
                times.get(which).add(run(commands.get(which)));
            }
        }
        List<Long> plain = times.get(0);
        List<Long> poolProcessor = times.get(1);
        List<Long> both = times.get(2);
        System.out.printf("javac -proc:none                     median %5d ms  %s%n", median(plain) / 1_000_000, millis(plain));
        System.out.printf("javac + the pool processor alone     median %5d ms  %s%n", median(poolProcessor) / 1_000_000,
                millis(poolProcessor));
        System.out.printf("javac + the jar (pool processor and checker) %5d ms  %s%n", median(both) / 1_000_000, millis(both));
        System.out.printf("the checker adds %.1f%% to javac with the pool processor alone (paired %.1f%%)%n",
                percentMore(both, poolProcessor), pairedPercentMore(both, poolProcessor));
    }

    private static List<String> concat(List<String> start, String... more) {
        List<String> all = new ArrayList<>(start);
        all.addAll(List.of(more));
        return all;
    }

    private static long run(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process javac = new ProcessBuilder(command).inheritIO().start();
        if (javac.waitFor() != 0) {
            throw new IllegalStateException("javac failed: " + command);
        }
        return System.nanoTime() - start;
    }

    private static double percentMore(List<Long> measured, List<Long> base) {
        return 100.0 * (median(measured) - median(base)) / median(base);
    }

    /** Claims nothing and does nothing: javac then runs annotation processing rounds and no more. */
    @SupportedAnnotationTypes("*")
    private static final class IdleProcessor extends AbstractProcessor {
        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return false;
        }
    }

    /** The CPU nanoseconds one compile takes; with a null processor, annotation processing is off. */
    private static long compile(JavaCompiler javac, Path source, Path dir, Processor processor) throws IOException {
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(source);
            List<String> options = new ArrayList<>(List.of("-d", dir.toString(),
                    "-classpath", System.getProperty("java.class.path")));
            if (processor == null) {
                options.add("-proc:none");
            }
            JavaCompiler.CompilationTask task = javac.getTask(null, files, null, options, null, units);
            if (processor != null) {
                task.setProcessors(List.of(processor));
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            if (!task.call()) {
                throw new IllegalStateException("the generated class did not compile");
            }
            return threads.getCurrentThreadCpuTime() - start;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Ten lines per method, in a few shapes: try/finally, a branch, a loop, a hand-off. */
    static String generatedClass() {
        StringBuilder code = new StringBuilder()
                .append("import dev.poolforge.Pool;\n")
                .append("import dev.poolforge.PoolConfig;\n")
                .append("import java.util.ArrayList;\n")
                .append("import java.util.List;\n")
                .append("public class Generated {\n")
                .append("    static final class Item { int value; }\n")
                .append("    static final class ItemPool extends Pool<Item> {\n")
                .append("        ItemPool() { super(PoolConfig.defaults()); }\n")
                .append("        @Override protected Item create() { return new Item(); }\n")
                .append("        @Override protected boolean reset(Item item) { item.value = 0; return true; }\n")
                .append("    }\n")
                .append("    final ItemPool pool = new ItemPool();\n")
                .append("    final List<Item> kept = new ArrayList<>();\n");
        for (int m = 0; m < METHODS; m++) {
            String body = switch (m % 4) {
                case 0 -> "        Item item = pool.acquire();\n"
                        + "        try {\n"
                        + "            item.value = n + " + m + ";\n"
                        + "            return item.value * 2;\n"
                        + "        } finally {\n"
                        + "            pool.release(item);\n"
                        + "        }\n";
                case 1 -> "        Item item = pool.acquire();\n"
                        + "        int result = n > " + m + " ? item.value : n;\n"
                        + "        if (result < 0) {\n"
                        + "            kept.add(item);\n"
                        + "            return result;\n"
                        + "        }\n"
                        + "        pool.release(item);\n"
                        + "        return result;\n";
                case 2 -> "        int sum = 0;\n"
                        + "        for (int i = 0; i < n; i++) {\n"
                        + "            Item item = pool.acquire();\n"
                        + "            item.value = i * " + m + ";\n"
                        + "            sum += item.value;\n"
                        + "            pool.release(item);\n"
                        + "        }\n"
                        + "        return sum;\n";
                default -> "        Item item = pool.acquire();\n"
                        + "        Item copy = item;\n"
                        + "        copy.value = n;\n"
                        + "        int value = copy.value + " + m + ";\n"
                        + "        pool.release(item);\n"
                        + "        return value;\n";
            };
            code.append("\n    int method").append(m).append("(int n) {\n").append(body).append("    }\n");
        }
        return code.append("}\n").toString();
    }

    private static long median(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static String millis(List<Long> nanos) {
        return Arrays.toString(nanos.stream().mapToLong(n -> n / 1_000_000).toArray());
    }
}
