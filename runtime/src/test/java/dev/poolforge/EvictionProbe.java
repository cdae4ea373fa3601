package dev.poolforge;

import dev.poolforge.Token.TokenPool;

/**
 * Run in a child JVM by {@link ClockFallbackTest}: releases one object and waits until GC-cycle
 * eviction drops it, making garbage meanwhile when the argument is {@code churn} (and none when it
 * is {@code quiet}, for a JVM whose GC never frees anything); with {@code once}, only checks that
 * a released object is pooled. Exits 0 when it was evicted, 1 on
 * timeout.
 */
public final class EvictionProbe {
    private EvictionProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        TokenPool pool = new TokenPool(PoolConfig.builder().perThread(2).build());
        pool.release(pool.acquire());
        if (args.length == 1 && args[0].equals("once")) {
            System.out.println("pooled: " + pool.stats());
            System.exit(pool.idle() == 1 ? 0 : 1);
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        Object[] garbage = new Object[64];
        int next = 0;
        boolean churn = args.length == 1 && args[0].equals("churn");
        while (pool.stats().evictions() == 0) {
            if (System.nanoTime() > deadline) {
                System.out.println("not evicted: " + pool.stats());
                System.exit(1);
            }
            System.gc();
            for (int i = 0; churn && i < 1_000; i++) {
                garbage[next++ & 63] = new byte[1024];
            }
            Thread.sleep(1);
        }
        System.out.println("evicted: " + pool.stats());
        System.exit(pool.idle() == 0 ? 0 : 1);
    }
}
