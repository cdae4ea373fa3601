package dev.poolforge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.Pool;
import java.util.function.Consumer;

/** The two things every pool test does with a used object: get it back reset, or see it dropped. */
final class PoolRoundTrip {
    private PoolRoundTrip() {
    }

    /**
     * Acquires an object, lets {@code use} dirty it, releases it and acquires again on the same
     * thread, which must return the same instance, now reset.
     *
     * @return the reacquired object, for the caller to check and release
     */
    // Comparing the identity of a released object is what this test is about; the checker would call it a use.
    @SuppressWarnings("poolforge:UseAfterRelease")
    static <T> T reacquireAfter(Pool<T> pool, Consumer<T> use) {
        T first = pool.acquire();
        use.accept(first);
        pool.release(first);
        T second = pool.acquire();
        assertThat(second).as("acquire() right after release(x) on one thread returns x").isSameAs(first);
        return second;
    }

    /** Acquires an object, lets {@code use} dirty it, releases it, and asserts the pool dropped it. */
    static <T> void assertDroppedAfter(Pool<T> pool, Consumer<T> use) {
        T obj = pool.acquire();
        use.accept(obj);
        pool.release(obj);
        assertThat(pool.stats().drops()).as("drops").isEqualTo(1);
        assertThat(pool.idle()).as("idle objects").isZero();
    }
}
