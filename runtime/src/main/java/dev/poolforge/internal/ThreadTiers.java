package dev.poolforge.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Every {@link ThreadTier} of one pool, so that the pool can count and clear them and the GC
 * clock can sweep them. Holds no reference to the pool: the clock keeps this object after the
 * pool is collected, to empty the tiers that threads still hold.
 *
 * <p>Guarded by its own monitor; only tier creation, sweeps and stats take it, never the hot path.
 */
final class ThreadTiers {
    private final List<ThreadTier> tiers = new ArrayList<>();
    /** Counters of tiers whose threads ended, kept so that stats never go backwards. */
    private long retiredHits;
    private long retiredStored;

    synchronized void add(ThreadTier tier) {
        tiers.add(tier);
    }

    /**
     * The GC-cycle sweep: empties the tiers of ended threads and forgets them, and empties the
     * tiers whose owner has not used the pool since before {@code oldestKeptEpoch}.
     *
     * @return how many objects were dropped
     */
    synchronized long sweep(long oldestKeptEpoch) {
        long dropped = 0;
        for (Iterator<ThreadTier> it = tiers.iterator(); it.hasNext(); ) {
            ThreadTier tier = it.next();
            if (tier.ownerGone()) {
                dropped += tier.evict();
                retiredHits += tier.hits();
                retiredStored += tier.stored();
                it.remove();
            } else if (tier.idleSince(oldestKeptEpoch)) {
                dropped += tier.evict();
            }
        }
        return dropped;
    }

    /** Empties every tier; returns how many objects were dropped. */
    synchronized long clear() {
        long dropped = 0;
        for (ThreadTier tier : tiers) {
            dropped += tier.evict();
        }
        return dropped;
    }

    synchronized int idle() {
        int idle = 0;
        for (ThreadTier tier : tiers) {
            idle += tier.idle();
        }
        return idle;
    }

    synchronized long hits() {
        long hits = retiredHits;
        for (ThreadTier tier : tiers) {
            hits += tier.hits();
        }
        return hits;
    }

    synchronized long stored() {
        long stored = retiredStored;
        for (ThreadTier tier : tiers) {
            stored += tier.stored();
        }
        return stored;
    }
}
