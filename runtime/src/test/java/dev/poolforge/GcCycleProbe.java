package dev.poolforge;

import dev.poolforge.Token.TokenPool;
import dev.poolforge.internal.GcClock;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Run in a child JVM by {@link GcCycleTest}: keeps one object in use (acquired and released every
 * millisecond or so) and one idle, for a few seconds, making garbage meanwhile when the first
 * argument is {@code churn} (then until at least 20 collections have run). Prints how many collections the JVM ran, how many ticks the GC clock made, how
 * many seconds passed, whether the object in use was ever lost, and whether the idle one was
 * evicted.
 */
public final class GcCycleProbe {
    private GcCycleProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean churn = args[0].equals("churn");
        long runNanos = Long.parseLong(args[1]) * 1_000_000_000L;
        TokenPool pool = new TokenPool(PoolConfig.builder().perThread(2).build());
        Token idle = pool.acquire();
        Token inUse = pool.acquire();
        pool.release(idle);
        pool.release(inUse);
        long sweepsBefore = GcClock.instance().sweeps();
        long collectionsBefore = collections();
        long start = System.nanoTime();
        boolean inUseLost = false;
        Object[] garbage = new Object[256];
        int next = 0;
        // At least the given time, and on until 20 collections have run (a loaded machine makes
        // garbage more slowly), at most 40 s.
        while ((System.nanoTime() - start < runNanos || (churn && collections() - collectionsBefore < 20))
                && System.nanoTime() - start < 40_000_000_000L) {
            Token token = pool.acquire();
            inUseLost |= token != inUse;
            pool.release(token);
            for (int i = 0; churn && i < 2_000; i++) {
                garbage[next++ & 255] = new byte[256];
            }
            Thread.sleep(1);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("collections=%d ticks=%d seconds=%.1f inUseLost=%b idleEvicted=%b%n",
                collections() - collectionsBefore, GcClock.instance().sweeps() - sweepsBefore, seconds,
                inUseLost, pool.stats().evictions() > 0);
    }

    private static long collections() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionCount());
        }
        return total;
    }
}
