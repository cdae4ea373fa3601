package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.internal.GcClock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GC-cycle eviction where System.gc() does nothing, or where the GC never runs at all. */
class ClockFallbackTest {

    @Test
    void evictionFollowsTheJvmsOwnCollectionsWhenExplicitGcIsDisabled() throws Exception {
        ChildJvm.Result result = runProbe("churn", "-XX:+DisableExplicitGC", "-Xmx64m");
        assertThat(result.exitCode).as(result.output).isZero();
        assertThat(result.output).contains("evicted: ").doesNotContain("not evicted");
    }

    @Test
    void theFallbackTimerEvictsWhenNoGcEverRuns() throws Exception {
        ChildJvm.Result result = runProbe("quiet",
                "-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC", "-Xms256m", "-Xmx256m",
                "-D" + GcClock.FALLBACK_PROPERTY + "=1");
        assertThat(result.exitCode).as(result.output).isZero();
        assertThat(result.output).contains("evicted: ").doesNotContain("not evicted");
    }

    @Test
    void anInvalidFallbackIsReportedWithItsValueAndTheDefaultIsUsed() throws Exception {
        ChildJvm.Result result = runProbe("once", "-D" + GcClock.FALLBACK_PROPERTY + "=soon");
        assertThat(result.exitCode).as(result.output).isZero();
        assertThat(result.output)
                .contains(GcClock.FALLBACK_PROPERTY + " must be a whole number of seconds from 1 to 31536000, was 'soon'")
                .contains("using 120")
                .contains("pooled: ");
    }

    private static ChildJvm.Result runProbe(String probeArgument, String... jvmOptions)
            throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(List.of(jvmOptions));
        options.add("-cp");
        options.add(System.getProperty("java.class.path"));
        return ChildJvm.run(options, EvictionProbe.class.getName(), probeArgument);
    }
}
