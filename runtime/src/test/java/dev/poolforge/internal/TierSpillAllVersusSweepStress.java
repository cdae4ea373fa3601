package dev.poolforge.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * The owner of a full thread tier that has only released spills every object into a stripe,
 * newest included, while the GC clock's sweep empties the tier. Each object ends up in exactly
 * one place, the stripe or the sweep's count, and the tier hands out none of them afterwards.
 * Results: the objects in the stripe as bits (1 for object 1, 2 for object 2), the tier's next
 * object, the sweep's count.
 */
@JCStressTest
@Outcome(id = "3, 0, 0", expect = ACCEPTABLE, desc = "the spill moved both before the sweep")
@Outcome(id = {"1, 0, 1", "2, 0, 1"}, expect = ACCEPTABLE, desc = "the sweep took one object, the spill the other")
@Outcome(id = "0, 0, 2", expect = ACCEPTABLE, desc = "the sweep took both before the spill")
@Outcome(expect = FORBIDDEN, desc = "an object was lost, counted twice, or left in the tier")
@State
public class TierSpillAllVersusSweepStress {
    private final Stripes stripes = new Stripes(1, 4, GcClock.instance());
    private final ThreadTier tier = new ThreadTier(2, Thread.currentThread(), 0);

    public TierSpillAllVersusSweepStress() {
        long epoch = GcClock.instance().epoch();
        tier.push((Integer) 1, epoch);
        tier.push((Integer) 2, epoch);
    }

    @Actor
    public void owner(III_Result r) {
        stripes.spill(tier);
        int inStripe = 0;
        for (Object obj; (obj = stripes.poll(0, null)) != null; ) {
            inStripe |= (Integer) obj;
        }
        r.r1 = inStripe;
        Object next = tier.poll();
        r.r2 = next == null ? 0 : (Integer) next;
    }

    @Actor
    public void sweep(III_Result r) {
        r.r3 = tier.evictOlderThan(Long.MAX_VALUE);
    }
}
