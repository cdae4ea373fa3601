package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.Token.TokenPool;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;

/**
 * Objects acquired on one thread and released on another (a producer and a consumer, as in a
 * pipeline) pass through the shared stripes, where the two threads meet at the same flags all the
 * time. Meeting a busy flag must not turn into a drop on the consumer's side and a new object on
 * the producer's: the pool would then allocate in steady state, which is what it exists to avoid.
 */
class HandOffTest {
    private static final int TRIALS = 5;
    private static final long TRIAL_NANOS = 400_000_000L;

    @Test
    void aProducerAndAConsumerReuseTheirObjectsThoughTheyMeetAtTheOneStripe() throws Exception {
        double[] createdShares = new double[TRIALS];
        for (int i = 0; i < TRIALS; i++) {
            createdShares[i] = createdShareOfOneHandOffRun();
        }
        Arrays.sort(createdShares);
        // One stripe, as on a one-processor machine, where the two threads meet at every call. Two
        // tries and no pause dropped and recreated 2% to 17% of the objects in single runs here
        // (most above 10%), sixteen rounds with a spin hint 1% to 2.5%: the median of a few runs
        // tells them apart where one run may not.
        assertThat(createdShares[TRIALS / 2]).as("share of acquires that created, sorted: %s",
                Arrays.toString(createdShares)).isLessThan(0.05);
    }

    /** Hands objects from this thread to another through a fresh one-stripe pool; the share of acquires that created one. */
    private static double createdShareOfOneHandOffRun() throws InterruptedException {
        TokenPool pool = new TokenPool(PoolConfig.builder().stripes(1).build());
        BlockingQueue<Token> handOff = new ArrayBlockingQueue<>(16);
        long end = System.nanoTime() + TRIAL_NANOS;
        Thread consumer = new Thread(() -> {
            while (System.nanoTime() < end || !handOff.isEmpty()) {
                Token token = handOff.poll();
                if (token != null) {
                    pool.release(token);
                } else {
                    Thread.onSpinWait();
                }
            }
        });
        consumer.start();
        for (int n = 0; System.nanoTime() < end; n++) {
            Token token = pool.acquire();
            token.value = n;
            while (!handOff.offer(token)) {
                Thread.onSpinWait();
            }
        }
        consumer.join();
        PoolStats stats = pool.stats();
        return (double) stats.misses() / stats.acquires();
    }
}
