package dev.poolforge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A refill cut short by a throw leaves the stripe usable (guarantee 8), with exact counts: an
 * empty slot is neither an idle object, an eviction nor a hit.
 */
class StripeAfterCutShortRefillTest {
    private final Stripe stripe = new Stripe(8, 0);

    @BeforeEach
    void storeFourObjects() {
        for (String obj : new String[] {"a", "b", "c", "d"}) {
            assertThat(stripe.tryPush(obj)).isEqualTo(1);
        }
    }

    /**
     * A throw from the tier as the refill moves an object into it: here a tier that was not empty,
     * against the refill's contract, so that its third object finds no slot.
     */
    @Nested
    class ThrownFromTheTier {
        @BeforeEach
        void refillIntoATierWithRoomForOneObject() {
            ThreadTier tier = new ThreadTier(4, Thread.currentThread(), 0);
            for (int i = 0; i < 3; i++) {
                tier.push("held", 0);
            }
            assertThatThrownBy(() -> stripe.tryPollInto(tier)).isInstanceOf(ArrayIndexOutOfBoundsException.class);
        }

        @Test
        void theHeadIsPastEverySlotTheRefillEmptied() {
            assertThat(stripe.primaryHint()).as("current-generation objects: d").isEqualTo(1);
            assertThat(stripe.looksEmpty()).isFalse();
        }

        @Test
        void theNextRefillTakesTheObjectLeftAndTheFlagIsFree() {
            ThreadTier tier = new ThreadTier(4, Thread.currentThread(), 0);

            assertThat(stripe.tryPollInto(tier)).isEqualTo("d");

            assertThat(tier.poll()).isNull();
            assertThat(stripe.looksEmpty()).isTrue();
        }
    }

    /**
     * A throw between emptying the oldest two slots and moving the head past them, which only a
     * {@code StackOverflowError} in the head's store can cause: set up by emptying them directly.
     */
    @Nested
    class ThrownBeforeTheHeadMoved {
        @BeforeEach
        void leaveTwoEmptySlotsAtTheHead() {
            Object[] ring = stripe.ring;
            ring[Stripe.slot(ring, stripe.head)] = null;
            ring[Stripe.slot(ring, stripe.head + 1)] = null;
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
}
