package dev.poolforge.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.poolforge.bench.CrossThreadBenchmark;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    /**
     * The output of a real JMH 1.37 run of this suite (JDK 17, 2 forks of 2 short iterations, -prof gc;
     * only the "jvm" path replaced): {@code RoundTripBenchmark.oneThread -p object=buffer
     * -p contender=poolforge,stormpot,threadLocal,threadLocalOnce,noPool}. A smoke run on a busy
     * machine: its figures are test data, not results.
     */
    private static final String FIXTURE = "round-trip-buffer.json";
    private static final String BUFFER_TABLE = "RoundTripBenchmark.oneThread, object=buffer, 1 thread";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsJmhJson() throws IOException {
        List<Result> results = Result.read(fixture());

        assertThat(results).extracting(r -> r.contender)
                .containsExactly("poolforge", "stormpot", "threadLocal", "threadLocalOnce", "noPool");
        Result poolforge = results.get(0);
        assertThat(poolforge.benchmark).isEqualTo("RoundTripBenchmark.oneThread");
        assertThat(poolforge.table).isEqualTo(BUFFER_TABLE);
        assertThat(poolforge.score).isEqualTo(42.58104730494696);
        assertThat(poolforge.error).isEqualTo(109.87338260697628);
        assertThat(poolforge.unit).isEqualTo("ns/op");
        assertThat(poolforge.bytesPerOp).isEqualTo(0.0014429748747089733);
        // Fork 1 measured 55.7 and 19.7 ns, fork 2 55.3 and 39.6 ns.
        assertThat(poolforge.forkMeans).hasSize(2);
        assertThat(poolforge.forkMeans.get(0)).isCloseTo(37.7197, within(1e-4));
        assertThat(poolforge.forkMeans.get(1)).isCloseTo(47.4424, within(1e-4));
        assertThat(poolforge.median()).isCloseTo(42.5810, within(1e-4));
    }

    @Test
    void givesOwnCostsAndRatiosFromTheSameRun() throws IOException {
        String md = new Report(Result.read(fixture()), Report.parseMetrics(List.of())).render("fixture run");

        // Ratios of totals: 42.58 / 42.57 (Stormpot), 42.58 / 54.63 (two-call floor).
        assertThat(md).contains("| 64 KiB object, 1 thread: poolforge / Stormpot at its best | 1.00x (42.6 vs 42.6) "
                + "| <= 1.00x | **missed** (<1% over the limit) |");
        assertThat(md).contains("| 64 KiB object, 1 thread: poolforge / two-call thread-local floor | 0.78x (42.6 vs 54.6) "
                + "| <= 1.30x | met (40% under the limit) |");
        // Own costs: 42.58 - 13.33 against 42.57 - 13.33.
        assertThat(md).contains("| 64 KiB object, 1 thread: poolforge's own cost / Stormpot's at its best "
                + "| 1.00x (29.3 vs 29.2 over 13.3 of work) | <= 1.00x |");
        assertThat(md).contains("poolforge / Netty 4.1 Recycler (plain threads) | not run |");
        // Columns only for the references this table has, then the own cost.
        assertThat(md).contains("### " + BUFFER_TABLE + "\n\n| contender | time | ± error | B/op "
                + "| x threadLocal | x threadLocalOnce | x stormpot | own |");
        assertThat(md).contains("| poolforge | 42.6 ns/op | 109.9 | 0 | 0.78x | 1.21x | 1.00x | 29.3 |");
        assertThat(md).contains("| threadLocalOnce | 35.1 ns/op | 211.9 | 0 | 0.64x | 1.00x | 0.82x | 21.8 |");
        assertThat(md).contains("| noPool | 13.3 ns/op | 28.1 | 0 | 0.24x | 0.38x | 0.31x | 0.00 |");
        assertThat(md).contains("| steady state allocates nothing: poolforge's worst B/op (round trips, bursts, "
                + "cross-thread, wide object) | 0 B/op in " + BUFFER_TABLE + " (1 row) | < 1.0 B/op | met |");
    }

    @Test
    void joinsRoundsOfOneForkIntoWhatOneInvocationOfAllTheForksGives() throws IOException {
        List<Result> whole = Result.read(fixture());
        List<Result> rounds = new ArrayList<>(Result.read(oneFork(fixture(), 0)));
        rounds.addAll(Result.read(oneFork(fixture(), 1)));

        List<Result> joined = Result.joinRounds(rounds);

        assertThat(joined).extracting(r -> r.contender)
                .containsExactly("poolforge", "stormpot", "threadLocal", "threadLocalOnce", "noPool");
        for (int i = 0; i < whole.size(); i++) {
            Result jmh = whole.get(i);
            Result r = joined.get(i);
            assertThat(r.forkMeans).as(r.contender).containsExactlyElementsOf(jmh.forkMeans);
            assertThat(r.score).as(r.contender).isCloseTo(jmh.score, within(1e-9));
            assertThat(r.error).as(r.contender).isCloseTo(jmh.error, within(1e-9));
            assertThat(r.bytesPerOp).as(r.contender).isCloseTo(jmh.bytesPerOp, within(1e-12));
            assertThat(r.table).isEqualTo(jmh.table);
        }
    }

    @Test
    void refusesToJoinRoundsInDifferentUnits() throws IOException {
        List<Result> rounds = new ArrayList<>(Result.read(oneFork(fixture(), 0)));
        rounds.addAll(Result.read(oneFork(fixture(), 1).replace("\"ns/op\"", "\"us/op\"")));

        assertThatThrownBy(() -> Result.joinRounds(rounds)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(BUFFER_TABLE + ", poolforge: one round in ns/op, another in us/op");
    }

    @Test
    void crossThreadRoundsKeepEachForkBesideItsOwnProbe() {
        String round1 = "[" + crossThread("poolforge", "[[100.0, 120.0]]") + ","
                + crossThread("mpmc", "[[150.0]]") + "]";
        String round2 = "[" + crossThread("poolforge", "[[300.0]]") + "," + crossThread("mpmc", "[[100.0]]") + "]";
        List<Result> rows = new ArrayList<>(Result.read(round1));
        rows.addAll(Result.read(round2));
        String md = new Report(Result.joinRounds(rows), Report.parseMetrics(
                probes("poolforge", "61/70", "mpmc", "58/66", "poolforge", "170/80", "mpmc", "64/59")))
                .render("test run");

        // One row per contender, its forks in the order the rounds ran, the score over all three iterations.
        assertThat(md).contains("| poolforge | 173.3 ns/op | 2,010 | 205.0 (110.0-300.0, 2 forks) "
                + "| 110.0 @ 61/70, 300.0 @ 170/80 | - | 1.39x |");
        assertThat(md).contains("| mpmc | 125.0 ns/op | - | 125.0 (100.0-150.0, 2 forks) "
                + "| 150.0 @ 58/66, 100.0 @ 64/59 | - | 1.00x |");
    }

    @Test
    void crossThreadUsesForkMediansAndHasNoOwnCost() {
        String json = "[" + crossThread("poolforge", "[[100.0, 120.0], [300.0], [200.0]]") + ","
                + crossThread("poolforgePerThread16", "[[140.0], [120.0], [600.0]]") + ","
                + crossThread("mpmc", "[[150.0], [100.0], [900.0]]") + "]";
        String md = new Report(Result.read(json), Report.parseMetrics(List.of(
                "GcInterplayBenchmark\tpoolforge\thitRate\t0.9000"))).render("test run");

        // Medians 200 and 150, whatever the means say.
        assertThat(md).contains("| cross-thread (median of forks): poolforge / JCTools MPMC | 1.33x (200.0 vs 150.0) "
                + "| <= 1.00x | **missed** (33% over the limit) |");
        assertThat(md).contains("| cross-thread (median of forks): poolforge with perThread 16 / JCTools MPMC "
                + "| 0.93x (140.0 vs 150.0) | <= 1.00x | met (7% under the limit) |");
        assertThat(md).contains("| contender | time | ± error | median of forks (min-max) | B/op | x mpmc |\n");
        assertThat(md).contains("| poolforge | 203.3 ns/op | - | 200.0 (110.0-300.0, 3 forks) | - | 0.53x |");
        assertThat(md).contains("| 90.00% | >= 95% | **missed** by 5.0 points |");
    }

    @Test
    void crossThreadListsEachForkBesideTheMachinesCoreToCoreRoundTrip() {
        String json = "[" + crossThread("poolforge", "[[100.0, 120.0], [300.0], [200.0]]") + ","
                + crossThread("mpmc", "[[150.0], [100.0], [900.0]]") + "]";
        String md = new Report(Result.read(json), Report.parseMetrics(probes("poolforge", "61/70", "mpmc", "58/66",
                "poolforge", "170/80", "mpmc", "64/59", "poolforge", "150/75", "mpmc", "405/388"))).render("test run");

        assertThat(md).contains("| contender | time | ± error | median of forks (min-max) | per fork: time @ core-to-core "
                + "| B/op | x mpmc |\n|---|---:|---:|---:|---|---:|---:|\n");
        assertThat(md).contains("| poolforge | 203.3 ns/op | - | 200.0 (110.0-300.0, 3 forks) "
                + "| 110.0 @ 61/70, 300.0 @ 170/80, 200.0 @ 150/75 | - | 0.53x |");
        assertThat(md).contains("| mpmc | 383.3 ns/op | - | 150.0 (100.0-900.0, 3 forks) "
                + "| 150.0 @ 58/66, 100.0 @ 64/59, 900.0 @ 405/388 | - | 1.00x |");
        // The nearest fork's slower probe is 64 ns, so near means both probes <= 2.5 x 64 = 160:
        // poolforge's first and third forks (median 155.0; the second's 170 is over) against
        // mpmc's first two (median 125.0). Over every fork: 200.0 against 150.0.
        assertThat(md).contains("| cross-thread, forks on near cores: poolforge / JCTools MPMC "
                + "| 1.24x (155.0 vs 125.0; 2 and 2 forks) | <= 1.00x | **missed** (24% over the limit) |");
        assertThat(md).contains("| cross-thread (median of forks): poolforge / JCTools MPMC | 1.33x (200.0 vs 150.0) ");
        assertThat(md).contains("| cross-thread, forks on near cores: poolforge with perThread 16 / JCTools MPMC "
                + "| not run |");
    }

    @Test
    void crossThreadWithoutProbesHasNoNearCoresFigure() {
        String json = "[" + crossThread("poolforge", "[[100.0], [300.0]]") + ","
                + crossThread("mpmc", "[[150.0], [100.0]]") + "]";
        String md = new Report(Result.read(json), Report.parseMetrics(List.of())).render("test run");

        assertThat(md).contains("| cross-thread, forks on near cores: poolforge / JCTools MPMC "
                + "| no forks on near cores | <= 1.00x | not measured |");
    }

    @Test
    void judgesTheSteadyStateWithGcRunningWhateverItsAllocationRate() {
        String json = "[" + gcInterplay("poolforge", 9.1) + "," + gcInterplay("stormpot", 8.0) + ","
                + gcInterplay("threadLocal", 7.5) + "]";
        String md = new Report(Result.read(json), Report.parseMetrics(List.of())).render("test run");

        assertThat(md).contains("| 64 KiB object, GC running, 1 thread: poolforge / Stormpot at its "
                + "best | 1.14x (9.10 vs 8.00) | <= 1.00x | **missed** (14% over the limit) |");
        assertThat(md).contains("| 64 KiB object, GC running, 1 thread: poolforge / two-call "
                + "thread-local floor | 1.21x (9.10 vs 7.50) | <= 1.30x | met (7% under the limit) |");
    }

    @Test
    void saysTheSteadyStateWithGcRunningWasNotRun() throws IOException {
        String md = new Report(Result.read(fixture()), Report.parseMetrics(List.of())).render("fixture run");

        assertThat(md).contains("| 64 KiB object, GC running, 1 thread: poolforge / Stormpot at its "
                + "best | not run | <= 1.00x | not run |");
    }

    @Test
    void refusesWhatIsNotJmhJson() {
        assertThatThrownBy(() -> Result.read("{\"benchmark\": 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a JMH JSON result file");
        assertThatThrownBy(() -> Result.read("[{\"mode\": \"avgt\"}]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("primaryMetric");
    }

    /** The metrics lines of core-to-core probes: a contender, then its fork's probe, pair after pair. */
    private static List<String> probes(String... contenderThenProbe) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < contenderThenProbe.length; i += 2) {
            lines.add("CrossThreadBenchmark\t" + contenderThenProbe[i] + "\t" + CrossThreadBenchmark.CORE_TO_CORE + "\t"
                    + contenderThenProbe[i + 1]);
        }
        return lines;
    }

    /** A cross-thread result as JMH writes one: NaN error as a string, no -prof gc. */
    private static String crossThread(String contender, String forks) {
        return "{\"benchmark\":\"dev.poolforge.bench.CrossThreadBenchmark.handoff\",\"mode\":\"avgt\",\"threads\":2,"
                + "\"params\":{\"contender\":\"" + contender + "\"},"
                + "\"primaryMetric\":{\"score\":" + (contender.equals("poolforge") ? 203.333 : 383.333)
                + ",\"scoreError\":\"NaN\",\"scoreUnit\":\"ns/op\",\"rawData\":" + forks + "},"
                + "\"secondaryMetrics\":{}}";
    }

    /** A GC-interplay row at an allocation rate the suite does not use, so no table name is assumed. */
    private static String gcInterplay(String contender, double score) {
        return "{\"benchmark\":\"dev.poolforge.bench.GcInterplayBenchmark.oneThread\",\"mode\":\"avgt\",\"threads\":1,"
                + "\"params\":{\"contender\":\"" + contender + "\",\"allocMiBPerSecond\":\"128\"},"
                + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":\"NaN\",\"scoreUnit\":\"ns/op\","
                + "\"rawData\":[[" + score + "]]},\"secondaryMetrics\":{}}";
    }

    /**
     * The fixture as one round of run.sh would have written it: only fork {@code fork} of each row,
     * with that fork's mean as the score and the error JMH gives a single fork.
     */
    private static String oneFork(String json, int fork) throws IOException {
        ArrayNode rows = (ArrayNode) JSON.readTree(json);
        for (JsonNode row : rows) {
            keepOneFork((ObjectNode) row.get("primaryMetric"), fork);
            row.get("secondaryMetrics").forEach(metric -> keepOneFork((ObjectNode) metric, fork));
        }
        return JSON.writeValueAsString(rows);
    }

    private static void keepOneFork(ObjectNode metric, int fork) {
        JsonNode iterations = metric.get("rawData").get(fork);
        double sum = 0;
        for (JsonNode value : iterations) {
            sum += value.asDouble();
        }
        metric.put("score", sum / iterations.size());
        metric.put("scoreError", "NaN");
        metric.set("rawData", JSON.createArrayNode().add(iterations));
    }

    private static String fixture() throws IOException {
        try (InputStream in = ReportTest.class.getResourceAsStream(FIXTURE)) {
            assertThat(in).as(FIXTURE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
