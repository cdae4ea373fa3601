package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.internal.GcClock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guarantee 11: one meaning of "GC cycle" on every collector. Under allocation that makes the
 * collector run many times a second, the clock ticks (so the idle object is evicted), but at most
 * once per minimum interval (its default, 1 s), so an object used every millisecond is never
 * evicted. Epsilon never collects: the fallback timer ticks instead.
 */
class GcCycleTest {
    private static final int SECONDS = 5;
    private static final Pattern RESULT = Pattern.compile(
            "collections=(\\d+) ticks=(\\d+) seconds=([\\d.]+) inUseLost=(\\w+) idleEvicted=(\\w+)");

    @ParameterizedTest
    @MethodSource("dev.poolforge.ChildJvm#collectors")
    void everyCollectorTicksAtMostOncePerMinimumInterval(String collector) throws Exception {
        Matcher result = run("churn", collector, "-Xmx128m");
        long collections = Long.parseLong(result.group(1));
        long ticks = Long.parseLong(result.group(2));
        double seconds = Double.parseDouble(result.group(3));

        assertThat(collections).as("collections in %.1f s", seconds).isGreaterThanOrEqualTo(20L);
        assertThat(ticks).as("ticks for %d collections in %.1f s", collections, seconds)
                .isBetween(2L, (long) seconds + 1);
        assertThat(result.group(4)).as("the object in use was evicted").isEqualTo("false");
        assertThat(result.group(5)).as("the idle object was evicted").isEqualTo("true");
    }

    @ParameterizedTest
    @ValueSource(strings = "-XX:+UseEpsilonGC")
    void withACollectorThatNeverRunsTheFallbackTimerTicks(String collector) throws Exception {
        Matcher result = run("quiet", "-XX:+UnlockExperimentalVMOptions", collector, "-Xmx256m",
                "-D" + GcClock.FALLBACK_PROPERTY + "=1");
        long ticks = Long.parseLong(result.group(2));
        double seconds = Double.parseDouble(result.group(3));

        assertThat(result.group(1)).as("collections").isEqualTo("0");
        assertThat(ticks).as("ticks in %.1f s", seconds).isBetween(2L, (long) seconds + 1);
        assertThat(result.group(4)).as("the object in use was evicted").isEqualTo("false");
        assertThat(result.group(5)).as("the idle object was evicted").isEqualTo("true");
    }

    @Test
    void theClocksFirstTickCausesNoCollectionOfItsOwn() throws Exception {
        List<String> options = List.of("-XX:+UseSerialGC", "-Xmx16m", "-Xmn4m", "-cp", System.getProperty("java.class.path"));
        ChildJvm.Result child = ChildJvm.run(options, FirstTickProbe.class.getName());
        assertThat(child.exitCode).as(child.output).isZero();
        assertThat(child.output).as("one System.gc(), one tick, the object kept").contains("ticks=1 collections=1 same=true");
    }

    private static Matcher run(String mode, String... jvmOptions) throws Exception {
        List<String> options = new ArrayList<>(List.of(jvmOptions));
        options.add("-cp");
        options.add(System.getProperty("java.class.path"));
        ChildJvm.Result child = ChildJvm.runToExit(options, GcCycleProbe.class.getName(), mode, String.valueOf(SECONDS));
        Matcher matcher = RESULT.matcher(child.output);
        assertThat(matcher.find()).as(child.output).isTrue();
        return matcher;
    }
}
