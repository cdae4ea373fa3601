package dev.poolforge;

import dev.poolforge.Token.TokenPool;
import dev.poolforge.internal.GcClock;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Run in a child JVM with a small heap by {@link GcCycleTest}: releases an object, runs one
 * collection and waits for the clock's first tick, then prints how many collections happened in
 * all (the runtime's own tick must not cause a second) and whether the object is still there.
 */
public final class FirstTickProbe {
    private FirstTickProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        TokenPool pool = new TokenPool(PoolConfig.builder().perThread(1).build());
        Token token = pool.acquire();
        pool.release(token);
        long collectionsBefore = collections();
        long sweepsBefore = GcClock.instance().sweeps();
        System.gc();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (GcClock.instance().sweeps() == sweepsBefore && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        System.out.printf("ticks=%d collections=%d same=%b%n", GcClock.instance().sweeps() - sweepsBefore,
                collections() - collectionsBefore, pool.acquire() == token);
    }

    private static long collections() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionCount());
        }
        return total;
    }
}
