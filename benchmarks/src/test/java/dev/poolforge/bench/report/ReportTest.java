package dev.poolforge.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static String run(String contender, String object, double score, double bytes, String forks) {
        return "{\"benchmark\":\"dev.poolforge.bench.RoundTripBenchmark.oneThread\",\"mode\":\"avgt\",\"threads\":1,"
                + "\"params\":{\"contender\":\"" + contender + "\",\"object\":\"" + object + "\"},"
                + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":\"NaN\",\"scoreUnit\":\"ns/op\","
                + "\"rawData\":" + forks + "},"
                + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + bytes + "}}}";
    }

    @Test
    void comparesWithinTheRunAndJudgesTargets() {
        String json = "[" + run("poolforge", "buffer", 12.0, 0.001, "[[11.0,13.0],[20.0]]") + ","
                + run("threadLocal", "buffer", 10.0, 0.0, "[[10.0]]") + ","
                + run("netty41", "buffer", 30.0, 0.0, "[[30.0]]") + "]";
        List<Result> results = Result.read(json);
        assertThat(results).hasSize(3);
        assertThat(results.get(0).table).isEqualTo("RoundTripBenchmark.oneThread, object=buffer, 1 thread");
        assertThat(results.get(0).median()).isEqualTo(16.0);
        assertThat(results.get(0).min()).isEqualTo(12.0);

        String md = new Report(results, Report.parseMetrics(List.of(
                "GcInterplayBenchmark\tpoolforge\thitRate\t0.9000"))).render("test run");
        assertThat(md).contains("| 64 KiB object, 1 thread: poolforge / thread-local floor | 1.20x (12.0 vs 10.0) "
                + "| <= 1.30x | met (8% under the limit) |");
        assertThat(md).contains("poolforge / Netty 4.1 Recycler (plain threads) | 0.40x");
        assertThat(md).contains("poolforge / Stormpot | not run");
        assertThat(md).contains("| 90.00% | >= 95% | **missed** by 5.0 points |");
        assertThat(md).contains("| poolforge | 12.0 ns/op | - | 0 | 1.20x | 0.40x | - | - | - |");
    }
}
