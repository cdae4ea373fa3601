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

    /** The current generation: objects released since the last GC cycle. A stack, top at size-1. */
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
 */
final class Stripe extends StripeState {
    long p10, p11, p12, p13, p14, p15, p16, p17;

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

    Stripe(int capacity) {
        primary = new Object[capacity];
        victim = new Object[capacity];
    }

    /** Takes the flag if it is free; never waits. Reads first so a held flag costs no CAS. */
    boolean tryLock() {
        return lock == 0 && LOCK.compareAndSet(this, 0, 1);
    }

    /** Waits for the flag. Only the GC clock's sweep uses it; owners hold it for nanoseconds. */
    void lock() {
        while (!tryLock()) {
            Thread.onSpinWait();
        }
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

    /** With the flag held: the most recently released object, or null. */
    Object pollPrimary() {
        if (primarySize == 0) {
            return null;
        }
        Object obj = primary[--primarySize];
        primary[primarySize] = null;
        HITS.setOpaque(this, hits + 1);
        return obj;
    }

    /** With the flag held: an object of the previous generation, or null. */
    Object pollVictim() {
        if (victimSize == 0) {
            return null;
        }
        Object obj = victim[--victimSize];
        victim[victimSize] = null;
        HITS.setOpaque(this, hits + 1);
        return obj;
    }

    /** With the flag held: stores the object unless the current generation is full. */
    boolean push(Object obj) {
        if (primarySize == primary.length) {
            return false;
        }
        primary[primarySize++] = obj;
        STORED.setOpaque(this, stored + 1);
        return true;
    }

    /**
     * With the flag held: the GC-cycle rotation. The victim generation is dropped, the current one
     * becomes the victim, and the emptied array becomes the new current one, so rotation allocates
     * nothing.
     *
     * @return how many objects were dropped
     */
    int rotate() {
        int dropped = clearVictim();
        Object[] emptied = victim;
        victim = primary;
        victimSize = primarySize;
        primary = emptied;
        primarySize = 0;
        return dropped;
    }

    /**
     * With the flag held: drops every idle object.
     *
     * @return how many objects were dropped
     */
    int clear() {
        int dropped = clearVictim();
        Arrays.fill(primary, 0, primarySize, null);
        dropped += primarySize;
        primarySize = 0;
        return dropped;
    }

    private int clearVictim() {
        int dropped = victimSize;
        Arrays.fill(victim, 0, victimSize, null);
        victimSize = 0;
        return dropped;
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
