package dev.poolforge.bench.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.util.ListStatistics;

/** One row of a JMH result file: a benchmark method, its parameters, and what was measured. */
final class Result {
    private static final ObjectMapper JSON = new ObjectMapper();

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
    /** Every measurement iteration's score, fork after fork. */
    private final List<Double> iterations;

    private Result(String benchmark, String contender, String table, double score, double error, String unit,
            double bytesPerOp, List<Double> forkMeans, List<Double> iterations) {
        this.benchmark = benchmark;
        this.contender = contender;
        this.table = table;
        this.score = score;
        this.error = error;
        this.unit = unit;
        this.bytesPerOp = bytesPerOp;
        this.forkMeans = forkMeans;
        this.iterations = iterations;
    }

    /**
     * Reads the rows of one JMH result file ({@code -rf json}).
     *
     * @param json the file's text
     * @return a row per benchmark and parameter combination, in the file's order
     * @throws IllegalArgumentException if the text is not a JMH result file
     */
    static List<Result> read(String json) {
        List<Run> runs;
        try {
            runs = JSON.readValue(json, new TypeReference<List<Run>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JMH JSON result file: " + e.getOriginalMessage(), e);
        }
        List<Result> results = new ArrayList<>();
        for (Run run : runs) {
            results.add(run.toResult());
        }
        return results;
    }

    /**
     * Joins the rows that several JMH invocations measured for one benchmark, table and contender
     * into one, as if one invocation had run all their forks: the forks in the order given, the
     * score the mean of every iteration and the error its 99.9% confidence interval, as JMH
     * computes both for the forks of one invocation. {@code run.sh} runs a fork per contender per
     * invocation, several invocations in turn, so that a state of the machine that lasts minutes
     * does not fall on all of one contender's forks.
     *
     * @param rows rows of one or more result files, in the order the files were written
     * @return one row per benchmark, table and contender, in the order each first appears
     * @throws IllegalArgumentException if two rows to join have different units
     */
    static List<Result> joinRounds(List<Result> rows) {
        Map<String, List<Result>> rounds = new LinkedHashMap<>();
        for (Result r : rows) {
            rounds.computeIfAbsent(r.benchmark + '\n' + r.table + '\n' + r.contender, k -> new ArrayList<>()).add(r);
        }
        List<Result> joined = new ArrayList<>();
        for (List<Result> same : rounds.values()) {
            joined.add(same.size() == 1 ? same.get(0) : join(same));
        }
        return joined;
    }

    private static Result join(List<Result> rounds) {
        Result first = rounds.get(0);
        List<Double> forkMeans = new ArrayList<>();
        List<Double> iterations = new ArrayList<>();
        double bytesTimesForks = 0;
        for (Result r : rounds) {
            if (!r.unit.equals(first.unit)) {
                throw new IllegalArgumentException(first.table + ", " + first.contender + ": one round in " + first.unit
                        + ", another in " + r.unit);
            }
            forkMeans.addAll(r.forkMeans);
            iterations.addAll(r.iterations);
            // Every fork runs as many iterations, so a fork-weighted mean of the rows' allocation is
            // the mean over all iterations, which is JMH's figure for one invocation's forks.
            bytesTimesForks += r.bytesPerOp * r.forkMeans.size();
        }
        ListStatistics all = new ListStatistics(iterations.stream().mapToDouble(Double::doubleValue).toArray());
        return new Result(first.benchmark, first.contender, first.table, all.getMean(), all.getMeanErrorAt(0.999),
                first.unit, bytesTimesForks / forkMeans.size(), forkMeans, iterations);
    }

    /** The median of the fork means: the cross-thread figure, steadier than the mean. */
    double median() {
        return forkMeans.isEmpty() ? score : median(forkMeans);
    }

    /** The median of {@code values}, which must not be empty. */
    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return forkMeans.isEmpty() ? score : Collections.min(forkMeans);
    }

    double max() {
        return forkMeans.isEmpty() ? score : Collections.max(forkMeans);
    }

    /**
     * One entry of JMH's result array, as much of it as the report reads. JMH writes NaN and
     * infinities as strings ({@code "NaN"}), which Jackson reads into a {@code double} as such.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Run {
        public String benchmark;
        public int threads;
        public Map<String, String> params = Map.of();
        public Metric primaryMetric;
        public Map<String, Metric> secondaryMetrics = Map.of();

        Result toResult() {
            if (benchmark == null || primaryMetric == null) {
                throw new IllegalArgumentException("a JMH result without \"benchmark\" or \"primaryMetric\": " + benchmark);
            }
            String[] parts = benchmark.split("\\.");
            String className = parts[parts.length - 2];
            String method = parts[parts.length - 1];
            Map<String, String> others = new TreeMap<>(params == null ? Map.of() : params);
            String contenderParam = others.remove("contender");
            // Benchmarks without contenders (the wide-object trio) share one table, a row per method.
            String contender = contenderParam != null ? contenderParam : method;
            StringBuilder table = new StringBuilder(contenderParam != null ? className + "." + method : className);
            others.forEach((key, value) -> table.append(", ").append(key).append('=').append(value));
            table.append(", ").append(threads).append(threads == 1 ? " thread" : " threads");
            Metric alloc = secondaryMetrics == null ? null : secondaryMetrics.get("gc.alloc.rate.norm");
            return new Result(className + "." + method, contender, table.toString(),
                    primaryMetric.score, primaryMetric.scoreError, primaryMetric.scoreUnit,
                    alloc == null ? Double.NaN : alloc.score, primaryMetric.forkMeans(), primaryMetric.iterations());
        }
    }

    /** A JMH metric: its score over all forks, and {@code rawData}, one array of iteration scores per fork. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Metric {
        public double score = Double.NaN;
        public double scoreError = Double.NaN;
        public String scoreUnit;
        public List<List<Double>> rawData = List.of();

        List<Double> forkMeans() {
            List<Double> means = new ArrayList<>();
            for (List<Double> iterations : forks()) {
                if (!iterations.isEmpty()) {
                    means.add(iterations.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
                }
            }
            return means;
        }

        List<Double> iterations() {
            List<Double> all = new ArrayList<>();
            for (List<Double> fork : forks()) {
                all.addAll(fork);
            }
            return all;
        }

        /** Each fork's iteration scores; none when JMH wrote no {@code rawData}. */
        private List<List<Double>> forks() {
            return rawData == null ? List.of() : rawData;
        }
    }
}
