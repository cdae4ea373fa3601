package dev.poolforge.internal;

import java.util.function.ToLongFunction;

/**
 * Every {@link ThreadTier} of one pool, found by the owning thread: the pool's own map from
 * platform thread to tier, which the pool, {@code stats()} and the GC clock's sweep also walk.
 *
 * <p>Why not a {@code ThreadLocal}: its {@code get()} goes through the thread's map, a hash of the
 * {@code ThreadLocal} object and a weak reference, and the fast path pays that twice per round
 * trip. Here a look-up is a volatile read of the table, one array load at the thread's id and a
 * compare of ids. Thread ids are handed out in sequence, so consecutive threads land in
 * consecutive slots with no hashing. Where an id can lie, the thread objects are compared instead
 * (see {@link ThreadTier#ownedBy}), so a {@code Thread} subclass whose {@code getId()} lies gets
 * its own tier all the same (found by a scan of the table, slowly, if its id changes between
 * calls).
 *
 * <p>The tiers belong to the pool, not to the threads: when the pool is collected, so are they,
 * with every object in them. The tier of a thread that ended is handed back to the stripes (its
 * objects of the current GC cycle, within their bound; older ones are dropped) and forgotten as
 * soon as the pool notices: when any thread makes a new tier, at {@code idle()} and
 * {@code stats()}, and at the next sweep. So a thread per task finds the objects the previous
 * task left, and a dead thread's tier never counts beyond the bound.
 *
 * <p>Look-ups take no lock. Everything else, which is tier creation, sweeps, {@code clear()} and
 * stats, holds this object's monitor.
 */
final class ThreadTiers {
    private final TierTable home;
    private final int perThread;
    /**
     * Whether platform threads get a record here: a tier of {@code perThread} slots, or, in a pool
     * that has lanes but no tiers, a tier without slots that holds the thread's {@link LaneSeat}.
     */
    private final boolean recordsThreads;
    private final Stripes stripes;
    private final GcClock clock;
    /** Tiers in the table. Guarded by this. */
    private int count;
    /** Counters of tiers whose threads ended, kept so that stats never go backwards. Guarded by this. */
    private long retiredHits;
    private long retiredStored;
    private long retiredForgottenIdle;
    /** Objects moved from ended threads' tiers to the stripes, which count them again. Guarded by this. */
    private long handedBack;
    /** Objects of ended threads' tiers that were too old for the stripes, or found them full. Guarded by this. */
    private long droppedFromEnded;

    /** Tiers for {@code home}'s table; made only by {@link TierTable#useTiers}. */
    ThreadTiers(TierTable home, int perThread, boolean seats, Stripes stripes, GcClock clock) {
        this.home = home;
        this.perThread = perThread;
        this.recordsThreads = perThread > 0 || seats;
        this.stripes = stripes;
        this.clock = clock;
    }

    /**
     * The rest of {@link TierTable#tierOf}: the slots after the one the id names, up to the first
     * null. Only there, once no tier matched, is the thread asked whether it is virtual or the
     * pool whether it keeps tiers at all, so that the common case pays for neither: a virtual
     * thread never owns a tier (a hundred thousand of them would each pin their own objects; its
     * id, unique on the JDKs that have virtual threads, matches no key), and a pool that keeps
     * neither tiers nor seats never stores one.
     */
    ThreadTier probe(Thread thread, long id, ThreadTier[] tiers) {
        int mask = tiers.length - 1;
        for (int i = ((int) id + 1) & mask; ; i = (i + 1) & mask) {
            ThreadTier tier = tiers[i];
            if (tier == null) {
                return !recordsThreads || Threads.isVirtual(thread) ? null : add(thread, id);
            }
            if (tier.ownedBy(thread, id)) {
                return tier;
            }
        }
    }

    /**
     * Slow path, once per thread: the thread's tier, new unless a changing {@code getId()} hid an
     * existing one from the look-up. Makes room by retiring the tiers of ended threads first.
     */
    private synchronized ThreadTier add(Thread thread, long id) {
        retireEnded();
        for (ThreadTier tier : home.table) {
            if (tier != null && tier.ownedBy(thread, id)) {
                return tier;
            }
        }
        ThreadTier tier = new ThreadTier(perThread, thread, id);
        ThreadTier[] tiers = home.table;
        if (2 * (count + 1) > tiers.length) {
            ThreadTier[] grown = rehashed(tiers, 2 * tiers.length);
            grown[freeSlot(grown, id)] = tier;
            home.table = grown;
        } else {
            tiers[freeSlot(tiers, id)] = tier;
        }
        // Counted once in the table: an OutOfMemoryError above leaves the count right.
        count++;
        return tier;
    }

    /**
     * The GC-cycle sweep: hands back the tiers of ended threads and forgets them, and drops the
     * objects stored before {@code oldestKeptEpoch} from every other tier.
     *
     * @return how many objects were dropped from live threads' tiers (see {@link #droppedFromEnded()}
     *     for the others)
     */
    synchronized long sweep(long oldestKeptEpoch) {
        retireEnded();
        return evictOlderThan(oldestKeptEpoch);
    }

    /**
     * Hands back and forgets the tiers whose threads ended, and nothing else: the GC cycle of a
     * pool without GC eviction, which must not lose an object to a sweep's race with an owner
     * ({@link ThreadTier#evictOlderThan}). Linear probing cannot null a slot in place (a probe
     * would stop there too early), so the live tiers move to a new table, sized for them.
     */
    synchronized void retireEnded() {
        ThreadTier[] tiers = home.table;
        ThreadTier[] live = null;
        long epoch = clock.epoch();
        for (int i = 0; i < tiers.length; i++) {
            ThreadTier tier = tiers[i];
            if (tier == null || !tier.ownerGone()) {
                continue;
            }
            int held = tier.idle();
            int back = tier.handBack(stripes, epoch);
            droppedFromEnded += held - back;
            handedBack += back;
            retiredHits += tier.hits();
            retiredStored += tier.stored();
            retiredForgottenIdle += tier.forgottenIdle();
            if (live == null) {
                live = tiers.clone();
            }
            live[i] = null;
            count--;
        }
        if (live != null) {
            home.table = rehashed(live, capacityFor(count));
        }
    }

    /** @return objects of ended threads' tiers dropped so far rather than handed back */
    synchronized long droppedFromEnded() {
        return droppedFromEnded;
    }

    /** Empties every tier, skipping one whose owner spilled throughout (as a stripe is); returns how many objects were dropped. */
    synchronized long clear() {
        return evictOlderThan(Long.MAX_VALUE);
    }

    /**
     * Drops the objects stored before {@code epoch} from every tier in the table; a loop of its
     * own rather than a {@link #sum}, whose lambda would capture the epoch and allocate on the
     * clock's thread.
     */
    private synchronized long evictOlderThan(long epoch) {
        long dropped = 0;
        for (ThreadTier tier : home.table) {
            if (tier != null) {
                dropped += tier.evictOlderThan(epoch);
            }
        }
        return dropped;
    }

    /** Objects in the tiers of live threads, after handing back those of ended ones. */
    synchronized int idle() {
        retireEnded();
        return (int) sum(ThreadTier::idle);
    }

    synchronized long hits() {
        return retiredHits + sum(ThreadTier::hits);
    }

    /** Idle objects that sweeps forgot as if on loan ({@link ThreadTier#forgottenIdle()}): evicted, by a race. */
    synchronized long forgottenIdle() {
        return retiredForgottenIdle + sum(ThreadTier::forgottenIdle);
    }

    synchronized long stored() {
        return retiredStored - handedBack + sum(ThreadTier::stored);
    }

    /** The sum of {@code count} over the tiers in the table. Holds the monitor, as every caller does. */
    private synchronized long sum(ToLongFunction<ThreadTier> count) {
        long sum = 0;
        for (ThreadTier tier : home.table) {
            if (tier != null) {
                sum += count.applyAsLong(tier);
            }
        }
        return sum;
    }

    /**
     * A table size for {@code tiers} tiers after retiring: room to double before the next growth,
     * and small again once a burst of short-lived threads has ended.
     */
    private static int capacityFor(int tiers) {
        int capacity = TierTable.INITIAL_CAPACITY;
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
                rehashed[freeSlot(rehashed, tier.key())] = tier;
            }
        }
        return rehashed;
    }

    /** The first free slot from where key {@code id} belongs. */
    private static int freeSlot(ThreadTier[] tiers, long id) {
        int mask = tiers.length - 1;
        int i = (int) id & mask;
        while (tiers[i] != null) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
