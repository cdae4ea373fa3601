package dev.poolforge.internal;

import dev.poolforge.PoolConfig;
import java.lang.reflect.Field;

/**
 * Run in a child JVM by {@code GcClockTest}: one pool whose sweep throws at every tick (its
 * stripes are taken away) next to a healthy pool holding an idle object, for a few seconds with
 * the fallback timer at 1 s. Prints the healthy pool's evictions; the clock's warnings go to the
 * same output, one per failed sweep.
 */
public final class BrokenSweepProbe {
    private BrokenSweepProbe() {
    }

    public static void main(String[] args) throws Exception {
        PoolCore broken = new PoolCore(PoolConfig.builder().name("broken").build(), "broken");
        Field stripes = PoolCore.class.getDeclaredField("stripes");
        stripes.setAccessible(true);
        stripes.set(broken, null);
        PoolCore healthy = new PoolCore(PoolConfig.builder().perThread(0).build(), "healthy");
        healthy.offer(new Object());
        Thread.sleep(Long.parseLong(args[0]) * 1000);
        System.out.println("healthy evictions=" + healthy.stats().evictions() + " ticks=" + GcClock.instance().sweeps()
                + " broken alive=" + (broken != null));
    }
}
