package dev.poolforge.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * A hand-off's two ends at once: one thread spills its full tier into a stripe's tail while
 * another, its tier empty, refills from the head, across the point where the ring wraps. The
 * refill sees the spilled objects oldest first, each either taken or still in the stripe, never
 * a slot before its object arrived: it takes none, the first, the first two or all three.
 */
@JCStressTest
@Outcome(id = {"0, 1", "1, 1", "3, 1", "7, 1"}, expect = ACCEPTABLE,
        desc = "the refill took the oldest objects spilled so far; every object is in one place")
@Outcome(expect = FORBIDDEN, desc = "the refill skipped or repeated an object, or one was lost or duplicated")
@State
public class StripeSpillVersusRefillStress {
    private final Stripe stripe = RingFixture.stripeAboutToWrap();
    /** Objects 1 to 4: a spill moves 1, 2 and 3 and keeps the newest. */
    private final ThreadTier releaser = RingFixture.tierHolding(4);
    private final ThreadTier acquirer = RingFixture.tier();

    @Actor
    public void spill() {
        stripe.trySpill(releaser);
    }

    @Actor
    public void refill(II_Result r) {
        r.r1 = RingFixture.refill(stripe, acquirer);
    }

    @Arbiter
    public void tally(II_Result r) {
        r.r2 = RingFixture.eachOnce(4, stripe, r.r1, RingFixture.drain(releaser));
    }
}
