package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.Token.TokenPool;
import org.junit.jupiter.api.Test;

/** Guarantee 8: a Throwable anywhere inside acquire or release leaves the pool usable. */
class ErrorsInsideTest {

    @Test
    void stackOverflowsInsideAcquireAndReleaseLeaveNoStripeHeld() throws Exception {
        // One stripe and no thread tier: every acquire and release goes through the stripe's flag.
        TokenPool pool = new TokenPool(PoolConfig.builder().stripes(1).capacityPerStripe(4).perThread(0).build());
        Thread recursing = new Thread(null, () -> {
            for (int i = 0; i < 300; i++) {
                try {
                    recurse(pool);
                } catch (StackOverflowError expected) {
                    // Thrown at some depth inside acquire or release, then by each release on the way out.
                }
            }
        }, "recursing", 256 * 1024);
        recursing.start();
        recursing.join();

        Thread clearing = new Thread(pool::clear, "clearing");
        clearing.setDaemon(true); // stays spinning if a flag is held for good
        clearing.start();
        clearing.join(30_000);
        assertThat(clearing.isAlive()).as("clear() still waiting for a stripe after 30 s").isFalse();
        Token token = new Token();
        pool.release(token);
        assertThat(pool.idle()).as("the stripe took a released object: %s", pool.stats()).isEqualTo(1);
        assertThat(pool.acquire()).isSameAs(token);
    }

    private static void recurse(TokenPool pool) {
        Token token = pool.acquire();
        try {
            recurse(pool);
        } finally {
            pool.release(token);
        }
    }
}
