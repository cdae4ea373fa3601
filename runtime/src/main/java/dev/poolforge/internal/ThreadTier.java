package dev.poolforge.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.WeakReference;

/**
 * A platform thread's own few idle objects for one pool: the fast path, with no atomic
 * instruction at all.
 *
 * <p>Only the owner thread calls {@link #poll}, {@link #push}, {@link #adopt} and {@link #spill},
 * with plain reads and writes (the last two while holding one of a stripe's flags, which guards
 * the stripe's ring, not this tier).
 * The GC clock's sweep, on another thread, may call {@link #evictOlderThan}, which only ever
 * writes {@code null} into slots and never hands an object out. A race between the two can
 * therefore lose an object to the garbage collector, which is harmless, but cannot give one object
 * to two owners: the owner only hands out a value it reads from a slot and nulls that slot itself,
 * and happens-before consistency forbids it from reading a value it has already overwritten. The
 * owner treats a null slot as empty and keeps looking below it.
 *
 * <p>The slots form a ring, so that objects leave from the oldest end without the others moving:
 * a full tier spills all but its newest object to a stripe, and only when every stripe is full
 * does a release replace the oldest object in place (which is then dropped). Each slot carries the
 * GC-clock epoch at which its object was stored, so an object that sits under the ones its thread
 * keeps using still ages out after two GC cycles.
 */
final class ThreadTier {
    private static final VarHandle STORED;
    private static final VarHandle MOVED_IN;
    private static final VarHandle MOVED_OUT;
    /**
     * Stamps are written by the owner and read by the sweep with opaque accesses: whole 64-bit
     * values (a plain long may tear), with no fence on the owner's path. The sweep needs no
     * ordering with the slots: reading a stale stamp makes it drop a fresh object (lost to the GC,
     * harmless) or keep an old one one cycle longer.
     */
    private static final VarHandle STAMP = MethodHandles.arrayElementVarHandle(long[].class);
    /** Slots nulled by a spill or a sweep, which may race for one object ({@link #spill}). */
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            STORED = lookup.findVarHandle(ThreadTier.class, "stored", long.class);
            MOVED_IN = lookup.findVarHandle(ThreadTier.class, "movedIn", long.class);
            MOVED_OUT = lookup.findVarHandle(ThreadTier.class, "movedOut", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Object[] slots;
    /** The epoch at which the object in the slot of the same index was stored. */
    private final long[] stamps;
    /**
     * The owning thread, compared by identity wherever ids can lie: {@code Thread.getId()} is
     * overridable before JDK 19, and two threads answering one id would otherwise share these
     * plain reads and writes. Weak, so that a pool that outlives a thread never keeps the thread
     * object, nor through it a class loader, alive.
     */
    private final WeakReference<Thread> owner;
    /** Where the table files this tier: the owner's id, read once, so a changing getId() cannot move it. */
    private final long key;
    /** The owner's stripe hash, computed once rather than at every overflow. */
    private final int ownerHash;
    /**
     * The slot the next push writes. The {@code size} slots before it, wrapping around, hold the
     * objects newest first; every other slot is null. Owner only.
     */
    private int top;
    /** Slots in use; some may have been nulled by a sweep. Owner only. */
    private int size;
    /** The GC-clock epoch of the latest {@link #firstStoreIn} that answered true. Owner only. */
    private long notedEpoch = Long.MIN_VALUE;
    /** Objects stored in a free slot; the owner bumps it with opaque writes so that stats() on another thread reads whole values. */
    private long stored;
    /** Objects moved in from a stripe ({@link #adopt}); owner-written like {@code stored}. */
    private long movedIn;
    /** Objects moved out to a stripe, or dropped on the way as too old ({@link #spill}); owner-written like {@code stored}. */
    private long movedOut;
    /**
     * Objects the sweep took out (evicted, cleared, or handed back from an ended thread's tier),
     * counted by the sweeping thread under the tiers' monitor, where {@link #hits()} reads it too.
     * With the other counters and {@code idle()} it gives the hits, which the owner therefore never
     * counts: one load and one store fewer per acquire.
     */
    private long removed;

    ThreadTier(int capacity, Thread owner, long key) {
        this.slots = new Object[capacity];
        this.stamps = new long[capacity];
        this.owner = new WeakReference<>(owner);
        this.key = key;
        this.ownerHash = Threads.hash(owner);
    }

    /** Owner only: the most recently stored object still here, or null. */
    Object poll() {
        while (size > 0) {
            size--;
            top = top == 0 ? slots.length - 1 : top - 1;
            Object obj = slots[top];
            if (obj != null) {
                slots[top] = null;
                return obj;
            }
        }
        return null;
    }

    /** Owner only: whether {@code obj} is the object most recently stored here, still idle. */
    boolean holdsNewest(Object obj) {
        return size > 0 && slots[top == 0 ? slots.length - 1 : top - 1] == obj;
    }

    /**
     * Owner only: keeps the object, stamped with {@code epoch}. When every slot is taken (the
     * caller {@link #spill spilled} first, and every stripe was full), the oldest object makes
     * room and is returned, so that the thread still gets its objects back newest first (the
     * newest is the one most likely still in the CPU's cache).
     *
     * @return null, or the object that no longer fits
     */
    Object push(Object obj, long epoch) {
        // Null unless the tier is full, and then the oldest object (or null if a sweep emptied
        // its slot, which made room); the object that leaves is counted as a drop by the caller.
        Object oldest = slots[top];
        STAMP.setOpaque(stamps, top, epoch);
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

    /** Owner only: whether the next {@link #push} would have to push an object out to make room. */
    boolean full() {
        return slots[top] != null;
    }

    int capacity() {
        return slots.length;
    }

    /**
     * Owner only, under a stripe's take flag ({@link Stripe#tryPollInto}), into a tier that was
     * empty when the refill began: keeps an object moved from the stripe, stamped with the
     * stripe's generation. A refill adopts its objects oldest first, so the newest comes out first.
     */
    void adopt(Object obj, long generation) {
        STAMP.setOpaque(stamps, top, generation);
        slots[top] = obj;
        top = top + 1 == slots.length ? 0 : top + 1;
        size++;
        MOVED_IN.setOpaque(this, movedIn + 1);
    }

    /**
     * Owner only, under {@code stripe}'s put flag ({@link Stripe#trySpill}): moves the objects,
     * oldest first, into the stripe until only the newest is left (none, in a tier of one slot) or
     * the stripe is full. An object stored before the stripe's generation is dropped instead.
     *
     * @return how many objects were dropped as too old
     */
    int spill(Stripe stripe) {
        int keep = slots.length == 1 ? 0 : 1;
        int dropped = 0;
        int moved = 0;
        while (size > keep) {
            int oldest = top - size < 0 ? top - size + slots.length : top - size;
            Object obj = slots[oldest];
            if (obj != null) {
                boolean tooOld = stamps[oldest] < stripe.generation;
                if (!tooOld && !stripe.hasRoom()) {
                    break;
                }
                // The sweep may take this object at the same moment: whichever of the two nulls
                // the slot counts it, so that the counters stay exact. The CAS is on the owner's
                // own cache line; a hand-off (a spill every three releases) measured 448 ns with it
                // and 441 with plain writes (benchmarks/README.md): no cost that shows.
                if (SLOT.compareAndSet(slots, oldest, obj, null)) {
                    if (tooOld) {
                        dropped++;
                    } else {
                        stripe.storeAtTail(obj);
                    }
                    moved++;
                }
            }
            size--;
        }
        MOVED_OUT.setOpaque(this, movedOut + moved);
        return dropped;
    }

    /**
     * Owner only: whether a store in {@code epoch} is this tier's first in that epoch. The pool
     * notes its stores once per epoch ({@link Stripes#noteStore}); asking the tier first keeps the
     * round trip on the tier's own cache line instead of loading the stripes' shared one.
     */
    boolean firstStoreIn(long epoch) {
        if (epoch == notedEpoch) {
            return false;
        }
        notedEpoch = epoch;
        return true;
    }

    /** The table key: the owner's id when the tier was made. */
    long key() {
        return key;
    }

    int ownerHash() {
        return ownerHash;
    }

    /**
     * Any thread: whether {@code thread}, whose id is {@code id}, owns this tier. On JDK 19 and
     * later ids settle it, both ways: no thread can lie about its id nor share one, and a virtual
     * thread probing the table loads no referent. Before, the thread objects are compared.
     */
    boolean ownedBy(Thread thread, long id) {
        // A static final test, which folds away.
        if (Threads.IDS_ARE_FINAL) {
            return id == key;
        }
        // get(), not refersTo(): on JDK 17 refersTo() is a native call, which took a sixth of a
        // round trip's samples, and get() a JIT intrinsic of two loads, cheaper too than a first
        // compare of the caller's class (its mirror is three loads away). Its keep-alive barrier
        // matters only to a probe passing another thread's tier while the collector marks: that
        // thread object then outlives the cycle, and if it ended, the next sweep retires its tier
        // as always (ownerGone() asks isAlive()).
        return owner.get() == thread;
    }

    /**
     * Any thread: whether the owning thread has ended. A thread's termination happens-before
     * {@code isAlive()} returning false, so once this is true every write the owner made to the
     * tier is visible and no other will come.
     */
    boolean ownerGone() {
        Thread thread = owner.get();
        return thread == null || !thread.isAlive();
    }

    /**
     * Any thread: nulls every slot whose object was stored before {@code epoch}, so those objects
     * can be collected. Never hands them out.
     *
     * @return how many objects were dropped (racy: the owner may have taken one meanwhile)
     */
    int evictOlderThan(long epoch) {
        int dropped = 0;
        for (int i = 0; i < slots.length; i++) {
            Object obj = slots[i];
            // A CAS, as in spill(): an object the owner moves to a stripe meanwhile is counted
            // there, not here. (The owner's poll() writes plainly: a sweep racing it for its
            // newest object may still count that object as removed although the owner took it.)
            if (obj != null && (long) STAMP.getOpaque(stamps, i) < epoch && SLOT.compareAndSet(slots, i, obj, null)) {
                dropped++;
            }
        }
        removed += dropped;
        return dropped;
    }

    /**
     * Once {@link #ownerGone()}: gives the objects stored in {@code epoch} to the stripes, where
     * the pool's other threads find them, and drops older ones and those the stripes have no room
     * for. Plain reads suffice: the owner's writes are visible (see {@link #ownerGone()}).
     *
     * @return how many objects the stripes took
     */
    int handBack(Stripes stripes, long epoch) {
        int handedBack = 0;
        for (int i = 0; i < slots.length; i++) {
            Object obj = slots[i];
            if (obj != null) {
                slots[i] = null;
                removed++;
                if (stamps[i] == epoch && stripes.offer(ownerHash, obj)) {
                    handedBack++;
                }
            }
        }
        return handedBack;
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

    /**
     * Objects the owner took back: every object stored or moved in here was taken, moved out,
     * removed by the sweep, or is still idle. Under the tiers' monitor; racy while the owner works, exact when it does not (a
     * sweep racing the owner for one object may count it as removed although the owner took it).
     */
    long hits() {
        return stored() + (long) MOVED_IN.getOpaque(this) - (long) MOVED_OUT.getOpaque(this) - removed - idle();
    }

    long stored() {
        return (long) STORED.getOpaque(this);
    }
}
