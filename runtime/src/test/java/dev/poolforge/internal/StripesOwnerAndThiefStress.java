package dev.poolforge.internal;

import static dev.poolforge.internal.RingFixture.idOf;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * An owner pops from its own stripe while a thief, whose own stripe is empty, steals. With two
 * idle objects in the owner's stripe, they never get the same one. One of them may find the
 * stripe's flag held by the other and move on rather than wait, and so come back empty-handed
 * (a miss, by design); both never do.
 */
@JCStressTest
@Outcome(id = {"1, 2", "2, 1"}, expect = ACCEPTABLE, desc = "each got a different object")
@Outcome(id = {"1, 0", "2, 0", "0, 1", "0, 2"}, expect = ACCEPTABLE_INTERESTING,
        desc = "one found the flag held and moved on: a miss, not a double hand-out")
@State
public class StripesOwnerAndThiefStress {
    private static final int HOME_OF_STRIPE_0 = 0;
    private static final int HOME_OF_STRIPE_1 = 0x8000_0000;

    private final Stripes stripes = new Stripes(2, 4, GcClock.instance());
    private final Integer one = 1;
    private final Integer two = 2;

    public StripesOwnerAndThiefStress() {
        stripes.offer(HOME_OF_STRIPE_0, one);
        stripes.offer(HOME_OF_STRIPE_0, two);
    }

    @Actor
    public void owner(II_Result r) {
        r.r1 = idOf(stripes.poll(HOME_OF_STRIPE_0, null));
    }

    @Actor
    public void thief(II_Result r) {
        r.r2 = idOf(stripes.poll(HOME_OF_STRIPE_1, null));
    }
}
