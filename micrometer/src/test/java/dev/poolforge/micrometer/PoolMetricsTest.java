package dev.poolforge.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.poolforge.Pool;
import dev.poolforge.PoolConfig;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class PoolMetricsTest {
    private static final Duration GC_TIMEOUT = Duration.ofSeconds(30);

    private final MeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void theMetersReadThePoolWhenTheRegistryDoesNotWhenBound() {
        ByteArrayBuilderPool pool = new ByteArrayBuilderPool(named("json-buffers"));
        PoolMetrics.of(pool).bindTo(registry);
        assertThat(count("poolforge.acquires", "json-buffers")).isZero();

        ByteArrayBuilder first = pool.acquire();                       // miss
        ByteArrayBuilder second = pool.acquire();                      // miss
        ByteArrayBuilder third = pool.acquire();                       // miss
        pool.release(first);                                           // kept
        pool.release(second);                                          // kept
        pool.release(third);                                           // kept
        ByteArrayBuilder reused = pool.acquire();                      // hit: third
        for (int i = 0; i <= ByteArrayBuilderPool.MAX_CAPACITY; i++) {
            reused.append(i);
        }
        pool.release(reused);                                          // grew too big: dropped
        ByteArrayBuilder kept = pool.acquire();                        // hit: second

        // Every figure differs from the others, so a meter reading the wrong one shows.
        assertThat(count("poolforge.acquires", "json-buffers")).isEqualTo(5);
        assertThat(count("poolforge.hits", "json-buffers")).isEqualTo(2);
        assertThat(count("poolforge.misses", "json-buffers")).isEqualTo(3);
        assertThat(count("poolforge.releases", "json-buffers")).isEqualTo(4);
        assertThat(count("poolforge.drops", "json-buffers")).isEqualTo(1);
        assertThat(count("poolforge.evictions", "json-buffers")).isZero();
        assertThat(gauge("poolforge.idle", "json-buffers")).isEqualTo(1);
        assertThat(gauge("poolforge.hit.rate", "json-buffers")).isEqualTo(0.4);

        pool.release(kept);
        assertThat(gauge("poolforge.idle", "json-buffers")).isEqualTo(2);
        assertThat(count("poolforge.releases", "json-buffers")).isEqualTo(5);
    }

    @Test
    void evictionsAreCountedAsTheGcCyclesDropIdleObjects() {
        ByteArrayBuilderPool pool = new ByteArrayBuilderPool(named("evicted"));
        PoolMetrics.of(pool).bindTo(registry);
        ByteArrayBuilder a = pool.acquire();
        ByteArrayBuilder b = pool.acquire();
        pool.release(a);
        pool.release(b);

        runGcCyclesUntil(() -> pool.stats().evictions() == 2, "the pool evicted " + pool.stats().evictions() + " of 2");

        assertThat(count("poolforge.evictions", "evicted")).isEqualTo(2);
        assertThat(gauge("poolforge.idle", "evicted")).isZero();
    }

    @Test
    void unnamedPoolsOfOneClassGetTheClassNameAndASuffix() {
        ByteArrayBuilderPool first = new ByteArrayBuilderPool(PoolConfig.defaults());
        ByteArrayBuilderPool second = new ByteArrayBuilderPool(PoolConfig.defaults());
        PoolMetrics.of(first, second).bindTo(registry);

        second.acquire();

        assertThat(count("poolforge.acquires", "ByteArrayBuilderPool")).isZero();
        assertThat(count("poolforge.acquires", "ByteArrayBuilderPool-2")).isEqualTo(1);
    }

    @Test
    void aNameAlreadyInTheRegistryGetsASuffixAcrossBinders() {
        ByteArrayBuilderPool orders = new ByteArrayBuilderPool(named("orders"));
        ByteArrayBuilderPool otherOrders = new ByteArrayBuilderPool(named("orders"));
        PoolMetrics.of(orders).bindTo(registry);
        PoolMetrics.of(otherOrders).bindTo(registry);

        otherOrders.acquire();

        assertThat(count("poolforge.acquires", "orders")).isZero();
        assertThat(count("poolforge.acquires", "orders-2")).isEqualTo(1);
    }

    @Test
    void aGivenNameAndTagsGoOnEveryMeter() {
        ByteArrayBuilderPool pool = new ByteArrayBuilderPool(PoolConfig.defaults());
        new PoolMetrics(pool, "request-buffers", Tags.of("service", "checkout")).bindTo(registry);

        List<Meter> meters = registry.getMeters();
        assertThat(meters).extracting(meter -> meter.getId().getName()).containsExactlyInAnyOrder(
                "poolforge.acquires", "poolforge.hits", "poolforge.misses", "poolforge.releases",
                "poolforge.drops", "poolforge.evictions", "poolforge.idle", "poolforge.hit.rate");
        assertThat(meters).allSatisfy(meter -> {
            assertThat(meter.getId().getTag("pool")).isEqualTo("request-buffers");
            assertThat(meter.getId().getTag("service")).isEqualTo("checkout");
        });
    }

    @Test
    void neitherTheBinderNorTheMetersKeepAPoolAlive() {
        ByteArrayBuilderPool pool = new ByteArrayBuilderPool(named("short-lived"));
        WeakReference<Pool<?>> collected = new WeakReference<>(pool);
        PoolMetrics metrics = PoolMetrics.of(pool);
        metrics.bindTo(registry);
        pool.acquire();
        assertThat(count("poolforge.acquires", "short-lived")).isEqualTo(1);
        // Reachable until the counter has read it once: a collection before that read left the
        // counter nothing to keep (0 acquires, seen once on JDK 25). From here only weakly.
        Reference.reachabilityFence(pool);
        pool = null;

        runGcCyclesUntil(() -> collected.refersTo(null), "the pool is still reachable");

        // Micrometer's function counters keep the last value they read; gauges have none to keep.
        assertThat(count("poolforge.acquires", "short-lived")).isEqualTo(1);
        assertThat(gauge("poolforge.idle", "short-lived")).isNaN();
        Reference.reachabilityFence(metrics);
    }

    @Test
    void badArgumentsAreNamed() {
        ByteArrayBuilderPool pool = new ByteArrayBuilderPool(PoolConfig.defaults());
        assertThatThrownBy(() -> new PoolMetrics(pool, "", Tags.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name is empty");
        assertThatThrownBy(() -> new PoolMetrics(null, "orders", Tags.empty()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("pool must not be null");
        assertThatThrownBy(() -> PoolMetrics.of(pool, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("pools[1] is null; pass only pools");
    }

    private double count(String name, String pool) {
        return registry.get(name).tag("pool", pool).functionCounter().count();
    }

    private double gauge(String name, String pool) {
        return registry.get(name).tag("pool", pool).gauge().value();
    }

    /** A named pool that stays out of JMX, so tests do not share MBean names. */
    private static PoolConfig named(String name) {
        return PoolConfig.builder().name(name).jmx(false).build();
    }

    /** Runs GCs until the condition holds; the timeout only stops a broken build from hanging. */
    private static void runGcCyclesUntil(BooleanSupplier condition, String failure) {
        long deadline = System.nanoTime() + GC_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("%s after %s of GC cycles", failure, GC_TIMEOUT);
            }
            System.gc();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for GC cycles", e);
            }
        }
    }
}
