package dev.poolforge.bench.report;

import dev.poolforge.bench.Contender;
import dev.poolforge.bench.CrossThreadBenchmark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns one JMH run (its JSON results and the metrics file the benchmarks append to) into the
 * Markdown results file: the targets, met or missed and by how much, then a table per scenario
 * with every contender's time, allocation, ratios to the reference contenders of the same run, and
 * its own cost: its time minus the work-only baseline's ({@code noPool}) in the same table.
 *
 * <pre>java -cp benchmarks.jar dev.poolforge.bench.report.Report out.md "description" metrics.tsv results.json...</pre>
 */
public final class Report {
    /**
     * The contenders every row is compared with: ratio = row time / their time, same table. A table
     * without one of them (the floor with one look-up is not in the cross-thread scenario) has no
     * column for it.
     */
    static final List<String> REFERENCES = List.of("threadLocal", "threadLocalOnce", "stormpot", "netty41", "mpmc", "plainNew");
    /** The work-only baseline whose time every contender's own cost is measured from. */
    static final String WORK_ONLY = "noPool";
    private static final String CROSS_THREAD = "CrossThreadBenchmark";
    /**
     * A fork ran on near cores when both its core-to-core probes were within this factor of the
     * nearest fork's: on the machine of benchmarks/README.md near probes read 56 to 131 ns, far
     * ones 450 to 930.
     */
    static final double NEAR_CORES = 2.5;
    /** poolforge allocating less than this per operation counts as allocating nothing. */
    static final double ZERO_BYTES = 1.0;

    private final List<Result> results;
    private final Map<String, Map<String, Map<String, List<String>>>> metrics;

    Report(List<Result> results, Map<String, Map<String, Map<String, List<String>>>> metrics) {
        this.results = results;
        this.metrics = metrics;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: Report <out.md> <description of the run> <metrics.tsv> <jmh-results.json>..."
                    + " (in the order they were written: rows of one contender in several files are joined)");
            System.exit(2);
        }
        List<Result> results = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            results.addAll(Result.read(Files.readString(Path.of(args[i]), StandardCharsets.UTF_8)));
        }
        Path metricsFile = Path.of(args[2]);
        List<String> lines = Files.exists(metricsFile)
                ? Files.readAllLines(metricsFile, StandardCharsets.UTF_8) : List.of();
        String markdown = new Report(Result.joinRounds(results), parseMetrics(lines)).render(args[1]);
        Files.writeString(Path.of(args[0]), markdown, StandardCharsets.UTF_8);
        System.out.println("wrote " + args[0]);
    }

    static Map<String, Map<String, Map<String, List<String>>>> parseMetrics(List<String> lines) {
        Map<String, Map<String, Map<String, List<String>>>> metrics = new TreeMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length == 4) {
                metrics.computeIfAbsent(f[0], k -> new TreeMap<>())
                        .computeIfAbsent(f[1], k -> new TreeMap<>())
                        .computeIfAbsent(f[2], k -> new ArrayList<>()).add(f[3]);
            }
        }
        return metrics;
    }

    String render(String description) {
        StringBuilder md = new StringBuilder();
        md.append("# poolforge benchmarks\n\n").append(description).append("\n\n");
        md.append("Times are per operation (lower is better). `x threadLocal` is the row's time divided by the "
                + "two-call thread-local floor's in the same table (one look-up in acquire, one in release), "
                + "`x threadLocalOnce` by the one-look-up floor's, `x stormpot` by Stormpot's at its best (no "
                + "expiry, no background expiration), likewise for Netty 4.1 on plain threads, the JCTools MPMC "
                + "queue and plain `new`: ratios of totals, work included. `own` is the row's time minus the "
                + "work-only baseline's (`noPool`: the same work and reset, no pool) in the same table: what the "
                + "contender itself costs per operation. B/op is `gc.alloc.rate.norm` from `-prof gc`. "
                + "All figures come from this one run; compare ratios within it, not times across runs.\n\n");
        renderTargets(md);
        renderTables(md);
        renderMetrics(md, "VirtualThreadBenchmark", "Virtual threads: objects each pool retains afterwards");
        renderMetrics(md, "GcInterplayBenchmark", "GC interplay: creates per second, GC cycles and poolforge's hit rate "
                + "(measurement iterations only; one value per fork)");
        return md.toString();
    }

    // ---- targets

    private void renderTargets(StringBuilder md) {
        md.append("## Targets\n\n| target | measured | limit | verdict |\n|---|---|---|---|\n");
        for (String threads : List.of("1 thread", "2 threads")) {
            String roundTrip = "RoundTripBenchmark." + (threads.startsWith("1") ? "oneThread" : "twoThreads");
            String buffer = roundTrip + ", object=buffer, " + threads;
            ratioTarget(md, "64 KiB object, " + threads + ": poolforge / Stormpot at its best", buffer, "stormpot", 1.0);
            ownCostTarget(md, "64 KiB object, " + threads + ": poolforge's own cost / Stormpot's at its best",
                    buffer, "stormpot", 1.0);
            ratioTarget(md, "64 KiB object, " + threads + ": poolforge / two-call thread-local floor",
                    buffer, "threadLocal", 1.3);
            ratioTarget(md, "64 KiB object, " + threads + ": poolforge / Netty 4.1 Recycler (plain threads)",
                    buffer, "netty41", 0.5);
            ratioTarget(md, "small object, " + threads + ": poolforge / plain new",
                    roundTrip + ", object=small, " + threads, "plainNew", 1.0);
        }
        // A service allocates, so its collector runs; the round trips above run with no collection at all
        // (nothing allocates), and under G1 a pool's round trip costs more once its objects are old.
        String gcRunning = tableOf("GcInterplayBenchmark.oneThread");
        ratioTarget(md, "64 KiB object, GC running, 1 thread: poolforge / Stormpot at its best",
                gcRunning, "stormpot", 1.0);
        ratioTarget(md, "64 KiB object, GC running, 1 thread: poolforge / two-call thread-local floor",
                gcRunning, "threadLocal", 1.3);
        ratioTarget(md, "burst of 32, LIFO: poolforge / two-call thread-local floor", "BurstBenchmark.lifo, 1 thread",
                "threadLocal", 1.3);
        ratioTarget(md, "burst of 32, FIFO: poolforge / two-call thread-local floor", "BurstBenchmark.fifo, 1 thread",
                "threadLocal", 1.3);
        String handOff = "CrossThreadBenchmark.handoff, 2 threads";
        ratioTarget(md, "cross-thread (median of forks): poolforge / JCTools MPMC", handOff, "mpmc", 1.0);
        ratioTarget(md, "cross-thread (median of forks): poolforge with perThread 16 / JCTools MPMC", handOff,
                "poolforgePerThread16", "mpmc", 1.0);
        nearCoresTarget(md, "cross-thread, forks on near cores: poolforge / JCTools MPMC", handOff, "poolforge");
        nearCoresTarget(md, "cross-thread, forks on near cores: poolforge with perThread 16 / JCTools MPMC", handOff,
                "poolforgePerThread16");
        allocationTarget(md);
        hitRateTarget(md);
        md.append('\n');
    }

    private void ratioTarget(StringBuilder md, String label, String table, String reference, double limit) {
        ratioTarget(md, label, table, "poolforge", reference, limit);
    }

    /** The target for {@code contender}, one of poolforge's configurations, against {@code reference}. */
    private void ratioTarget(StringBuilder md, String label, String table, String contender, String reference,
            double limit) {
        Result pf = find(table, contender);
        Result ref = find(table, reference);
        if (pf == null || ref == null) {
            md.append(row(label, "not run", "<= " + ratio(limit), "not run"));
            return;
        }
        boolean median = table.startsWith("CrossThreadBenchmark");
        double pfTime = median ? pf.median() : pf.score;
        double refTime = median ? ref.median() : ref.score;
        md.append(row(label, ratio(pfTime / refTime) + " (" + time(pfTime) + " vs " + time(refTime) + ")",
                "<= " + ratio(limit), verdict(pfTime / refTime, limit)));
    }

    /**
     * The cross-thread target over the forks that ran while the machine's two cores were near each
     * other: both of a fork's core-to-core probes within {@link #NEAR_CORES} times those of the
     * run's nearest fork (the fork whose slower probe is lowest). On a virtual machine whose CPUs
     * move apart in mid-run, the median of all forks depends on how many of each contender's forks
     * met the far state; these do not.
     */
    private void nearCoresTarget(StringBuilder md, String label, String table, String contender) {
        Result pf = find(table, contender);
        Result ref = find(table, "mpmc");
        String limit = "<= " + ratio(1.0);
        if (pf == null || ref == null) {
            md.append(row(label, "not run", limit, "not run"));
            return;
        }
        double nearest = Double.POSITIVE_INFINITY;
        for (Map<String, List<String>> byName : metrics.getOrDefault(CROSS_THREAD, Map.of()).values()) {
            for (String probes : byName.getOrDefault(CrossThreadBenchmark.CORE_TO_CORE, List.of())) {
                nearest = Math.min(nearest, slowerProbe(probes));
            }
        }
        double farthestNear = NEAR_CORES * nearest;
        List<Double> pfNear = nearForkMeans(pf, farthestNear);
        List<Double> refNear = nearForkMeans(ref, farthestNear);
        if (pfNear.isEmpty() || refNear.isEmpty()) {
            md.append(row(label, "no forks on near cores", limit, "not measured"));
            return;
        }
        double pfTime = Result.median(pfNear);
        double refTime = Result.median(refNear);
        md.append(row(label, ratio(pfTime / refTime) + " (" + time(pfTime) + " vs " + time(refTime) + "; "
                + pfNear.size() + " and " + refNear.size() + " forks)", limit, verdict(pfTime / refTime, 1.0)));
    }

    /** The means of the forks whose probes, before and after, were both at most {@code farthestNear} ns. */
    private List<Double> nearForkMeans(Result r, double farthestNear) {
        List<String> probes = probesByFork(r);
        List<Double> near = new ArrayList<>();
        for (int i = 0; i < probes.size(); i++) {
            if (slowerProbe(probes.get(i)) <= farthestNear) {
                near.add(r.forkMeans.get(i));
            }
        }
        return near;
    }

    /**
     * The core-to-core probes of each of {@code r}'s forks, in fork order; empty unless there is
     * exactly one per fork. The benchmark records one entry per fork, in the order JMH runs the
     * forks and lists their scores.
     */
    private List<String> probesByFork(Result r) {
        List<String> probes = metric(CROSS_THREAD, r.contender, CrossThreadBenchmark.CORE_TO_CORE);
        return probes.size() == r.forkMeans.size() ? probes : List.of();
    }

    /** The slower of a fork's two probes, written {@code before/after} in ns. */
    private static double slowerProbe(String probes) {
        double slower = 0;
        for (String probe : probes.split("/")) {
            slower = Math.max(slower, Double.parseDouble(probe));
        }
        return slower;
    }

    /** Compares what two contenders add to the work: each one's time minus the work-only baseline's. */
    private void ownCostTarget(StringBuilder md, String label, String table, String reference, double limit) {
        Result pf = find(table, "poolforge");
        Result ref = find(table, reference);
        Result work = find(table, WORK_ONLY);
        if (pf == null || ref == null || work == null) {
            md.append(row(label, "not run", "<= " + ratio(limit), "not run"));
            return;
        }
        double pfOwn = pf.score - work.score;
        double refOwn = ref.score - work.score;
        md.append(row(label, ratio(pfOwn / refOwn) + " (" + time(pfOwn) + " vs " + time(refOwn) + " over "
                + time(work.score) + " of work)", "<= " + ratio(limit),
                refOwn <= 0 ? "not measurable (the reference's own cost is within the work's)" : verdict(pfOwn / refOwn, limit)));
    }

    private static String verdict(double value, double limit) {
        return value <= limit
                ? "met (" + percent(1 - value / limit) + " under the limit)"
                : "**missed** (" + percent(value / limit - 1) + " over the limit)";
    }

    /** A margin as a whole percentage, or "<1%" rather than a "0%" that would read as none. */
    private static String percent(double fraction) {
        return fraction > 0 && fraction < 0.005 ? "<1%" : String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
    }

    private void allocationTarget(StringBuilder md) {
        Result worst = null;
        int rows = 0;
        for (Result r : results) {
            boolean steady = r.benchmark.startsWith("RoundTripBenchmark") || r.benchmark.startsWith("BurstBenchmark")
                    || r.benchmark.startsWith("CrossThreadBenchmark") || r.benchmark.equals("WideResetBenchmark.poolRoundTrip");
            if (steady && (r.contender.equals("poolforge") || r.benchmark.startsWith("Wide")) && !Double.isNaN(r.bytesPerOp)) {
                rows++;
                if (worst == null || r.bytesPerOp > worst.bytesPerOp) {
                    worst = r;
                }
            }
        }
        String label = "steady state allocates nothing: poolforge's worst B/op (round trips, bursts, cross-thread, wide object)";
        if (worst == null) {
            md.append(row(label, "not run (needs -prof gc)", "< " + ZERO_BYTES + " B/op", "not run"));
            return;
        }
        md.append(row(label, bytes(worst.bytesPerOp) + " B/op in " + worst.table + " (" + rows + (rows == 1 ? " row)" : " rows)"),
                "< " + ZERO_BYTES + " B/op", worst.bytesPerOp < ZERO_BYTES ? "met" : "**missed**"));
    }

    private void hitRateTarget(StringBuilder md) {
        List<String> rates = metric("GcInterplayBenchmark", "poolforge", "hitRate");
        String label = "GC interplay: poolforge hit rate (lowest fork)";
        double lowest = Double.NaN;
        for (String rate : rates) {
            try {
                double value = Double.parseDouble(rate);
                lowest = Double.isNaN(lowest) ? value : Math.min(lowest, value);
            } catch (NumberFormatException ignored) {
                // "n/a": no acquires measured
            }
        }
        if (Double.isNaN(lowest)) {
            md.append(row(label, "not run", ">= 95%", "not run"));
            return;
        }
        String verdict = lowest >= 0.95 ? "met"
                : String.format(Locale.ROOT, "**missed** by %.1f points", 100 * (0.95 - lowest));
        md.append(row(label, String.format(Locale.ROOT, "%.2f%%", 100 * lowest), ">= 95%", verdict));
    }

    // ---- tables

    private void renderTables(StringBuilder md) {
        Map<String, List<Result>> tables = new LinkedHashMap<>();
        for (Result r : results) {
            tables.computeIfAbsent(r.table, k -> new ArrayList<>()).add(r);
        }
        md.append("## Results\n\n");
        tables.forEach((table, rows) -> {
            boolean forks = table.startsWith("CrossThreadBenchmark");
            List<Result> references = new ArrayList<>();
            REFERENCES.forEach(name -> rows.stream().filter(r -> r.contender.equals(name)).findFirst()
                    .ifPresent(references::add));
            Result work = find(table, WORK_ONLY);
            md.append("### ").append(table).append("\n\n| contender | time | ± error |");
            boolean probed = forks && metrics.containsKey(CROSS_THREAD);
            md.append(forks ? " median of forks (min-max) |" : "").append(probed ? " per fork: time @ core-to-core |" : "")
                    .append(" B/op |");
            references.forEach(ref -> md.append(" x ").append(ref.contender).append(" |"));
            md.append(work != null ? " own |" : "").append("\n|---|---:|---:|").append(forks ? "---:|" : "")
                    .append(probed ? "---|" : "").append("---:|");
            references.forEach(ref -> md.append("---:|"));
            md.append(work != null ? "---:|" : "").append('\n');
            List<Result> ordered = new ArrayList<>();
            Contender.NAMES.forEach(name -> rows.stream().filter(r -> r.contender.equals(name)).forEach(ordered::add));
            rows.stream().filter(r -> !Contender.NAMES.contains(r.contender)).forEach(ordered::add);
            for (Result r : ordered) {
                md.append("| ").append(r.contender).append(" | ").append(time(r.score)).append(' ').append(r.unit)
                        .append(" | ").append(time(r.error)).append(" |");
                if (forks) {
                    md.append(' ').append(time(r.median())).append(" (").append(time(r.min())).append('-')
                            .append(time(r.max())).append(", ").append(r.forkMeans.size())
                            .append(r.forkMeans.size() == 1 ? " fork) |" : " forks) |");
                }
                if (probed) {
                    md.append(' ').append(forksWithProbes(r)).append(" |");
                }
                md.append(' ').append(bytes(r.bytesPerOp)).append(" |");
                references.forEach(ref -> md.append(' ').append(ratio(r.score / ref.score)).append(" |"));
                if (work != null) {
                    md.append(' ').append(time(r.score - work.score)).append(" |");
                }
                md.append('\n');
            }
            md.append('\n');
        });
    }

    /**
     * Each fork's mean beside the machine's core-to-core round trip before and after that fork, in
     * ns: a fork that ran while the virtual CPUs were far apart is slow for every contender.
     */
    private String forksWithProbes(Result r) {
        List<String> probes = probesByFork(r);
        if (probes.isEmpty()) {
            return "-";
        }
        List<String> forks = new ArrayList<>();
        for (int i = 0; i < probes.size(); i++) {
            forks.add(time(r.forkMeans.get(i)) + " @ " + probes.get(i));
        }
        return String.join(", ", forks);
    }

    private void renderMetrics(StringBuilder md, String benchmark, String title) {
        Map<String, Map<String, List<String>>> byContender = metrics.get(benchmark);
        md.append("## ").append(title).append("\n\n");
        if (byContender == null) {
            md.append("Not run").append(benchmark.startsWith("Virtual") ? " (virtual threads need Java 21+)." : ".")
                    .append("\n\n");
            return;
        }
        List<String> names = new ArrayList<>();
        byContender.values().forEach(m -> m.keySet().forEach(n -> {
            if (!names.contains(n)) {
                names.add(n);
            }
        }));
        md.append("| contender |");
        names.forEach(n -> md.append(' ').append(n).append(" |"));
        md.append("\n|---|");
        names.forEach(n -> md.append("---:|"));
        md.append('\n');
        for (String contender : Contender.NAMES) {
            Map<String, List<String>> values = byContender.get(contender);
            if (values == null) {
                continue;
            }
            md.append("| ").append(contender).append(" |");
            names.forEach(n -> md.append(' ').append(String.join(", ", values.getOrDefault(n, List.of("-")))).append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }

    // ---- helpers

    /**
     * The table of {@code benchmark}'s results, whatever its other parameters were set to; the
     * benchmark's name when it did not run, which names no table.
     */
    private String tableOf(String benchmark) {
        for (Result r : results) {
            if (r.benchmark.equals(benchmark)) {
                return r.table;
            }
        }
        return benchmark;
    }

    private Result find(String table, String contender) {
        for (Result r : results) {
            if (r.table.equals(table) && r.contender.equals(contender)) {
                return r;
            }
        }
        return null;
    }

    private List<String> metric(String benchmark, String contender, String name) {
        return metrics.getOrDefault(benchmark, Map.of()).getOrDefault(contender, Map.of()).getOrDefault(name, List.of());
    }

    private static String row(String label, String measured, String limit, String verdict) {
        return "| " + label + " | " + measured + " | " + limit + " | " + verdict + " |\n";
    }

    static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "-" : String.format(Locale.ROOT, "%.2fx", value);
    }

    static String time(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        double abs = Math.abs(value);
        return String.format(Locale.ROOT, abs < 10 ? "%.2f" : abs < 1000 ? "%.1f" : "%,.0f", value);
    }

    static String bytes(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return value < 0.01 ? "0" : String.format(Locale.ROOT, value < 10 ? "%.2f" : "%,.0f", value);
    }
}
