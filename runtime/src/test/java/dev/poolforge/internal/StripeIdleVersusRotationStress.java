package dev.poolforge.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * {@code idle()} reads a stripe while the GC clock rotates it. The stripe holds one object, after
 * a thousand round trips have moved its head and tail far from the slot 0 a rotation starts the
 * ring at again: the count is that one object, in one generation or the other, and never a mix
 * of indices read before and after the rotation (which counted every release since the last
 * cycle, as a thread-per-task test once saw on a build machine).
 */
@JCStressTest
@Outcome(id = "1", expect = ACCEPTABLE, desc = "the one idle object, before or after the rotation")
@State
public class StripeIdleVersusRotationStress {
    private final Stripe stripe = RingFixture.stripeHoldingOneFarFromSlotZero(1);

    @Actor
    public void rotate() {
        stripe.rotate(RingFixture.EPOCH + 1);
    }

    @Actor
    public void idle(I_Result r) {
        r.r1 = stripe.idleHint();
    }
}
