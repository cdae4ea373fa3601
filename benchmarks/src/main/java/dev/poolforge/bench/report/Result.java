package dev.poolforge.bench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One row of a JMH result file: a benchmark method, its parameters, and what was measured. */
final class Result {
    /** {@code Class.method}, without the package. */
    final String benchmark;
    final String contender;
    /** The parameters other than the contender, and the thread count: which table the row goes in. */
    final String table;
    final double score;
    final double error;
    final String unit;
    /** {@code gc.alloc.rate.norm} in bytes per operation, or NaN without {@code -prof gc}. */
    final double bytesPerOp;
    /** The mean of each fork's measurement iterations. */
    final List<Double> forkMeans;

    private Result(String benchmark, String contender, String table, double score, double error, String unit,
            double bytesPerOp, List<Double> forkMeans) {
        this.benchmark = benchmark;
        this.contender = contender;
        this.table = table;
        this.score = score;
        this.error = error;
        this.unit = unit;
        this.bytesPerOp = bytesPerOp;
        this.forkMeans = forkMeans;
    }

    @SuppressWarnings("unchecked")
    static List<Result> read(String json) {
        List<Result> results = new ArrayList<>();
        for (Object item : (List<Object>) Json.parse(json)) {
            Map<String, Object> run = (Map<String, Object>) item;
            String name = (String) run.get("benchmark");
            String[] parts = name.split("\\.");
            String benchmark = parts[parts.length - 2] + "." + parts[parts.length - 1];
            Map<String, Object> params = run.get("params") == null
                    ? Map.of() : (Map<String, Object>) run.get("params");
            Map<String, Object> others = new TreeMap<>(params);
            Object contenderParam = others.remove("contender");
            // Benchmarks without contenders (the wide-object pair) share one table, a row per method.
            String contender = contenderParam != null ? contenderParam.toString() : parts[parts.length - 1];
            StringBuilder table = new StringBuilder(contenderParam != null ? benchmark : parts[parts.length - 2]);
            others.forEach((key, value) -> table.append(", ").append(key).append('=').append(value));
            int threads = number(run.get("threads")).intValue();
            table.append(", ").append(threads).append(threads == 1 ? " thread" : " threads");

            Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
            Map<String, Object> secondary = run.get("secondaryMetrics") == null
                    ? Map.of() : (Map<String, Object>) run.get("secondaryMetrics");
            Map<String, Object> alloc = (Map<String, Object>) secondary.get("gc.alloc.rate.norm");
            results.add(new Result(benchmark, contender, table.toString(),
                    number(primary.get("score")), number(primary.get("scoreError")),
                    (String) primary.get("scoreUnit"),
                    alloc == null ? Double.NaN : number(alloc.get("score")),
                    forkMeans((List<Object>) primary.get("rawData"))));
        }
        return results;
    }

    /** The median of the fork means: the cross-thread figure, steadier than the mean. */
    double median() {
        List<Double> sorted = new ArrayList<>(forkMeans);
        Collections.sort(sorted);
        int n = sorted.size();
        if (n == 0) {
            return score;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return forkMeans.isEmpty() ? score : Collections.min(forkMeans);
    }

    double max() {
        return forkMeans.isEmpty() ? score : Collections.max(forkMeans);
    }

    @SuppressWarnings("unchecked")
    private static List<Double> forkMeans(List<Object> rawData) {
        List<Double> means = new ArrayList<>();
        if (rawData == null) {
            return means;
        }
        for (Object fork : rawData) {
            List<Object> iterations = (List<Object>) fork;
            double sum = 0;
            for (Object value : iterations) {
                sum += number(value);
            }
            if (!iterations.isEmpty()) {
                means.add(sum / iterations.size());
            }
        }
        return means;
    }

    /** JMH writes NaN and infinities as strings. */
    private static Double number(Object value) {
        if (value instanceof Double) {
            return (Double) value;
        }
        try {
            return Double.valueOf(String.valueOf(value));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
