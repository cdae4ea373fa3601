package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.internal.GcClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Objects handed from one thread to another move between the threads' tiers and the stripes in
 * batches; under every collector, with real GC cycles rotating the stripes and sweeping the tiers
 * meanwhile, no object goes to two owners, every acquire and release is counted once, and once
 * the pool goes idle every object is gone within the GC cycles that guarantee 3 allows
 * ({@link HandOffCyclesProbe} does the work in a child JVM).
 */
class HandOffCyclesTest {
    private static final Pattern PAIR = Pattern.compile("(\\w+)=(\\d+)");

    @ParameterizedTest
    @MethodSource("dev.poolforge.ChildJvm#collectors")
    void handedOffObjectsAreCountedOnceAndAgeOutUnderEveryCollector(String collector) throws Exception {
        Map<String, Long> counts = run(collector);

        assertThat(counts.get("ticksInUse")).as("clock ticks while objects moved: %s", counts).isGreaterThanOrEqualTo(6);
        assertThat(counts.get("doubleHandOuts")).as("objects handed to two owners: %s", counts).isZero();
        assertThat(counts.get("hits") + counts.get("misses")).as("hits + misses against acquires: %s", counts)
                .isEqualTo(counts.get("acquires"));
        assertThat(counts.get("poolReleases")).as("releases counted by the pool: %s", counts)
                .isEqualTo(counts.get("releases"));
        assertThat(counts.get("misses")).as("creates against acquires: %s", counts)
                .isLessThan(counts.get("acquires") / 2);

        assertThat(counts.get("idleAfter")).as("idle objects after the idle ticks: %s", counts).isZero();
        // Every object created left the pool once: dropped on release, or evicted (from a stripe,
        // from a tier, or on its way between the two as too old).
        assertThat(counts.get("drops") + counts.get("evictions")).as("drops + evictions against creates: %s", counts)
                .isEqualTo(counts.get("created"));
        assertThat(counts.get("uncollected")).as("objects still reachable: %s", counts).isZero();
    }

    private static Map<String, Long> run(String collector) throws Exception {
        List<String> options = new ArrayList<>(List.of(collector, "-Xmx128m",
                // A tick every 100 ms rather than every second: many rotations and sweeps meet the
                // transfers in a few seconds.
                "-D" + GcClock.MIN_INTERVAL_PROPERTY + "=100",
                "-cp", System.getProperty("java.class.path")));
        ChildJvm.Result child = ChildJvm.runToExit(options, HandOffCyclesProbe.class.getName());
        Map<String, Long> counts = new HashMap<>();
        Matcher pair = PAIR.matcher(child.output.lines().reduce((first, last) -> last).orElse(""));
        while (pair.find()) {
            counts.put(pair.group(1), Long.parseLong(pair.group(2)));
        }
        assertThat(counts).as(child.output).containsKeys("acquires", "uncollected");
        return counts;
    }
}
