package dev.poolforge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guarantee 8: the clock's rotation and clear() never wait for a flag a user thread holds. */
class StripesMaintenanceTest {

    /** Either end's flag, held as a user thread stopped inside a release (put) or a refill (take) would. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void rotationAndClearSkipAStripeWhoseFlagIsHeld(boolean putFlag) throws Exception {
        Stripes stripes = new Stripes(2, 4, GcClock.instance());
        stripes.offer(0, "kept");
        Stripe held = stripes.stripe(0);
        assertThat(putFlag ? held.tryLockPut() : held.tryLockTake()).isTrue();

        Thread maintenance = new Thread(() -> {
            stripes.rotate(1);
            stripes.clear();
        }, "maintenance");
        maintenance.setDaemon(true); // spins for good if maintenance waits for the flag
        maintenance.start();
        maintenance.join(30_000);

        assertThat(maintenance.isAlive()).as("maintenance still waiting for a user's flag after 30 s").isFalse();
        if (putFlag) {
            held.unlockPut();
        } else {
            held.unlockTake();
        }
        assertThat(stripes.poll(0, null)).as("the object of the stripe that clear() skipped").isEqualTo("kept");
    }
}
