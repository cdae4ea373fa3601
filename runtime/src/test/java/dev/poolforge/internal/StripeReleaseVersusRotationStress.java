package dev.poolforge.internal;

import static dev.poolforge.internal.RingFixture.idOf;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * A release races with the GC clock's rotation of the only stripe. The released object ends up
 * in the current or the victim generation, or, if the clock held the stripe at that moment, is
 * dropped (the release reports it); it is never lost silently nor duplicated, and the object that
 * was already idle survives its first rotation.
 */
@JCStressTest
@Outcome(id = {"1, 1, 2", "1, 2, 1"}, expect = ACCEPTABLE, desc = "both objects are idle exactly once")
@Outcome(id = "0, 2, 0", expect = ACCEPTABLE_INTERESTING, desc = "the clock held the stripe: the release was dropped")
@State
public class StripeReleaseVersusRotationStress {
    private final Stripes stripes = new Stripes(1, 4, GcClock.instance());
    private final Integer released = 1;

    public StripeReleaseVersusRotationStress() {
        stripes.offer(0, (Integer) 2);
    }

    @Actor
    public void release(III_Result r) {
        r.r1 = stripes.offer(0, released) ? 1 : 0;
    }

    @Actor
    public void rotate() {
        stripes.rotate(1);
    }

    @Arbiter
    public void drain(III_Result r) {
        r.r2 = idOf(stripes.poll(0, null));
        r.r3 = idOf(stripes.poll(0, null));
        if (stripes.poll(0, null) != null) {
            r.r3 = -1; // a third object: something was duplicated
        }
    }
}
