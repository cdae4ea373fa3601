package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.Token.TokenPool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guarantee 7, as a count rather than a timing: the JVM's per-thread allocation counter must not
 * move across many steady-state round trips. (JMH's {@code -prof gc} in the benchmarks module
 * measures the same on compiled code.)
 */
class AllocationTest {
    private static final int ROUND_TRIPS = 100_000;

    @ParameterizedTest(name = "perThread={0}")
    @ValueSource(ints = {0, 4})
    void steadyStateRoundTripsAllocateNothing(int perThread) {
        TokenPool pool = new TokenPool(PoolConfig.builder().stripes(2).capacityPerStripe(8).perThread(perThread).build());
        roundTrips(pool, ROUND_TRIPS); // first use: the tier, the LongAdders' cells, class loading

        long allocated = AllocatedBytes.by(() -> roundTrips(pool, ROUND_TRIPS));

        // One 16-byte object per round trip would be 1.6 MB; allow for the counter's own reads.
        assertThat(allocated).isLessThan(1024);
        assertThat(pool.created).hasValue(2);
    }

    private static void roundTrips(TokenPool pool, int count) {
        for (int i = 0; i < count; i++) {
            Token a = pool.acquire();
            Token b = pool.acquire();
            pool.release(b);
            pool.release(a);
        }
    }
}
