package dev.poolforge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.AllocatedBytes;
import dev.poolforge.PoolConfig;
import org.junit.jupiter.api.Test;

/**
 * Guarantee 7 on the GC clock's thread: a GC cycle's maintenance (every stripe's rotation, the
 * sweep of the tiers) allocates nothing, counted as {@code AllocationTest} counts the round trips.
 * Its loops avoid lambdas that would capture the epoch, and its bounded tries take method
 * references that capture nothing; this test says so where a change would not.
 */
class MaintenanceAllocationTest {
    private static final int CYCLES = 100_000;

    @Test
    void aGcCyclesRotationAndSweepAllocateNothing() {
        PoolCore core = new PoolCore(PoolConfig.builder().stripes(2).capacityPerStripe(8).perThread(4).build(),
                "maintenance");
        // More than the tier holds, so that each cycle spills to the stripes and finds victims there.
        Object[] objects = new Object[12];
        for (int i = 0; i < objects.length; i++) {
            objects[i] = new Object();
        }
        cycles(core, objects); // first use: the tier, the counters' cells, class loading

        long allocated = AllocatedBytes.by(() -> cycles(core, objects));

        // One 16-byte object per cycle would be 1.6 MB; allow for the counter's own reads.
        assertThat(allocated).isLessThan(1024);
    }

    /**
     * Takes every idle object back, releases all of them, and runs a GC cycle's maintenance at
     * the clock's next epoch, as the clock would; the objects stay reachable here, so whatever
     * the cycle drops is released again at the next.
     */
    private static void cycles(PoolCore core, Object[] objects) {
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            while (core.poll() != null) {
                // Emptying the pool.
            }
            for (Object obj : objects) {
                core.offer(obj);
            }
            core.onGcCycle(GcClock.instance().epoch() + 1);
        }
    }
}
