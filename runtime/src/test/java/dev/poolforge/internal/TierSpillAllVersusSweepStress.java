package dev.poolforge.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * The owner of a full thread tier that has only released spills every object into a stripe,
 * newest included, while the GC clock's sweep empties the tier. No object ends up both in the
 * stripe and in the sweep's count, nor in the stripe and handed out by the tier. A spill that
 * finds the sweep holding the tier's guard moves nothing, and the owner then takes its newest
 * object from the tier. Results: the objects in the stripe as bits (1 for object 1, 2 for object
 * 2), the tier's next object, the sweep's count, and the objects the owner counted as forgotten by
 * the sweep.
 */
@JCStressTest
@Outcome(id = "3, 0, 0, 0", expect = ACCEPTABLE, desc = "the spill moved both before the sweep")
@Outcome(id = {"1, 0, 1, 0", "2, 0, 1, 0"}, expect = ACCEPTABLE, desc = "the sweep took one object, the spill the other")
@Outcome(id = "0, 0, 2, 0", expect = ACCEPTABLE, desc = "the sweep took both before the spill")
@Outcome(id = "0, 2, 1, 0", expect = ACCEPTABLE,
        desc = "the spill found the sweep holding the guard; the owner took the newest, the sweep the other")
@Outcome(id = "0, 2, 2, 0", expect = ACCEPTABLE_INTERESTING,
        desc = "as above, and the sweep counted the newest as the owner took it (a counting race of poll())")
@Outcome(id = "0, 0, 1, 1", expect = ACCEPTABLE_INTERESTING,
        desc = "the spill found the sweep holding the guard; the sweep took the older object and, reading"
                + " the owner's size as the owner polled, forgot the newest as on loan; the owner counted it forgotten")
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
    public void owner(IIII_Result r) {
        stripes.spill(tier);
        int inStripe = 0;
        for (Object obj; (obj = stripes.poll(0, null)) != null; ) {
            inStripe |= (Integer) obj;
        }
        r.r1 = inStripe;
        Object next = tier.poll();
        r.r2 = next == null ? 0 : (Integer) next;
        r.r4 = (int) tier.forgottenIdle();
    }

    @Actor
    public void sweep(IIII_Result r) {
        r.r3 = tier.evictOlderThan(Long.MAX_VALUE);
    }
}
