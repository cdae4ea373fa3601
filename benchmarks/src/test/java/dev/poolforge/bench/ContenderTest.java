package dev.poolforge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import netty42.io.netty.util.concurrent.FastThreadLocalThread;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each contender does a round trip, hands back reset objects, and the pooling ones reuse them. */
class ContenderTest {
    @ParameterizedTest
    @ValueSource(strings = {"poolforge", "netty41", "commonsPool2", "clq", "mpmc", "threadLocal", "noPool"})
    void reusesTheReleasedObjectReset(String name) {
        Contender<SmallObject> pool = Contender.create(name, Kind.SMALL).forThread();
        try {
            assertReusedAndReset(pool);
        } finally {
            pool.close();
        }
    }

    @Test
    void stormpotHandsOutResetObjects() {
        Contender<SmallObject> pool = Contender.create("stormpot", Kind.SMALL);
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
    void plainNewNeverReuses() {
        Contender<BufferObject> pool = Contender.create("plainNew", Kind.BUFFER);
        Object first = pool.acquire();
        pool.release(first);
        assertThat(pool.object(pool.acquire())).isNotSameAs(pool.object(first));
    }

    @Test
    void netty42PoolsOnlyOnItsOwnThreads() throws InterruptedException {
        assertThatThrownBy(() -> Contender.create("netty42", Kind.SMALL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FastThreadLocalThread");

        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new FastThreadLocalThread(() -> {
            try {
                assertReusedAndReset(Contender.create("netty42", Kind.SMALL));
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        thread.start();
        thread.join();
        assertThat(failure.get()).isNull();
    }

    @Test
    void virtualThreadsAreThereFromJava21() {
        if (VirtualThreads.available()) {
            assertThat(VirtualThreads.factory().newThread(() -> { })).isNotNull();
        } else {
            assertThatThrownBy(VirtualThreads::factory).hasMessageContaining("Java 21");
        }
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
