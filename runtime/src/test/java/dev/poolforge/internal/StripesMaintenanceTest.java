package dev.poolforge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Guarantee 8: the clock's rotation and clear() never wait for a flag a user thread holds. */
class StripesMaintenanceTest {

    @Test
    void rotationAndClearSkipAStripeWhoseFlagIsHeld() throws Exception {
        Stripes stripes = new Stripes(2, 4, GcClock.instance());
        stripes.offer(0, "kept");
        Stripe held = stripes.stripe(0);
        assertThat(held.tryLock()).isTrue(); // as a user thread stopped inside acquire would

        Thread maintenance = new Thread(() -> {
            stripes.rotate(1);
            stripes.clear();
        }, "maintenance");
        maintenance.setDaemon(true); // spins for good if maintenance waits for the flag
        maintenance.start();
        maintenance.join(30_000);

        assertThat(maintenance.isAlive()).as("maintenance still waiting for a user's flag after 30 s").isFalse();
        held.unlock();
    }
}
