package dev.poolforge.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.WeakReference;

/**
 * A platform thread's own few idle objects for one pool: the fast path, with no atomic
 * instruction at all.
 *
 * <p>Only the owner thread calls {@link #poll} and {@link #offer}, with plain reads and writes.
 * The GC clock's sweep, on another thread, may call {@link #evict}, which only ever writes
 * {@code null} into slots and never hands an object out. A race between the two can therefore
 * lose an object to the garbage collector, which is harmless, but cannot give one object to two
 * owners: the owner only hands out a value it reads from a slot and nulls that slot itself, and
 * happens-before consistency forbids it from reading a value it has already overwritten. The
 * owner treats a null slot as empty and keeps looking below it.
 *
 * <p>The slots form a ring: a release into a full tier replaces the oldest object in place and
 * hands it back for the stripes, instead of shifting the others down.
 */
final class ThreadTier {
    private static final VarHandle HITS;
    private static final VarHandle STORED;
    private static final VarHandle LAST_USED_EPOCH;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            HITS = lookup.findVarHandle(ThreadTier.class, "hits", long.class);
            STORED = lookup.findVarHandle(ThreadTier.class, "stored", long.class);
            LAST_USED_EPOCH = lookup.findVarHandle(ThreadTier.class, "lastUsedEpoch", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Object[] slots;
    private final long ownerId;
    private final WeakReference<Thread> owner;
    /** The owner's stripe hash, computed once rather than at every overflow. */
    private final int ownerHash;
    /**
     * The slot the next push writes. The {@code size} slots before it, wrapping around, hold the
     * objects newest first; every other slot is null. Owner only.
     */
    private int top;
    /** Slots in use; some may have been nulled by a sweep. Owner only. */
    private int size;
    /**
     * The GC-clock epoch of the owner's latest poll or offer; 0 until then, which only lets a
     * sweep empty a tier that is empty anyway. Owner writes and sweep reads are opaque: the sweep
     * needs a recent value, not ordering with the slots.
     */
    private long lastUsedEpoch;
    /** Counters the owner bumps with opaque writes so that stats() on another thread reads whole values. */
    private long hits;
    private long stored;

    ThreadTier(int capacity, Thread owner) {
        this.slots = new Object[capacity];
        this.ownerId = owner.getId();
        this.owner = new WeakReference<>(owner);
        this.ownerHash = Threads.hash(owner);
    }

    /** Owner only: the most recently offered object still here, or null. */
    Object poll(long epoch) {
        LAST_USED_EPOCH.setOpaque(this, epoch);
        while (size > 0) {
            size--;
            top = top == 0 ? slots.length - 1 : top - 1;
            Object obj = slots[top];
            if (obj != null) {
                slots[top] = null;
                HITS.setOpaque(this, hits + 1);
                return obj;
            }
        }
        return null;
    }

    /**
     * Owner only: keeps the object. When every slot is taken, the oldest object makes room and is
     * returned for the caller to store elsewhere, so that the thread still gets its objects back
     * newest first (the newest is the one most likely still in the CPU's cache).
     *
     * @return null, or the object that no longer fits
     */
    Object push(Object obj, long epoch) {
        LAST_USED_EPOCH.setOpaque(this, epoch);
        // Null unless the tier is full, and then the oldest object (or null if a sweep emptied
        // its slot, which made room); the object that leaves is counted where it lands.
        Object oldest = slots[top];
        slots[top] = obj;
        top = top + 1 == slots.length ? 0 : top + 1;
        if (size < slots.length) {
            size++;
        }
        if (oldest == null) {
            STORED.setOpaque(this, stored + 1);
        }
        return oldest;
    }

    long ownerId() {
        return ownerId;
    }

    int ownerHash() {
        return ownerHash;
    }

    /** Any thread: whether the owner has been silent since before {@code epoch}. */
    boolean idleSince(long epoch) {
        return (long) LAST_USED_EPOCH.getOpaque(this) < epoch;
    }

    /** Any thread: whether the owning thread has ended. */
    boolean ownerGone() {
        Thread thread = owner.get();
        return thread == null || !thread.isAlive();
    }

    /**
     * Any thread: nulls every slot, so the objects can be collected. Never hands them out.
     *
     * @return how many objects were dropped (racy: the owner may have taken one meanwhile)
     */
    int evict() {
        int dropped = 0;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) {
                slots[i] = null;
                dropped++;
            }
        }
        return dropped;
    }

    /** Any thread: objects held now; racy, exact when the owner is not using the pool. */
    int idle() {
        int idle = 0;
        for (Object slot : slots) {
            if (slot != null) {
                idle++;
            }
        }
        return idle;
    }

    long hits() {
        return (long) HITS.getOpaque(this);
    }

    long stored() {
        return (long) STORED.getOpaque(this);
    }
}
