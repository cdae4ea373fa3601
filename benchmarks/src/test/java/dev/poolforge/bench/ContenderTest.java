package dev.poolforge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolforge.PoolConfig;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each contender does a round trip, hands back reset objects, and the pooling ones reuse them. */
class ContenderTest {
    @ParameterizedTest
    @ValueSource(strings = {"poolforge", "poolforgePerThread16", "poolforgeNoTier", "netty41", "commonsPool2",
            "clq", "mpmc", "threadLocal", "noPool"})
    void reusesTheReleasedObjectReset(String name) {
        Contender<SmallObject> pool = Contender.create(name, Kind.SMALL).forThread();
        try {
            assertReusedAndReset(pool);
        } finally {
            pool.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stormpot", "stormpotDefault"})
    void stormpotHandsOutResetObjects(String name) {
        Contender<SmallObject> pool = Contender.create(name, Kind.SMALL);
        try {
            for (long seq = 0; seq < 100; seq++) {
                Object lease = pool.acquire();
                assertThat(pool.object(lease).tags).isEmpty();
                pool.work(lease, seq);
                pool.release(lease);
            }
        } finally {
            pool.close();
        }
    }

    @Test
    void poolforgeVariantsDifferFromTheDefaultInTheirTierSizeOnly() {
        assertThat(configOf("poolforge")).isEqualTo(PoolConfig.builder().name("bench-small").build());
        assertThat(configOf("poolforgePerThread16"))
                .isEqualTo(PoolConfig.builder().perThread(16).name("bench-small").build());
        assertThat(configOf("poolforgeNoTier"))
                .isEqualTo(PoolConfig.builder().perThread(0).name("bench-small").build());
    }

    private static PoolConfig configOf(String name) {
        PoolforgeContender<?> pool = (PoolforgeContender<?>) Contender.create(name, Kind.SMALL);
        pool.close();
        return pool.config();
    }

    @Test
    void oneLookUpFloorReusesOneResetObjectPerRoundTrip() {
        Contender<SmallObject> pool = Contender.create("threadLocalOnce", Kind.SMALL);
        for (long seq = 0; seq < 100; seq++) {
            // The work returns id + tags + text length: seq + 1 + 5 only if the object came back reset.
            assertThat(pool.roundTrip(seq)).isEqualTo(seq + 6);
        }
        assertThat(pool.creates()).isEqualTo(1);
        assertThatThrownBy(pool::acquire).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("roundTrip");
    }

    @Test
    void workOnlyBaselineHandsOutItsOwnObjectsWithNoPool() {
        Contender<SmallObject> pool = Contender.create("noPool", Kind.SMALL).forThread();
        Object first = pool.acquire();
        Object second = pool.acquire();
        assertThat(second).isNotSameAs(first);
        pool.release(second);
        pool.release(first);
        assertThat(pool.acquire()).isSameAs(first);
        assertThat(pool.creates()).isZero();
    }

    /** Plain new, and Netty 4.2 off its FastThreadLocalThreads (it returns a new object with a no-op handle). */
    @ParameterizedTest
    @ValueSource(strings = {"plainNew", "netty42Plain"})
    void allocatesEveryTime(String name) {
        Contender<BufferObject> pool = Contender.create(name, Kind.BUFFER);
        Object first = pool.acquire();
        pool.release(first);
        assertThat(pool.object(pool.acquire())).isNotSameAs(pool.object(first));
    }

    @Test
    void eachRecyclerRunsOnlyOnTheThreadsItsNameSays() throws InterruptedException {
        for (String fastOnly : List.of("netty41Fast", "netty42")) {
            assertThatThrownBy(() -> Contender.create(fastOnly, Kind.SMALL))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is not a Netty").hasMessageContaining("FastThreadLocalThread");
        }
        onThread(new io.netty.util.concurrent.FastThreadLocalThread(() -> {
            assertReusedAndReset(Contender.create("netty41Fast", Kind.SMALL));
            assertThatThrownBy(() -> Contender.create("netty41", Kind.SMALL))
                    .hasMessageContaining("-Dpoolforge.bench.fastThreads=4.2");
        }));
        onThread(new netty42.io.netty.util.concurrent.FastThreadLocalThread(() -> {
            assertReusedAndReset(Contender.create("netty42", Kind.SMALL));
            assertThatThrownBy(() -> Contender.create("netty42Plain", Kind.SMALL))
                    .hasMessageContaining("-Dpoolforge.bench.fastThreads=4.1");
        }));
    }

    @Test
    void virtualThreadsAreThereFromJava21() {
        if (VirtualThreads.available()) {
            assertThat(VirtualThreads.factory().newThread(() -> { })).isNotNull();
        } else {
            assertThatThrownBy(VirtualThreads::factory).hasMessageContaining("Java 21");
        }
    }

    /** Runs the assertions on the given thread, failing here with whatever failed there. */
    private static void onThread(Thread thread) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        thread.setUncaughtExceptionHandler((t, e) -> failure.set(e));
        thread.start();
        thread.join();
        assertThat(failure.get()).isNull();
    }

    private static void assertReusedAndReset(Contender<SmallObject> pool) {
        Object lease = pool.acquire();
        SmallObject obj = pool.object(lease);
        pool.work(lease, 7);
        assertThat(obj.tags).hasSize(1);
        pool.release(lease);
        Object again = pool.acquire();
        assertThat(pool.object(again)).isSameAs(obj);
        assertThat(obj.id).isZero();
        assertThat(obj.tags).isEmpty();
        assertThat(obj.text.length()).isZero();
        pool.release(again);
    }
}
