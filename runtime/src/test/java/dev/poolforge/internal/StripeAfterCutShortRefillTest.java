package dev.poolforge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A refill that a throw cuts short (a {@code StackOverflowError} as it moves an object into the
 * tier) has emptied slots at the head without moving the head. The stripe stays usable
 * (guarantee 8), and its counts stay exact: an empty slot is neither an eviction nor a hit.
 */
class StripeAfterCutShortRefillTest {
    private final Stripe stripe = new Stripe(8, 0);

    /** Four objects, of which a refill took the two oldest ones' slots and was then thrown out of. */
    @BeforeEach
    void leaveTwoEmptySlotsAtTheHead() {
        for (String obj : new String[] {"a", "b", "c", "d"}) {
            assertThat(stripe.tryPush(obj)).isEqualTo(1);
        }
        Object[] ring = stripe.ring;
        ring[stripe.head & (ring.length - 1)] = null;
        ring[(stripe.head + 1) & (ring.length - 1)] = null;
    }

    @Test
    void theNextRefillStepsOverTheEmptySlotsAndTakesTheObjectsAfterThem() {
        ThreadTier tier = new ThreadTier(4, Thread.currentThread(), 0);
        assertThat(stripe.looksEmpty()).as("looks empty, with c and d after the empty slots").isFalse();

        assertThat(stripe.tryPollInto(tier)).isEqualTo("c");

        assertThat(tier.poll()).isEqualTo("d");
        assertThat(tier.poll()).isNull();
        assertThat(stripe.looksEmpty()).isTrue();
        assertThat(stripe.hits()).as("refills that found objects").isEqualTo(1);
    }

    @Test
    void aRotationCountsOnlyTheObjectsItDrops() {
        assertThat(stripe.rotate(1)).as("dropped by the first rotation: the victims were empty").isZero();

        assertThat(stripe.rotate(2)).as("dropped by the second rotation: c and d").isEqualTo(2);
    }

    @Test
    void theVictimsServeEveryObjectLeftAndCountOneHitForEach() {
        stripe.rotate(1);

        assertThat(stripe.tryPollVictim()).isEqualTo("d");
        assertThat(stripe.tryPollVictim()).isEqualTo("c");
        assertThat(stripe.tryPollVictim()).isNull();
        assertThat(stripe.victimHint()).isZero();
        assertThat(stripe.hits()).isEqualTo(2);
    }

    @Test
    void clearCountsOnlyTheObjectsItDrops() {
        assertThat(stripe.clear()).isEqualTo(2);
    }
}
