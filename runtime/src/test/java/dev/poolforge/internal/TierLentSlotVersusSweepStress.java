package dev.poolforge.internal;

import static dev.poolforge.internal.RingFixture.idOf;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * The owner makes a round trip (takes its one object, puts it back, takes it again) while the
 * sweep drops what is idle and forgets what is on loan. The acquire leaves the object's reference
 * in its slot, so the sweep may find it there whether it is on loan or back: the object may be
 * lost to the GC, but the owner never gets anything the tier did not hold, and the object ends
 * with the owner, evicted, or counted as forgotten while idle; never lost uncounted.
 */
@JCStressTest
@Outcome(id = "1, 1, 0, 0", expect = ACCEPTABLE, desc = "the sweep found the object on loan and counted nothing")
@Outcome(id = {"0, 0, 1, 0", "1, 0, 1, 0"}, expect = ACCEPTABLE, desc = "the sweep dropped the object while it was idle")
@Outcome(id = "1, 1, 1, 0", expect = ACCEPTABLE_INTERESTING,
        desc = "the sweep counted the object as the owner took it (a counting race, no double hand-out)")
@Outcome(id = {"0, 0, 0, 1", "1, 0, 0, 1"}, expect = ACCEPTABLE_INTERESTING,
        desc = "the sweep forgot the slot as the owner reached for the object or put it back: lost, counted as forgotten")
@State
public class TierLentSlotVersusSweepStress {
    private final ThreadTier tier = new ThreadTier(2, Thread.currentThread(), 0);

    public TierLentSlotVersusSweepStress() {
        tier.push((Integer) 1, 0);
    }

    @Actor
    public void owner(IIII_Result r) {
        Object obj = tier.poll();
        r.r1 = idOf(obj);
        if (obj != null) {
            tier.push(obj, 0);
        }
        r.r2 = idOf(tier.poll());
    }

    @Actor
    public void sweep(IIII_Result r) {
        r.r3 = tier.evictOlderThan(1);
    }

    @Arbiter
    public void forgotten(IIII_Result r) {
        r.r4 = (int) tier.forgottenIdle();
    }
}
