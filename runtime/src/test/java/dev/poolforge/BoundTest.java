package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.Token.TokenPool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/** Guarantee 4: idle() <= 2 * stripes * capacityPerStripe + P * perThread, whatever the threads. */
class BoundTest {
    private static final int STRIPES = 2;
    private static final int CAPACITY = 8;
    private static final int PER_THREAD = 4;
    private static final int SHARED_BOUND = 2 * STRIPES * CAPACITY;

    private static TokenPool pool() {
        return new TokenPool(PoolConfig.builder()
                .stripes(STRIPES).capacityPerStripe(CAPACITY).perThread(PER_THREAD).build());
    }

    @Test
    void platformThreadsAddAtMostTheirTierEach() throws Exception {
        int threads = 16;
        TokenPool pool = pool();
        CyclicBarrier roundDone = new CyclicBarrier(threads + 1);
        CountDownLatch mayEnd = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    for (int round = 0; round < 2; round++) {
                        acquireAndReleaseMany(pool, 20);
                        roundDone.await();
                        roundDone.await(); // the test thread runs a GC cycle in between
                    }
                    mayEnd.await();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (int round = 0; round < 2; round++) {
            roundDone.await(30, TimeUnit.SECONDS);
            GcCycles.await(1); // rotates the first round's objects into the victim generation
            roundDone.await(30, TimeUnit.SECONDS);
        }

        int bound = SHARED_BOUND + threads * PER_THREAD;
        assertThat(pool.idle()).isLessThanOrEqualTo(bound).isGreaterThan(SHARED_BOUND / 2);

        mayEnd.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        GcCycles.await(1);
        assertThat(pool.idle()).as("tiers of ended threads are emptied").isLessThanOrEqualTo(SHARED_BOUND);
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21, disabledReason = "virtual threads arrived in JDK 21")
    void virtualThreadsGetNoTier() throws Exception {
        TokenPool pool = pool();
        int tasks = 20_000;
        CountDownLatch allHolding = new CountDownLatch(tasks);
        ExecutorService virtualThreads = newVirtualThreadPerTaskExecutor();
        try {
            for (int i = 0; i < tasks; i++) {
                virtualThreads.execute(() -> {
                    Token token = pool.acquire();
                    allHolding.countDown();
                    awaitQuietly(allHolding); // everyone holds one at once, so thousands are created
                    pool.release(token);
                    pool.release(pool.acquire());
                });
            }
        } finally {
            virtualThreads.shutdown();
        }
        assertThat(virtualThreads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        PoolStats stats = pool.stats();
        assertThat(stats.misses()).isGreaterThanOrEqualTo(tasks);
        assertThat(stats.hits()).isPositive();
        assertThat(pool.idle()).isBetween(1, SHARED_BOUND);
    }

    private static void acquireAndReleaseMany(TokenPool pool, int count) {
        List<Token> held = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            held.add(pool.acquire());
        }
        held.forEach(pool::release);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code Executors.newVirtualThreadPerTaskExecutor()}, which the release-17 API does not show. */
    private static ExecutorService newVirtualThreadPerTaskExecutor() throws ReflectiveOperationException {
        return (ExecutorService) java.util.concurrent.Executors.class
                .getMethod("newVirtualThreadPerTaskExecutor")
                .invoke(null);
    }
}
