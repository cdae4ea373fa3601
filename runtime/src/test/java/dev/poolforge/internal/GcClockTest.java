package dev.poolforge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.GcCycles;
import dev.poolforge.PoolConfig;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

/** The clock's own robustness (guarantee 8) and cost (guarantee 12). */
class GcClockTest {

    @Test
    void aSweepThatThrowsNeitherSpinsTheClockNorStopsTheOtherPools() throws Exception {
        int seconds = 4;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + GcClock.FALLBACK_PROPERTY + "=1", "-XX:+DisableExplicitGC",
                "-cp", System.getProperty("java.class.path"), BrokenSweepProbe.class.getName(), String.valueOf(seconds)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes());
        Matcher failures = Pattern.compile("the sweep of pool 'broken' failed").matcher(output);
        int failed = 0;
        while (failures.find()) {
            failed++;
        }
        Matcher result = Pattern.compile("healthy evictions=(\\d+) ticks=(\\d+)").matcher(output);
        assertThat(result.find()).as(output).isTrue();
        long ticks = Long.parseLong(result.group(2));

        assertThat(ticks).as("ticks in %d s with a 1 s fallback", seconds).isBetween(1L, seconds + 1L);
        // One report per tick, and perhaps one more from a tick between the probe's print and its exit.
        assertThat(failed).as("failed sweeps reported for %d ticks", ticks).isBetween((int) ticks, (int) ticks + 1);
        assertThat(Long.parseLong(result.group(1))).as("evictions in the healthy pool").isPositive();
    }

    @Test
    void idlePoolsCostTheClockNeitherWorkNorAllocation() throws Exception {
        List<PoolCore> pools = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            PoolCore core = new PoolCore(PoolConfig.builder().stripes(64).build(), "idle");
            if (i % 2 == 0) {
                core.offer(new Object()); // evicted within two cycles, after which the pool is idle
            }
            pools.add(core);
        }
        GcCycles.await(3);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long clockThread = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("poolforge-gc-clock")).findFirst().orElseThrow().getId();
        int ticks = 5;
        long rotations;
        long perTick;
        try (Recording recording = new Recording()) {
            // A rotation event for each pool the clock rotates: the work it does per tick.
            recording.enable("dev.poolforge.PoolRotation");
            recording.start();
            long before = threads.getThreadAllocatedBytes(clockThread);
            GcCycles.await(ticks);
            perTick = (threads.getThreadAllocatedBytes(clockThread) - before) / ticks;
            recording.stop();
            Path file = Files.createTempFile("rotations", ".jfr");
            recording.dump(file);
            rotations = RecordingFile.readAllEvents(file).stream()
                    .filter(e -> e.getEventType().getName().equals("dev.poolforge.PoolRotation"))
                    .filter(e -> "idle".equals(e.getString("pool")))
                    .count();
            Files.delete(file);
        }

        assertThat(pools.stream().mapToInt(PoolCore::idle).sum()).isZero();
        assertThat(rotations).as("rotations of the idle pools in %d ticks", ticks).isZero();
        assertThat(perTick).as("bytes the clock allocated per tick with %d idle pools", pools.size())
                .isLessThan(pools.size());
    }
}
