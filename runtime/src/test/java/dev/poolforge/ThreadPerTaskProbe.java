package dev.poolforge;

import dev.poolforge.Token.TokenPool;
import java.util.Locale;

/**
 * A thread per task, 20 000 tasks in sequence, each acquiring and releasing one object: run in
 * the test JVM by {@link ThreadEdgesTest} and, with a collector that never runs (so no GC cycle
 * ever sweeps), in a child JVM. Prints the most idle objects seen after a task ended, the bound
 * that applies then (no live thread has used the pool, so only the stripes count), and the hit rate.
 */
public final class ThreadPerTaskProbe {
    static final int TASKS = 20_000;

    private ThreadPerTaskProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(run());
    }

    static String run() throws InterruptedException {
        int stripes = 1;
        int capacity = 1;
        TokenPool pool = new TokenPool(
                PoolConfig.builder().stripes(stripes).capacityPerStripe(capacity).perThread(4).build());
        int maxIdle = 0;
        for (int task = 0; task < TASKS; task++) {
            Thread thread = new Thread(() -> pool.release(pool.acquire()));
            thread.start();
            thread.join();
            maxIdle = Math.max(maxIdle, pool.idle());
        }
        return String.format(Locale.ROOT, "maxIdle=%d bound=%d hitRate=%.3f", maxIdle, 2 * stripes * capacity, pool.stats().hitRate());
    }
}
