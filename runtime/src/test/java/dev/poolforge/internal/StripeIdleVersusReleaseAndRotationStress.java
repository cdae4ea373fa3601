package dev.poolforge.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * {@code idle()} reads a stripe while another thread releases into it and then rotates it, as a
 * user's release just before the GC clock's rotation: the tail moves while the reader reads, which
 * the sequence does not guard, and the rotation follows. The stripe holds one object, its indices
 * far from the slot 0 a rotation starts the ring at again; the count is that object alone or with
 * the released one, in whichever generations they are, and never more than the two. (One thread
 * does both, as jcstress runs a test only with a processor for each actor, and CI has two.)
 */
@JCStressTest
@Outcome(id = {"1", "2"}, expect = ACCEPTABLE, desc = "the idle object, with or without the released one")
@State
public class StripeIdleVersusReleaseAndRotationStress {
    private final Stripe stripe = RingFixture.stripeHoldingOneFarFromSlotZero(2);

    @Actor
    public void releaseThenRotate() {
        stripe.tryPush(-2);
        stripe.rotate(RingFixture.EPOCH + 1);
    }

    @Actor
    public void idle(I_Result r) {
        r.r1 = stripe.idleHint();
    }
}
