package dev.poolforge.internal;

import static dev.poolforge.internal.RingFixture.idOf;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * The owner of a full thread tier spills its older object into a stripe, with plain reads and
 * writes of the tier under its guard, while the GC clock's sweep empties the tier. The sweep may
 * take objects away, but no object ends up both in the stripe and handed out by the tier: the
 * tier never returns the object it spilled (1), and the stripe never gets the newest (2), which
 * the spill keeps. The spill and the sweep count the older object once between them: the sweep
 * never counts an object the spill moved (outcomes 1, x, 2 are forbidden). Results: the stripe's
 * object, the tier's next object, the sweep's count, and the objects the owner counted as
 * forgotten by the sweep.
 */
@JCStressTest
@Outcome(id = "1, 2, 0, 0", expect = ACCEPTABLE,
        desc = "the sweep found the tier already used up, or skipped it while the spill held its guard")
@Outcome(id = "1, 0, 1, 0", expect = ACCEPTABLE, desc = "the sweep took the newest object after the spill")
@Outcome(id = "0, 2, 1, 0", expect = ACCEPTABLE,
        desc = "the sweep took the older object before the spill, or held the guard so that the spill moved none")
@Outcome(id = "0, 0, 2, 0", expect = ACCEPTABLE, desc = "the sweep took both before the spill")
@Outcome(id = {"1, 2, 1, 0", "0, 2, 2, 0"}, expect = ACCEPTABLE_INTERESTING,
        desc = "the sweep counted the newest object as the owner took it (a counting race of poll(), no double hand-out)")
@Outcome(id = "0, 0, 1, 1", expect = ACCEPTABLE_INTERESTING,
        desc = "the spill found the sweep holding the guard; the sweep took the older object and, reading"
                + " the owner's size as the owner polled, forgot the newest as on loan; the owner counted it forgotten")
@Outcome(id = "1, 0, 0, 1", expect = ACCEPTABLE_INTERESTING,
        desc = "the sweep read the owner's size as the owner polled the newest, and forgot it as on loan;"
                + " the owner counted it forgotten (seen under ZGC)")
@State
public class TierSpillVersusSweepStress {
    private final Stripes stripes = new Stripes(1, 4, GcClock.instance());
    private final ThreadTier tier = new ThreadTier(2, Thread.currentThread(), 0);

    public TierSpillVersusSweepStress() {
        long epoch = GcClock.instance().epoch();
        // An owner that also acquires: its spill keeps the newest (TierSpillAllVersusSweepStress has one that does not).
        tier.push("acquired", epoch);
        tier.poll();
        tier.push((Integer) 1, epoch);
        tier.push((Integer) 2, epoch);
    }

    @Actor
    public void owner(IIII_Result r) {
        stripes.spill(tier);
        r.r1 = idOf(stripes.poll(0, null));
        r.r2 = idOf(tier.poll());
        r.r4 = (int) tier.forgottenIdle();
    }

    @Actor
    public void sweep(IIII_Result r) {
        r.r3 = tier.evictOlderThan(Long.MAX_VALUE);
    }
}
