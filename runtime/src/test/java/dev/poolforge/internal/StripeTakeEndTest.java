package dev.poolforge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The take end reads the slots from the head, never the put end's tail: an object is there for a
 * refill as soon as its slot is written, and an empty slot at the head means an empty stripe.
 */
class StripeTakeEndTest {
    private final Stripe stripe = new Stripe(8, 0);
    private final ThreadTier tier = new ThreadTier(4, Thread.currentThread(), 0);

    @Test
    void aRefillTakesAnObjectWhoseSlotIsWrittenBeforeTheTailMoves() {
        stripe.tryPush("a");
        assertThat(stripe.tryPollInto(tier)).isEqualTo("a");
        // The put end's store, halfway: the slot is written, the tail not yet moved past it.
        Object[] ring = stripe.ring;
        ring[Stripe.slot(ring, stripe.tail)] = "b";
        assertThat(stripe.looksEmpty()).isFalse();

        assertThat(stripe.tryPollInto(tier)).isEqualTo("b");

        assertThat(stripe.looksEmpty()).isTrue();
    }

    @Test
    void aRefillStopsAtTheFirstEmptySlot() {
        for (String obj : new String[] {"a", "b", "c"}) {
            stripe.tryPush(obj);
        }

        assertThat(stripe.tryPollInto(tier)).isEqualTo("a");

        assertThat(tier.poll()).isEqualTo("c");
        assertThat(tier.poll()).isEqualTo("b");
        assertThat(tier.poll()).isNull();
        assertThat(stripe.looksEmpty()).isTrue();
        assertThat(stripe.tryPollInto(tier)).isNull();
    }
}
