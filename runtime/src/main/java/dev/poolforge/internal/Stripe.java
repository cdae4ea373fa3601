package dev.poolforge.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Padding before a stripe's fields. Stripes are allocated one after another and are written by
 * different threads; 64 bytes on either side keep two stripes (or a stripe and its neighbour in
 * the heap) off one cache line, so that threads working on their own stripes do not invalidate
 * each other's lines.
 */
abstract class StripePaddingBefore {
    long p00, p01, p02, p03, p04, p05, p06, p07;
}

/** The state of a stripe, guarded by {@link #lock}. */
abstract class StripeState extends StripePaddingBefore {
    /** 0 free, 1 held. Taken by CAS, so a thread that finds it held moves on instead of waiting. */
    volatile int lock;

    /**
     * The current generation: objects released since the last GC cycle. A stack, top at size-1.
     * Both arrays start empty and grow, under the flag, up to the stripe's capacity, so a pool
     * configured large takes memory only for what it holds.
     */
    Object[] primary;
    int primarySize;
    /** The previous generation: still reachable by acquire, dropped at the next GC cycle. */
    Object[] victim;
    int victimSize;
    /**
     * The GC-clock epoch of the latest rotation: every object of the current generation was
     * stored at it or later. Objects moved from a thread tier keep that rule (older ones are
     * dropped on the way in), and objects moved to a tier are stamped with it, so that neither
     * move makes an object outlive the two GC cycles it would have had where it was.
     */
    long generation;

    /** Acquires served by this stripe. Written under the lock. */
    long hits;
    /** Objects stored into this stripe by release. Written under the lock. */
    long stored;
}

/**
 * One shared stripe: a bounded stack of idle objects for the current generation and one for the
 * victim generation, behind a one-CAS flag.
 *
 * <p>Every access to the arrays happens with the flag held, so no object is ever in two places or
 * handed to two callers. The flag is a CAS to acquire and a release store to free: everything
 * written while holding it is visible to the next thread whose CAS succeeds. The sizes are also
 * read without the flag as hints ({@link #primaryHint()}); such a read may be stale, which costs
 * at most a wasted or a skipped attempt, never correctness.
 *
 * <p>Each operation takes the flag, does its work and frees it in one method, and frees it also
 * when anything is thrown in between: a {@code StackOverflowError} at any call inside, an
 * {@code OutOfMemoryError} while an array grows. Nobody ever waits for the flag: users move on to
 * the next stripe, and maintenance tries a bounded number of times and then skips the stripe.
 */
final class Stripe extends StripeState {
    long p10, p11, p12, p13, p14, p15, p16, p17;

    /** What an operation returns when another thread holds the flag. */
    static final Object BUSY = new Object();
    /** What {@link #tryPush} and {@link #dropVictims} return when another thread held the flag. */
    static final int FLAG_HELD = -1;

    private static final Object[] EMPTY = {};
    /** How often maintenance tries the flag before skipping the stripe; a holder keeps it for nanoseconds. */
    private static final int MAINTENANCE_TRIES = 1_000;
    private static final VarHandle LOCK;
    private static final VarHandle HITS;
    private static final VarHandle STORED;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            LOCK = lookup.findVarHandle(StripeState.class, "lock", int.class);
            HITS = lookup.findVarHandle(StripeState.class, "hits", long.class);
            STORED = lookup.findVarHandle(StripeState.class, "stored", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int capacity;

    Stripe(int capacity, long epoch) {
        this.capacity = capacity;
        primary = EMPTY;
        victim = EMPTY;
        generation = epoch;
    }

    /** Takes the flag if it is free; never waits. Reads first so a held flag costs no CAS. */
    boolean tryLock() {
        return lock == 0 && LOCK.compareAndSet(this, 0, 1);
    }

    void unlock() {
        LOCK.setRelease(this, 0);
    }

    /** A racy read of how many current-generation objects this stripe holds. */
    int primaryHint() {
        return primarySize;
    }

    /** A racy read of how many victim-generation objects this stripe holds. */
    int victimHint() {
        return victimSize;
    }

    /**
     * The most recently stored object of the current generation, or with {@code victims} of the
     * previous one.
     *
     * @return the object, null if that generation is empty, or {@link #BUSY}
     */
    Object tryPoll(boolean victims) {
        if (!tryLock()) {
            return BUSY;
        }
        try {
            Object[] objects = victims ? victim : primary;
            int size = victims ? victimSize : primarySize;
            Object obj = null;
            if (size > 0) {
                obj = objects[--size];
                objects[size] = null;
                if (victims) {
                    victimSize = size;
                } else {
                    primarySize = size;
                }
                HITS.setOpaque(this, hits + 1);
            }
            unlock();
            return obj;
        } catch (Throwable t) {
            // Frees the flag after a throw with a plain store to the volatile field: no call, so
            // no stack frame that a StackOverflowError could strike in again. The throw came
            // before unlock() stored or after (the store is the last thing it does), so this
            // never frees a flag that another thread has taken since.
            lock = 0;
            throw t;
        }
    }

    /**
     * The most recently stored object of the current generation, and with it up to {@code
     * tier.capacity() - 1} of the next newest, moved into {@code tier}, which must be empty: a
     * thread that takes objects it did not release (the acquiring side of a hand-off, a burst
     * larger than its tier) then takes the flag once for several objects instead of once for
     * each. The caller owns {@code tier}.
     *
     * @return the object, null if the current generation is empty, or {@link #BUSY}
     */
    Object tryPollInto(ThreadTier tier) {
        if (!tryLock()) {
            return BUSY;
        }
        try {
            int size = primarySize;
            Object obj = null;
            if (size > 0) {
                obj = primary[--size];
                primary[size] = null;
                int from = Math.max(0, size - (tier.capacity() - 1));
                tier.refill(primary, from, size, generation);
                primarySize = from;
                HITS.setOpaque(this, hits + 1);
            }
            unlock();
            return obj;
        } catch (Throwable t) {
            lock = 0; // see tryPoll()
            throw t;
        }
    }

    /**
     * Moves the older objects of a full thread tier, all but its newest, into the current
     * generation while it has room, so that the tier's next releases, and those after them, find
     * room without taking a flag. Objects stored before {@link #generation} are dropped instead:
     * here they would live a GC cycle longer than in the tier. The caller owns {@code tier}.
     *
     * @return how many objects were dropped as too old, or {@link #FLAG_HELD}
     */
    int trySpill(ThreadTier tier) {
        if (!tryLock()) {
            return FLAG_HELD;
        }
        try {
            int dropped = tier.spill(this);
            unlock();
            return dropped;
        } catch (Throwable t) {
            lock = 0; // see tryPoll()
            throw t;
        }
    }

    /** Under the flag, for {@link ThreadTier#spill}: whether the current generation has room for one more. */
    boolean hasRoom() {
        return primarySize < capacity;
    }

    /**
     * Under the flag, for {@link ThreadTier#spill}, after {@link #hasRoom()}: stores an object
     * moved from a tier. Not counted as stored: the tier counted its release.
     */
    void addSpilled(Object obj) {
        grow();
        primary[primarySize++] = obj;
    }

    /**
     * Stores the object unless the current generation is full.
     *
     * @return 1 if stored, 0 if full, or {@link #FLAG_HELD}
     */
    int tryPush(Object obj) {
        if (!tryLock()) {
            return FLAG_HELD;
        }
        try {
            boolean stored = primarySize < capacity;
            if (stored) {
                grow();
                primary[primarySize++] = obj;
                STORED.setOpaque(this, this.stored + 1);
            }
            unlock();
            return stored ? 1 : 0;
        } catch (Throwable t) {
            lock = 0; // see tryPoll()
            throw t;
        }
    }

    /** Under the flag: room in the current generation's array for one more object, below the capacity. */
    private void grow() {
        if (primarySize == primary.length) {
            primary = Arrays.copyOf(primary, Math.min(capacity, Math.max(4, 2 * primarySize)));
        }
    }

    /**
     * Maintenance, the GC-cycle rotation of {@code epoch}: drops the victim generation and makes
     * the current generation the victim, swapping the arrays, so it allocates nothing.
     *
     * @return how many objects were dropped, or {@link #FLAG_HELD} when a user held it throughout
     */
    int rotate(long epoch) {
        return dropVictims(false, epoch);
    }

    /**
     * Maintenance: drops both generations.
     *
     * @return how many objects were dropped, or {@link #FLAG_HELD} when a user held it throughout
     */
    int clear() {
        return dropVictims(true, 0);
    }

    /** Empties the victim generation, then the current one too with {@code clear}, else rotates it in {@code epoch}. */
    private int dropVictims(boolean clear, long epoch) {
        if (!tryLockForMaintenance()) {
            return FLAG_HELD;
        }
        try {
            int dropped = victimSize;
            Arrays.fill(victim, 0, victimSize, null);
            victimSize = 0;
            if (clear) {
                dropped += primarySize;
                Arrays.fill(primary, 0, primarySize, null);
            } else {
                Object[] emptied = victim;
                victim = primary;
                victimSize = primarySize;
                primary = emptied;
                generation = epoch;
            }
            primarySize = 0;
            unlock();
            return dropped;
        } catch (Throwable t) {
            lock = 0; // see tryPoll()
            throw t;
        }
    }

    /** Maintenance never waits for users: a bounded number of tries, then the caller skips the stripe. */
    private boolean tryLockForMaintenance() {
        for (int i = 0; i < MAINTENANCE_TRIES; i++) {
            if (tryLock()) {
                return true;
            }
            Thread.onSpinWait();
        }
        return false;
    }

    /** Acquires served, read from any thread. */
    long hits() {
        return (long) HITS.getOpaque(this);
    }

    /** Releases stored, read from any thread. */
    long stored() {
        return (long) STORED.getOpaque(this);
    }
}
