package dev.poolforge.bench.report;

import dev.poolforge.bench.Contender;
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
 * with every contender's time, allocation and ratios to the reference contenders of the same run.
 *
 * <pre>java -cp benchmarks.jar dev.poolforge.bench.report.Report out.md "description" metrics.tsv results.json...</pre>
 */
public final class Report {
    /** The contenders every row is compared with: ratio = row time / their time, same table. */
    static final List<String> REFERENCES = List.of("threadLocal", "netty41", "stormpot", "plainNew");
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
            System.err.println("usage: Report <out.md> <description of the run> <metrics.tsv> <jmh-results.json>...");
            System.exit(2);
        }
        List<Result> results = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            results.addAll(Result.read(Files.readString(Path.of(args[i]), StandardCharsets.UTF_8)));
        }
        Path metricsFile = Path.of(args[2]);
        List<String> lines = Files.exists(metricsFile)
                ? Files.readAllLines(metricsFile, StandardCharsets.UTF_8) : List.of();
        String markdown = new Report(results, parseMetrics(lines)).render(args[1]);
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
                + "thread-local floor's in the same table, likewise for Netty 4.1, Stormpot and plain `new`; "
                + "`- noPool` is the row's time minus the work and reset alone: the pool's own cost. "
                + "B/op is `gc.alloc.rate.norm` from `-prof gc`. All ratios come from this one run.\n\n");
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
            String big = "RoundTripBenchmark." + (threads.startsWith("1") ? "oneThread" : "twoThreads");
            ratioTarget(md, "64 KiB object, " + threads + ": poolforge / thread-local floor",
                    big + ", object=buffer, " + threads, "threadLocal", 1.3);
            ratioTarget(md, "64 KiB object, " + threads + ": poolforge / Netty 4.1 Recycler (plain threads)",
                    big + ", object=buffer, " + threads, "netty41", 0.5);
            ratioTarget(md, "64 KiB object, " + threads + ": poolforge / Stormpot",
                    big + ", object=buffer, " + threads, "stormpot", 0.8);
            ratioTarget(md, "small object, " + threads + ": poolforge / thread-local floor",
                    big + ", object=small, " + threads, "threadLocal", 1.1);
            ratioTarget(md, "small object, " + threads + ": poolforge / plain new",
                    big + ", object=small, " + threads, "plainNew", 0.75);
        }
        ratioTarget(md, "burst of 32, LIFO: poolforge / thread-local floor", "BurstBenchmark.lifo, 1 thread", "threadLocal", 1.3);
        ratioTarget(md, "burst of 32, FIFO: poolforge / thread-local floor", "BurstBenchmark.fifo, 1 thread", "threadLocal", 1.3);
        ratioTarget(md, "cross-thread (median of forks): poolforge / JCTools MPMC", "CrossThreadBenchmark.handoff, 2 threads", "mpmc", 1.0);
        ratioTarget(md, "cross-thread (median of forks): poolforge / plain new", "CrossThreadBenchmark.handoff, 2 threads", "plainNew", 1.0);
        allocationTarget(md);
        hitRateTarget(md);
        md.append('\n');
    }

    private void ratioTarget(StringBuilder md, String label, String table, String reference, double limit) {
        Result pf = find(table, "poolforge");
        Result ref = find(table, reference);
        if (pf == null || ref == null) {
            md.append(row(label, "not run", "<= " + ratio(limit), "not run"));
            return;
        }
        boolean median = table.startsWith("CrossThreadBenchmark");
        double value = median ? pf.median() / ref.median() : pf.score / ref.score;
        String verdict = value <= limit
                ? String.format(Locale.ROOT, "met (%.0f%% under the limit)", 100 * (1 - value / limit))
                : String.format(Locale.ROOT, "**missed** (%.0f%% over the limit)", 100 * (value / limit - 1));
        md.append(row(label, ratio(value) + " (" + time(median ? pf.median() : pf.score) + " vs "
                + time(median ? ref.median() : ref.score) + ")", "<= " + ratio(limit), verdict));
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
        md.append(row(label, bytes(worst.bytesPerOp) + " B/op in " + worst.table + " (" + rows + " rows)",
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
            md.append("### ").append(table).append("\n\n| contender | time | ± error |");
            md.append(forks ? " median of forks (min-max) |" : "").append(" B/op |");
            REFERENCES.forEach(ref -> md.append(" x ").append(ref).append(" |"));
            md.append(" - noPool |\n|---|---:|---:|").append(forks ? "---:|" : "").append("---:|");
            REFERENCES.forEach(ref -> md.append("---:|"));
            md.append("---:|\n");
            List<Result> ordered = new ArrayList<>();
            Contender.NAMES.forEach(name -> rows.stream().filter(r -> r.contender.equals(name)).forEach(ordered::add));
            rows.stream().filter(r -> !Contender.NAMES.contains(r.contender)).forEach(ordered::add);
            for (Result r : ordered) {
                String contender = r.contender;
                md.append("| ").append(contender).append(" | ").append(time(r.score)).append(' ').append(r.unit)
                        .append(" | ").append(time(r.error)).append(" |");
                if (forks) {
                    md.append(' ').append(time(r.median())).append(" (").append(time(r.min())).append('-')
                            .append(time(r.max())).append(", ").append(r.forkMeans.size()).append(" forks) |");
                }
                md.append(' ').append(bytes(r.bytesPerOp)).append(" |");
                for (String ref : REFERENCES) {
                    Result base = find(table, ref);
                    md.append(' ').append(base == null ? "-" : ratio(r.score / base.score)).append(" |");
                }
                Result noPool = find(table, "noPool");
                md.append(' ').append(noPool == null ? "-" : time(r.score - noPool.score)).append(" |\n");
            }
            md.append('\n');
        });
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
