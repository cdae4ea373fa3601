package dev.poolforge.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * A stripe's first take at the tail races a refill that still empties its slots with plain
 * writes. The take switches the stripe's refills to claiming by CAS only while it holds the take
 * flag, so no plain refill is under way from then on. Either may find the take flag held by the
 * other for that moment and report the stripe busy (-1), taking nothing.
 */
@JCStressTest
@Outcome(id = "2, 1, 1", expect = ACCEPTABLE, desc = "the tail took the newest, the refill the other")
@Outcome(id = "0, 3, 1", expect = ACCEPTABLE, desc = "the refill took both first; the tail found nothing")
@Outcome(id = "-1, 3, 1", expect = ACCEPTABLE_INTERESTING, desc = "the refill held the take flag: the tail backed off")
@Outcome(id = "2, -1, 1", expect = ACCEPTABLE_INTERESTING, desc = "the tail held the take flag to switch: the refill backed off")
@Outcome(expect = FORBIDDEN, desc = "an object was handed out twice or lost")
@State
public class StripeFirstNewestTakeVersusRefillStress {
    private final Stripe stripe = RingFixture.stripeAboutToWrap();
    private final ThreadTier acquirer = RingFixture.tier();

    public StripeFirstNewestTakeVersusRefillStress() {
        stripe.tryPush(1);
        stripe.tryPush(2);
    }

    @Actor
    public void firstNewest(III_Result r) {
        Object obj = stripe.tryPollNewest();
        r.r1 = obj == Stripe.BUSY ? -1 : RingFixture.bit(obj);
    }

    @Actor
    public void refill(III_Result r) {
        r.r2 = RingFixture.refill(stripe, acquirer);
    }

    @Arbiter
    public void tally(III_Result r) {
        r.r3 = RingFixture.eachOnce(2, stripe, Math.max(0, r.r1), Math.max(0, r.r2));
    }
}
