package dev.poolforge.internal;

/**
 * Every {@link ThreadTier} of one pool, found by the owning thread's id: the pool's own map from
 * platform thread to tier, which the pool, {@code stats()} and the GC clock's sweep also walk.
 *
 * <p>Why not a {@code ThreadLocal}: its {@code get()} goes through the thread's map, a hash of the
 * {@code ThreadLocal} object and a weak reference, and the fast path pays that twice per round
 * trip. Here a look-up is a volatile read of the table, one array load at the thread's id and a
 * compare of the tier's final owner id. Thread ids are handed out in sequence and never reused,
 * so consecutive threads land in consecutive slots with no hashing, and the id alone identifies
 * the owner.
 *
 * <p>The tiers belong to the pool, not to the threads: when the pool is collected, so are they,
 * with every object in them. A tier whose thread ended stays until the next sweep, which forgets
 * it, as a thread's {@code ThreadLocal} map would stay until the thread is collected.
 *
 * <p>Look-ups take no lock. Everything else, which is tier creation, sweeps, {@code clear()} and
 * stats, holds this object's monitor.
 */
final class ThreadTiers {
    private static final int INITIAL_CAPACITY = 16;

    private final int perThread;
    /**
     * Open addressing with linear probing, at most half full so that every probe ends at a null.
     * Volatile so that a look-up sees the table a sweep or a growth published, fully built. Only
     * writers holding the monitor change it: a new tier goes into a free slot of the current
     * table with a plain store, because the only thread that must find it is the one storing it,
     * and other threads probing past it read only its final owner id, which final-field semantics
     * publish with the reference. Removing tiers and growing build a new table instead.
     */
    private volatile ThreadTier[] table = new ThreadTier[INITIAL_CAPACITY];
    /** Tiers in the table. Guarded by this. */
    private int count;
    /** Counters of tiers whose threads ended, kept so that stats never go backwards. Guarded by this. */
    private long retiredHits;
    private long retiredStored;

    ThreadTiers(int perThread) {
        this.perThread = perThread;
    }

    /** The calling platform thread's tier, created at its first use. */
    ThreadTier of(Thread thread) {
        long id = thread.getId();
        ThreadTier[] tiers = table;
        ThreadTier tier = tiers[probe(tiers, id)];
        return tier != null ? tier : add(thread, id);
    }

    private synchronized ThreadTier add(Thread thread, long id) {
        ThreadTier[] tiers = table;
        int free = probe(tiers, id);
        if (tiers[free] != null) {
            return tiers[free];
        }
        ThreadTier tier = new ThreadTier(perThread, thread);
        count++;
        if (2 * count > tiers.length) {
            ThreadTier[] grown = rehashed(tiers, 2 * tiers.length);
            grown[probe(grown, id)] = tier;
            table = grown;
        } else {
            tiers[free] = tier;
        }
        return tier;
    }

    /**
     * The GC-cycle sweep: empties the tiers of ended threads and forgets them, and empties the
     * tiers whose owner has not used the pool since before {@code oldestKeptEpoch}.
     *
     * @return how many objects were dropped
     */
    synchronized long sweep(long oldestKeptEpoch) {
        long dropped = 0;
        ThreadTier[] tiers = table;
        // Linear probing cannot null a slot in place (a probe would stop there too early), so
        // when threads ended, the live tiers move to a new table, sized for them; once per GC
        // cycle at most.
        ThreadTier[] live = null;
        for (int i = 0; i < tiers.length; i++) {
            ThreadTier tier = tiers[i];
            if (tier == null) {
                continue;
            }
            if (tier.ownerGone()) {
                dropped += tier.evict();
                retiredHits += tier.hits();
                retiredStored += tier.stored();
                if (live == null) {
                    live = tiers.clone();
                }
                live[i] = null;
                count--;
            } else if (tier.idleSince(oldestKeptEpoch)) {
                dropped += tier.evict();
            }
        }
        if (live != null) {
            table = rehashed(live, capacityFor(count));
        }
        return dropped;
    }

    /** Empties every tier; returns how many objects were dropped. */
    synchronized long clear() {
        long dropped = 0;
        for (ThreadTier tier : table) {
            if (tier != null) {
                dropped += tier.evict();
            }
        }
        return dropped;
    }

    synchronized int idle() {
        int idle = 0;
        for (ThreadTier tier : table) {
            if (tier != null) {
                idle += tier.idle();
            }
        }
        return idle;
    }

    synchronized long hits() {
        long hits = retiredHits;
        for (ThreadTier tier : table) {
            if (tier != null) {
                hits += tier.hits();
            }
        }
        return hits;
    }

    synchronized long stored() {
        long stored = retiredStored;
        for (ThreadTier tier : table) {
            if (tier != null) {
                stored += tier.stored();
            }
        }
        return stored;
    }

    /**
     * A table size for {@code tiers} tiers after a sweep: room to double before the next growth,
     * and small again once a burst of short-lived threads has ended.
     */
    private static int capacityFor(int tiers) {
        int capacity = INITIAL_CAPACITY;
        while (capacity < 4 * tiers) {
            capacity <<= 1;
        }
        return capacity;
    }

    /** A new table of {@code capacity} slots holding every tier of {@code tiers}. */
    private static ThreadTier[] rehashed(ThreadTier[] tiers, int capacity) {
        ThreadTier[] rehashed = new ThreadTier[capacity];
        for (ThreadTier tier : tiers) {
            if (tier != null) {
                rehashed[probe(rehashed, tier.ownerId())] = tier;
            }
        }
        return rehashed;
    }

    /** The slot holding the tier of thread {@code id}, or the free slot where it belongs. */
    private static int probe(ThreadTier[] tiers, long id) {
        int mask = tiers.length - 1;
        int i = (int) id & mask;
        while (tiers[i] != null && tiers[i].ownerId() != id) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
