package dev.poolforge.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * A thread makes its tier, stores an object in it and ends, while the clock retires ended tiers,
 * as at a GC cycle of a pool without GC eviction (another thread's first use and {@code idle()}
 * retire ended tiers the same way; a sweep that also evicts may lose the object to its race with
 * the store, counted, see {@link TierLentSlotVersusSweepStress}). The clock hands a tier back
 * only once its owner has ended, when every store the owner made is visible, so the object ends up
 * handed back exactly once: in the stripes, neither lost nor also left in the tier.
 */
@JCStressTest
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "handed back once, by the clock or by idle() after it")
@State
public class EndedThreadTierHandBackStress {
    private final GcClock clock = GcClock.instance();
    private final Stripes stripes = new Stripes(1, 4, clock);
    private final TierTable table = StandaloneTiers.table(2, stripes);
    private final Object object = new Object();
    private final Thread owner = new Thread(() -> table.tierOf(Thread.currentThread()).push(object, clock.epoch()));

    @Actor
    public void ownerStoresAndEnds() {
        owner.start();
        try {
            owner.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Actor
    public void sweep() {
        table.tiers.retireEnded();
    }

    @Arbiter
    public void where(II_Result r) {
        r.r1 = table.tiers.idle(); // retires the tier if the sweep ran while its owner was alive
        r.r2 = stripes.idle();
    }
}
