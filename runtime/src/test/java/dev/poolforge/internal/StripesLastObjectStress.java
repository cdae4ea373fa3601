package dev.poolforge.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Two threads race for the last idle object, one from its home stripe and one stealing from
 * another: exactly one gets it, and it is no longer idle afterwards.
 */
@JCStressTest
@Outcome(id = "1, 0, 0", expect = ACCEPTABLE, desc = "the owner got it")
@Outcome(id = "0, 1, 0", expect = ACCEPTABLE, desc = "the thief got it")
@State
public class StripesLastObjectStress {
    private static final int HOME_OF_STRIPE_0 = 0;
    private static final int HOME_OF_STRIPE_1 = 0x8000_0000;

    private final Stripes stripes = new Stripes(2, 4, GcClock.instance());
    private final Object last = new Object();

    public StripesLastObjectStress() {
        stripes.offer(HOME_OF_STRIPE_0, last);
    }

    @Actor
    public void owner(III_Result r) {
        r.r1 = stripes.poll(HOME_OF_STRIPE_0, null) == last ? 1 : 0;
    }

    @Actor
    public void thief(III_Result r) {
        r.r2 = stripes.poll(HOME_OF_STRIPE_1, null) == last ? 1 : 0;
    }

    @Arbiter
    public void idleAfterwards(III_Result r) {
        r.r3 = stripes.idle();
    }
}
