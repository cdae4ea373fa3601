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

    Stripe(int capacity) {
        this.capacity = capacity;
        primary = EMPTY;
        victim = EMPTY;
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
                if (primarySize == primary.length) {
                    primary = Arrays.copyOf(primary, Math.min(capacity, Math.max(4, 2 * primarySize)));
                }
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

    /**
     * Maintenance: drops the victim generation, then either makes the current generation the
     * victim (the GC-cycle rotation, which swaps the arrays and so allocates nothing) or, with
     * {@code clear}, drops it too.
     *
     * @return how many objects were dropped, or {@link #FLAG_HELD} when a user held it throughout
     */
    int dropVictims(boolean clear) {
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
