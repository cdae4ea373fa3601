package dev.poolforge.internal;

import static dev.poolforge.internal.RingFixture.idOf;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The owner of a tier stores a new object over an old one and takes both back, while the sweep
 * drops the objects stored before the current GC cycle, slot by slot. The sweep may drop the new
 * one too (a stamp read stale: the object is lost to the collector, harmless), but the owner never
 * gets an object twice nor out of order, and every object is taken, dropped (and counted), or
 * still idle. (The acquire leaves a reference above the tier's top, which the sweep forgets: an
 * object the owner stored there after the sweep read the top is lost, and counted as forgotten.)
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "no double or reordered hand-out, every object accounted for")
@State
public class PerObjectEvictionVersusOwnerStress {
    private final ThreadTier tier = new ThreadTier(2, Thread.currentThread(), 0);
    private int first;
    private int second;
    private int evicted;

    public PerObjectEvictionVersusOwnerStress() {
        tier.push((Integer) 1, 0);
    }

    @Actor
    public void owner() {
        tier.push((Integer) 2, 1);
        first = idOf(tier.poll());
        second = idOf(tier.poll());
    }

    @Actor
    public void sweep() {
        evicted = tier.evictOlderThan(1);
    }

    @Arbiter
    public void check(II_Result r) {
        boolean wrongHandOut = (first != 0 && first == second) || (first == 1 && second == 2) || (first == 0 && second != 0);
        int taken = (first != 0 ? 1 : 0) + (second != 0 ? 1 : 0);
        // A sweep may count an object the owner took at the same moment (a counting race), never fewer;
        // one it forgot as if on loan while it was idle, the owner counts.
        boolean lost = taken + evicted + tier.forgottenIdle() + tier.idle() < 2;
        r.r1 = wrongHandOut ? 1 : 0;
        r.r2 = lost ? 1 : 0;
    }
}
