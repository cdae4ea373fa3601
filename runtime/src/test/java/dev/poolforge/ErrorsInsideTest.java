package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.Token.TokenPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guarantee 8: a Throwable anywhere inside acquire, release or clear leaves the pool usable. */
class ErrorsInsideTest {

    /**
     * With no thread tier every acquire and release goes through the stripe's flags; with one,
     * through the tier and its spill guard, which clear() takes too.
     */
    @ParameterizedTest(name = "perThread={0}")
    @ValueSource(ints = {0, 4})
    void stackOverflowsInsideAcquireReleaseAndClearLeaveNothingHeld(int perThread) throws Exception {
        TokenPool pool = new TokenPool(PoolConfig.builder().stripes(1).capacityPerStripe(4).perThread(perThread).build());
        AtomicInteger idleAfterClear = new AtomicInteger(-1);
        Thread recursing = new Thread(null, () -> {
            for (int i = 0; i < 300; i++) {
                try {
                    recurse(pool);
                } catch (StackOverflowError expected) {
                    // Thrown at some depth inside acquire, release or clear, then by each release on the way out.
                }
            }
            // This thread's own tier, if it has one: a guard left held would keep clear() out of it.
            for (int i = 0; i < 4; i++) {
                pool.release(new Token());
            }
            pool.clear();
            idleAfterClear.set(pool.idle());
        }, "recursing", 256 * 1024);
        recursing.start();
        recursing.join();
        assertThat(idleAfterClear).as("objects left after clear() on the thread that overflowed").hasValue(0);

        Thread clearing = new Thread(pool::clear, "clearing");
        clearing.setDaemon(true); // stays spinning if a flag is held for good
        clearing.start();
        clearing.join(30_000);
        assertThat(clearing.isAlive()).as("clear() still waiting for a stripe after 30 s").isFalse();
        Token token = new Token();
        pool.release(token);
        assertThat(pool.idle()).as("the pool took a released object: %s", pool.stats()).isEqualTo(1);
        assertThat(pool.acquire()).isSameAs(token);
    }

    private static void recurse(TokenPool pool) {
        Token token = pool.acquire();
        try {
            pool.clear(); // maintenance on a user's stack, where the error may strike inside it too
            recurse(pool);
        } finally {
            pool.release(token);
        }
    }
}
