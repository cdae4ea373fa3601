package dev.poolforge.examples.demo;

import dev.poolforge.Pool;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The poolforge demo: runs the same multi-threaded order-and-log workload with pooled objects and
 * with plain {@code new}, and prints what each cost. {@code java -jar poolforge-demo.jar --help}.
 */
public final class Demo {
    /** One second of warm-up per variant lets the JIT compile both before anything is measured. */
    static final int WARM_UP_SECONDS = 1;
    static final int EXIT_OK = 0;
    static final int EXIT_BAD_ARGUMENTS = 2;

    private Demo() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the demo.
     *
     * @param out where the results go
     * @param err where progress and errors go
     * @return the process exit code
     */
    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (DemoOptions.BadArgumentException e) {
            err.println("poolforge-demo: " + e.getMessage());
            err.println("run with --help for usage");
            return EXIT_BAD_ARGUMENTS;
        }
        if (options.help()) {
            out.print(DemoOptions.USAGE);
            return EXIT_OK;
        }

        out.printf("poolforge demo on Java %s, %d threads, %d available processors%n",
                Runtime.version(), options.threads(), Runtime.getRuntime().availableProcessors());
        out.println("Each operation builds an OrderItem, encodes it to JSON with a JsonScratch and formats a LogEvent.");
        out.printf("Each variant runs %d s of warm-up, then is measured for %d s.%n%n", WARM_UP_SECONDS, options.seconds());
        out.flush();

        Progress progress = new Progress(err);
        try (Variant pooled = Variant.pooled()) {
            Phase.run(pooled, options.threads(), WARM_UP_SECONDS, "warm-up, pooled", progress);
        }
        Phase.run(Variant.allocating(), options.threads(), WARM_UP_SECONDS, "warm-up, new", progress);
        List<PhaseResult> results = new ArrayList<>();
        try (Variant pooled = Variant.pooled()) {
            printMonitoring(out, pooled);
            results.add(Phase.run(pooled, options.threads(), options.seconds(), "measuring pooled", progress));
        }
        results.add(Phase.run(Variant.allocating(), options.threads(), options.seconds(), "measuring new", progress));
        progress.clear();

        ResultReport.print(out, results);
        return EXIT_OK;
    }

    /** Says where the measured pools can be watched while they run. */
    private static void printMonitoring(PrintStream out, Variant pooled) {
        long pid = ProcessHandle.current().pid();
        out.println("While the pooled variant is measured, its pools are JMX MXBeans:");
        for (Pool<?> pool : pooled.pools) {
            out.println("  " + pool.jmxName().orElse(pool.name() + " (not registered: this JVM has no JMX)"));
        }
        out.printf("Watch them with 'jconsole %d' (MBeans tab, dev.poolforge), or record them with Flight Recorder:%n", pid);
        out.printf("  jcmd %d JFR.start duration=30s filename=pools.jfr%n", pid);
        out.println("  jfr print --events dev.poolforge.PoolStatistics,dev.poolforge.PoolRotation pools.jfr");
        out.println("(Use --seconds 60 to have time for that.)");
        out.println();
        out.flush();
    }
}
