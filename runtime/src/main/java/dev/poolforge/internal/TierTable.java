package dev.poolforge.internal;

/**
 * The table a pool finds its platform threads' tiers in, and the look-up's common case.
 * {@link PoolCore} extends it so that a look-up loads the table from the core itself, not through
 * another object: one dependent load less on each of a round trip's two look-ups, which measured
 * about 2 ns per round trip on JDK 17 (benchmarks/README.md). {@link ThreadTiers} fills it,
 * rebuilds it and walks it.
 */
class TierTable {
    static final int INITIAL_CAPACITY = 16;

    /**
     * Open addressing with linear probing, at most half full so that every probe ends at a null.
     * Volatile so that a look-up sees the table a sweep or a growth published, fully built. Only
     * {@link ThreadTiers}, holding its monitor, changes it: a new tier goes into a free slot of the
     * current table with a plain store, because the only thread that must find it is the one
     * storing it, and other threads probing past it read only its final fields, which final-field
     * semantics publish with the reference. Removing tiers and growing build a new table instead.
     */
    volatile ThreadTier[] table = new ThreadTier[INITIAL_CAPACITY];
    /**
     * What fills the table, for the look-ups that miss: the platform threads' tiers, or their
     * seats among the lanes when {@code perThread} is 0; nothing when pooling is off. Set by
     * {@link #useTiers} before the table is shared with any other thread.
     */
    ThreadTiers tiers;

    /**
     * Gives the table its tiers, once, before it is shared: {@code perThread} slots for each
     * platform thread, spilling into {@code stripes}; when {@code perThread} is 0 and {@code
     * seats}, a tier without slots, which holds the thread's {@link LaneSeat}.
     */
    final void useTiers(int perThread, boolean seats, Stripes stripes, GcClock clock) {
        tiers = new ThreadTiers(this, perThread, seats, stripes, clock);
    }

    /**
     * The calling thread's tier, created at its first use; null for a virtual thread, and in a
     * pool that keeps neither tiers nor seats. The common case, the thread's tier in the slot its
     * id names, is one compare and stays small enough to inline into acquire and release;
     * everything else is in {@link ThreadTiers#probe}.
     */
    final ThreadTier tierOf(Thread thread) {
        long id = Threads.id(thread);
        ThreadTier[] slots = table;
        ThreadTier tier = slots[(int) id & (slots.length - 1)];
        return tier != null && tier.ownedBy(thread, id) ? tier : tiers.probe(thread, id, slots);
    }
}
