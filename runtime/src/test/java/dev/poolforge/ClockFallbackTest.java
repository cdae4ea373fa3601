package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.internal.GcClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** GC-cycle eviction where System.gc() does nothing, or where the GC never runs at all. */
class ClockFallbackTest {

    @Test
    void evictionFollowsTheJvmsOwnCollectionsWhenExplicitGcIsDisabled() throws Exception {
        ProbeResult result = runProbe("churn", "-XX:+DisableExplicitGC", "-Xmx64m");
        assertThat(result.exitCode).as(result.output).isZero();
        assertThat(result.output).contains("evicted: ").doesNotContain("not evicted");
    }

    @Test
    void theFallbackTimerEvictsWhenNoGcEverRuns() throws Exception {
        ProbeResult result = runProbe("quiet",
                "-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC", "-Xms256m", "-Xmx256m",
                "-D" + GcClock.FALLBACK_PROPERTY + "=1");
        assertThat(result.exitCode).as(result.output).isZero();
        assertThat(result.output).contains("evicted: ").doesNotContain("not evicted");
    }

    @Test
    void anInvalidFallbackIsReportedWithItsValue() throws Exception {
        ProbeResult result = runProbe("quiet", "-D" + GcClock.FALLBACK_PROPERTY + "=soon");
        assertThat(result.exitCode).isNotZero();
        assertThat(result.output)
                .contains(GcClock.FALLBACK_PROPERTY + " must be a whole number of seconds from 1 to 31536000, was 'soon'");
    }

    private static ProbeResult runProbe(String probeArgument, String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EvictionProbe.class.getName());
        command.add(probeArgument);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(finished).as("probe finished: %s", output).isTrue();
        return new ProbeResult(process.exitValue(), output);
    }

    private static final class ProbeResult {
        final int exitCode;
        final String output;

        ProbeResult(int exitCode, String output) {
            this.exitCode = exitCode;
            this.output = output;
        }
    }
}
