package dev.poolforge.internal;

import static dev.poolforge.internal.RingFixture.idOf;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * The owner of a thread tier takes its two objects with plain reads and writes while the GC
 * clock's sweep empties the tier. The sweep may take objects away (they are then garbage), but
 * the owner never gets one object twice, and never an object the sweep did not leave it.
 */
@JCStressTest
@Outcome(id = "2, 1, 0", expect = ACCEPTABLE, desc = "the owner took both before the sweep")
@Outcome(id = {"0, 0, 2", "2, 0, 1", "1, 0, 1"}, expect = ACCEPTABLE, desc = "the sweep took what the owner had not")
@Outcome(id = {"2, 1, 1", "2, 1, 2", "2, 0, 2", "1, 0, 2"}, expect = ACCEPTABLE_INTERESTING,
        desc = "the sweep counted an object the owner took at the same moment (a counting race, no double hand-out)")
@State
public class ThreadTierOwnerVersusSweepStress {
    private final ThreadTier tier = new ThreadTier(2, Thread.currentThread(), 0);

    public ThreadTierOwnerVersusSweepStress() {
        tier.push((Integer) 1, 0);
        tier.push((Integer) 2, 0);
    }

    @Actor
    public void owner(III_Result r) {
        r.r1 = idOf(tier.poll());
        r.r2 = idOf(tier.poll());
    }

    @Actor
    public void sweep(III_Result r) {
        r.r3 = tier.evictOlderThan(1);
    }
}
