package dev.poolforge.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * The two ends reach for the same last objects: a thread without a tier takes the newest from the
 * tail while a thread with a tier refills from the head, with two objects left, stored across the
 * ring's wrap. The stripe has served a take at its tail before, so refills claim their slots by
 * CAS. Each object goes to one of them: the tail gets the newest, or nothing if the refill took it
 * first; the refill gets the oldest at least.
 */
@JCStressTest
@Outcome(id = "2, 1, 1", expect = ACCEPTABLE, desc = "the tail took the newest, the refill the other")
@Outcome(id = "0, 3, 1", expect = ACCEPTABLE, desc = "the refill took both first; the tail found nothing")
@Outcome(expect = FORBIDDEN, desc = "an object was handed out twice, lost, or taken out of order")
@State
public class StripeNewestVersusRefillStress {
    private final Stripe stripe = RingFixture.stripeAboutToWrap();
    private final ThreadTier acquirer = RingFixture.tier();

    public StripeNewestVersusRefillStress() {
        // A first take at the tail, which switches the stripe's refills to claiming by CAS.
        stripe.tryPush(9);
        stripe.tryPollNewest();
        stripe.tryPush(1);
        stripe.tryPush(2);
    }

    @Actor
    public void newest(III_Result r) {
        r.r1 = RingFixture.bit(stripe.tryPollNewest());
    }

    @Actor
    public void refill(III_Result r) {
        r.r2 = RingFixture.refill(stripe, acquirer);
    }

    @Arbiter
    public void tally(III_Result r) {
        r.r3 = RingFixture.eachOnce(2, stripe, r.r1, r.r2);
    }
}
