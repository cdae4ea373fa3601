package dev.poolforge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Guarantee 10 at the tier itself: each object ages by the GC cycle it was stored in, not by the tier's last use. */
class ThreadTierTest {

    @Test
    void objectsUnderTheOneInUseAreDroppedAfterTwoCyclesAndTheOneInUseStays() {
        ThreadTier tier = new ThreadTier(4, Thread.currentThread(), 0);
        Object[] objects = {new Object(), new Object(), new Object(), new Object()};
        for (Object obj : objects) {
            tier.push(obj, 0);
        }
        int evicted = 0;
        for (long epoch = 1; epoch <= 3; epoch++) {
            evicted += tier.evictOlderThan(epoch - 1); // the sweep of GC cycle `epoch`
            Object newest = tier.poll();
            assertThat(newest).as("the object in use at cycle %d", epoch).isSameAs(objects[3]);
            tier.push(newest, epoch);
        }

        assertThat(evicted).isEqualTo(3);
        assertThat(tier.idle()).isEqualTo(1);
        assertThat(tier.poll()).isSameAs(objects[3]);
    }
}
