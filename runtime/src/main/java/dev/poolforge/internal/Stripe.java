package dev.poolforge.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What both ends of a stripe read and only a holder of both flags writes (a rotation, a clear, the
 * ring's growth, the first take at the tail): on a line of its own, so that it stays shared in
 * both cores' caches.
 *
 * <p>Every field of the two ends below is 8 bytes wide, flags and indices too. Since JDK 15
 * HotSpot puts a subclass's field into a hole a superclass left, and whether this group leaves a
 * 4-byte hole depends on the object header (12 bytes by default, 8 with compact object headers,
 * 16 without compressed class pointers): an {@code int} of either end would move into it, next to
 * the rings both ends read, and take the other end's flag along (benchmarks/README.md). With no
 * field narrower than 8 bytes in either end, a hole here stays empty whatever the header.
 */
abstract class StripeShared extends CacheLinePadding {
    /**
     * The current generation, objects released since the last GC cycle, as a ring: slots
     * {@code head} to {@code tail - 1}, taken modulo its slot count, a power of two, oldest first
     * ({@link Stripe#slot}). It starts at one slot and grows up to the stripe's capacity, so a pool
     * configured large takes memory only for what it holds; one slot rather than none, so that
     * every ring has a slot at the head for the take end to read.
     */
    Object[] ring;
    /** The previous generation, the ring of the last rotation: still reachable, dropped at the next GC cycle. */
    Object[] victims;
    /**
     * The GC-clock epoch of the latest rotation: every object of the current generation was
     * stored at it or later. Objects moved from a thread tier keep that rule (older ones are
     * dropped on the way in), and objects moved to a tier are stamped with it, so that neither
     * move makes an object outlive the two GC cycles it would have had where it was.
     */
    long generation;
    /** The most objects the current generation holds. Set once, before the stripe is shared. */
    int capacity;
    /**
     * Odd while a rotation or a clear rewrites the indices, even otherwise: {@link Stripe#idleHint}
     * reads the indices between two even reads of the same value, as a {@code StampedLock}
     * validates an optimistic read.
     */
    long maintenanceSequence;
    /**
     * Whether a thread without a tier ever took from this stripe's tail. Until one does, the two
     * ends never reach for one slot, and refills take theirs with plain reads and writes; from
     * then on a refill claims each slot by CAS, as the tail does. Set once, holding both flags;
     * read by both ends at each take, so it sits here rather than on either end's line.
     */
    volatile boolean newestTakers;
}

abstract class StripePaddingShared extends StripeShared {
    long p10, p11, p12, p13, p14, p15, p16, p17;
}

/**
 * The end where objects come in: releases, spills from a full thread tier, and (only there) takes
 * by threads without a tier, which want the newest object back. One thread at a time, behind
 * {@link #putFlag}; in a hand-off this line stays in the releasing thread's cache.
 */
abstract class StripePutEnd extends StripePaddingShared {
    /** 0 free, 1 held. Taken by CAS, so a thread that finds it held moves on instead of waiting. */
    volatile long putFlag;
    /** The next slot to store into; written with release stores, so the take end sees its slots filled. */
    long tail;
    /**
     * The put end's copy of {@code head}, read again only when the ring looks full: the head's
     * line is written by the take end, and reading it at every store would move it between the
     * two threads of a hand-off each time.
     */
    long headSeen;
    /** Objects stored into this stripe by release. */
    long stored;
    /** Acquires served at this end, newest first, by threads without a tier. */
    long newestTaken;
}

abstract class StripePaddingPut extends StripePutEnd {
    long p20, p21, p22, p23, p24, p25, p26, p27;
}

/**
 * The end where objects leave for a thread tier, oldest first, and where the victim generation is
 * taken. One thread at a time, behind {@link #takeFlag}; in a hand-off this line stays in the
 * acquiring thread's cache.
 */
abstract class StripeTakeEnd extends StripePaddingPut {
    volatile long takeFlag;
    /**
     * The oldest object's slot; written with a release store after each slot a refill empties, so
     * that the put end may reuse the slots before it, and so that a refill cut short by a throw
     * from the tier leaves the head past every slot it emptied. Only a {@code StackOverflowError}
     * in a store of an index (a call while interpreted) can leave an empty slot among the objects:
     * in this one, at the head; in a take at the tail between its CAS and its store of the tail,
     * where the next objects are then stored after it. Refills stop at that slot, and takes at the
     * tail too once they reach it, until the next GC cycle's rotation makes the objects victims,
     * which the victim take steps over the empty slot to reach.
     */
    long head;
    /** The victim ring's slots in use, {@code victimHead} to {@code victimTail - 1}; under this flag. */
    long victimHead;
    long victimTail;
    /** Acquires served at this end: refills and victims. */
    long hits;
}

/**
 * One shared stripe: a bounded ring of idle objects for the current generation and one for the
 * victim generation, with a flag at each end.
 *
 * <p>Objects come in at the tail, holding the put flag: releases of threads without a tier, a
 * full tier's older objects, the objects of an ended thread's tier. A thread tier that ran empty
 * takes several objects at once from the head, the oldest, holding the take flag, as Go's
 * {@code sync.Pool} steals from the tail of another processor's queue. A thread without a tier
 * (a virtual thread, or {@code perThread(0)}) takes the newest object from the tail, holding the
 * put flag, so that it gets back what it released last. With two flags on separate cache lines, a
 * thread that releases and one that acquires (a hand-off) do not write each other's lines, except
 * for the slots themselves, as in a lock-free queue.
 *
 * <p>The two ends meet only at the slots between them. Every slot outside the objects is null.
 * The put end writes a slot with a release store, then publishes the tail; the take end never
 * reads the tail: it reads slots from the head with acquire loads until it meets a null one,
 * empties each and publishes the head past it with a release store, so neither end sees a slot
 * half-used. The put end reads the head again only when its copy says the ring is full. So in a
 * hand-off the tail's line stays with the releasing thread and the head's with the acquiring
 * one, and only the slots' lines move between them, as in a lock-free queue; a refill that read
 * the tail moved its line too, at nearly every refill (benchmarks/README.md). A take at the tail
 * and a refill at the head can reach for the same last objects: once a stripe has seen a take at
 * the tail, both empty a slot by CAS, and the one that loses stops there. Rotations, clears and
 * the ring's growth hold both flags.
 *
 * <p>Each operation takes its flags, does its work and frees them in one method, and frees them
 * also when anything is thrown in between: a {@code StackOverflowError} at any call inside, an
 * {@code OutOfMemoryError} while the ring grows. Nobody ever waits for a flag: users move on to the
 * next stripe, and maintenance tries a bounded number of times and then skips the stripe.
 */
final class Stripe extends StripeTakeEnd {
    long p30, p31, p32, p33, p34, p35, p36, p37;

    /** What an operation returns when another thread holds the flag. */
    static final Object BUSY = new Object();
    /** What {@link #tryPush} and {@link #dropVictims} return when another thread held the flag. */
    static final int FLAG_HELD = -1;

    private static final int MIN_RING = 4;
    /**
     * Unused slots before and after a ring's own: 64 bytes with compressed references, 128
     * without. Both ends read the array's length at each operation (for the index mask and the
     * bounds check), so a slot that either end writes must not share the header's cache line, or
     * each such write would take that line from the other end's cache; nor may the last slot share
     * a line with the object the heap puts after the array.
     */
    private static final int RING_PAD = 16;
    private static final VarHandle PUT_FLAG;
    private static final VarHandle TAKE_FLAG;
    private static final VarHandle TAIL;
    private static final VarHandle HEAD;
    private static final VarHandle HITS;
    private static final VarHandle NEWEST_TAKEN;
    private static final VarHandle STORED;
    private static final VarHandle MAINTENANCE_SEQUENCE;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            PUT_FLAG = lookup.findVarHandle(StripePutEnd.class, "putFlag", long.class);
            TAKE_FLAG = lookup.findVarHandle(StripeTakeEnd.class, "takeFlag", long.class);
            TAIL = lookup.findVarHandle(StripePutEnd.class, "tail", long.class);
            HEAD = lookup.findVarHandle(StripeTakeEnd.class, "head", long.class);
            HITS = lookup.findVarHandle(StripeTakeEnd.class, "hits", long.class);
            NEWEST_TAKEN = lookup.findVarHandle(StripePutEnd.class, "newestTaken", long.class);
            STORED = lookup.findVarHandle(StripePutEnd.class, "stored", long.class);
            MAINTENANCE_SEQUENCE = lookup.findVarHandle(StripeShared.class, "maintenanceSequence", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    Stripe(int capacity, long epoch) {
        this.capacity = capacity;
        ring = newRing(1);
        victims = newRing(1);
        generation = epoch;
    }

    /** Takes the put flag if it is free; never waits. Reads first so a held flag costs no CAS. */
    boolean tryLockPut() {
        return putFlag == 0 && PUT_FLAG.compareAndSet(this, 0L, 1L);
    }

    void unlockPut() {
        PUT_FLAG.setRelease(this, 0L);
    }

    /** Takes the take flag if it is free; never waits. */
    boolean tryLockTake() {
        return takeFlag == 0 && TAKE_FLAG.compareAndSet(this, 0L, 1L);
    }

    void unlockTake() {
        TAKE_FLAG.setRelease(this, 0L);
    }

    /**
     * A racy read of how many current-generation objects this stripe holds. Opaque reads: whole
     * values, read again at each call, with no fence.
     */
    int primaryHint() {
        return (int) Math.max(0, (long) TAIL.getOpaque(this) - (long) HEAD.getOpaque(this));
    }

    /**
     * A racy hint for the take end: whether the current generation looks empty, that is its oldest
     * slot. Reads no line of the put end's.
     */
    boolean looksEmpty() {
        Object[] ring = this.ring;
        return SLOT.getOpaque(ring, slot(ring, (long) HEAD.getOpaque(this))) == null;
    }

    /**
     * A racy hint for the put end: whether the current generation looks full. Reads the head, on
     * the take end's line, only when the put end's own copy says full.
     */
    boolean looksFull() {
        return (long) TAIL.getOpaque(this) - headSeen >= capacity && primaryHint() >= capacity;
    }

    /** A racy read of how many victim-generation objects this stripe holds. */
    int victimHint() {
        return (int) (victimTail - victimHead);
    }

    /**
     * Idle objects in both generations, for {@code idle()} on any thread. A rotation moves the
     * indices to the victim generation and starts the ring at slot 0 again, so indices read on
     * both sides of one would count every release since the last GC cycle: they are read between
     * two even reads of the same {@link #maintenanceSequence}, and read again until they are, as
     * a rotation is short and always ends (a throw inside ends it too). Past
     * {@link MaintenanceTries#TRIES} tries the reader yields, in case the clock's thread lost its
     * processor mid-rotation. Users move the indices meanwhile, so each generation's count is
     * clamped to what it can hold; exact when no user thread works on the stripe.
     */
    int idleHint() {
        for (int tries = 1; ; tries++) {
            // An acquire read: the hints' loads stay after it, and are made again at each try.
            long sequence = (long) MAINTENANCE_SEQUENCE.getAcquire(this);
            int current = primaryHint();
            int victims = victimHint();
            // The hints' loads come before the second read of the sequence.
            VarHandle.loadLoadFence();
            if ((sequence & 1) == 0 && (long) MAINTENANCE_SEQUENCE.getOpaque(this) == sequence) {
                return Math.min(current, capacity) + Math.min(Math.max(0, victims), capacity);
            }
            if (tries < MaintenanceTries.TRIES) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    /**
     * For a thread without a tier: the newest object of the current generation, from the tail.
     *
     * @return the object, null if the current generation is empty, or {@link #BUSY}
     */
    Object tryPollNewest() {
        if (!tryLockPut()) {
            return BUSY;
        }
        try {
            Object obj = BUSY;
            if (newestTakers || enableNewestTakers()) {
                obj = null;
                long t = tail;
                if (t != (long) HEAD.getAcquire(this)) {
                    Object[] ring = this.ring;
                    int slot = slot(ring, t - 1);
                    Object newest = ring[slot];
                    // A refill may be emptying this slot from the head: the CAS decides, and a
                    // loser finds nothing (the refill stops at the slot it lost, and so does this).
                    if (newest != null && SLOT.compareAndSet(ring, slot, newest, null)) {
                        obj = newest;
                        TAIL.setRelease(this, t - 1);
                        NEWEST_TAKEN.setOpaque(this, newestTaken + 1);
                    }
                }
            }
            unlockPut();
            return obj;
        } catch (Throwable t) {
            // Frees the flag after a throw with a plain store to the volatile field: no call, so
            // no stack frame that a StackOverflowError could strike in again. The throw came
            // before the unlock stored or after (the store is the last thing it does), so this
            // never frees a flag that another thread has taken since.
            putFlag = 0;
            throw t;
        }
    }

    /**
     * Under the put flag, before this stripe's first take at the tail: makes every later refill
     * claim its slots by CAS. Holding the take flag while setting it means no refill is under way
     * with plain writes, and every refill after reads it under that flag.
     *
     * @return false when a refill held the take flag; the caller tries again later
     */
    private boolean enableNewestTakers() {
        if (!tryLockTake()) {
            return false;
        }
        try {
            newestTakers = true;
            unlockTake();
            return true;
        } catch (Throwable t) {
            takeFlag = 0; // see tryPollNewest()
            throw t;
        }
    }

    /**
     * The newest object of the victim generation, for any caller once the current generations
     * are empty.
     *
     * @return the object, null if the victim generation is empty, or {@link #BUSY}
     */
    Object tryPollVictim() {
        if (!tryLockTake()) {
            return BUSY;
        }
        try {
            Object obj = null;
            Object[] victims = this.victims;
            // Steps over a slot that a throw left empty (see head).
            for (long t = victimTail; obj == null && t != victimHead; ) {
                int slot = slot(victims, --t);
                obj = victims[slot];
                victims[slot] = null;
                victimTail = t;
            }
            if (obj != null) {
                HITS.setOpaque(this, hits + 1);
            }
            unlockTake();
            return obj;
        } catch (Throwable t) {
            takeFlag = 0; // see tryPollNewest()
            throw t;
        }
    }

    /**
     * The oldest object of the current generation, and with it up to {@code tier.capacity() - 1}
     * of the next oldest, moved into {@code tier}, which must be empty: a thread that takes
     * objects it did not release (the acquiring side of a hand-off, a burst larger than its tier)
     * then takes the flag once for several objects instead of once for each. The caller owns
     * {@code tier}.
     *
     * @return the object, null if the current generation is empty, or {@link #BUSY}
     */
    Object tryPollInto(ThreadTier tier) {
        if (!tryLockTake()) {
            return BUSY;
        }
        try {
            Object first = null;
            Object[] ring = this.ring;
            boolean claim = newestTakers;
            long h = head;
            for (long end = h + tier.capacity(); h != end; ) {
                int slot = slot(ring, h);
                Object obj = SLOT.getAcquire(ring, slot);
                if (obj == null || claim && !SLOT.compareAndSet(ring, slot, obj, null)) {
                    break;
                }
                if (!claim) {
                    ring[slot] = null;
                }
                // Before the tier is called, so that a throw there leaves the head past this slot.
                HEAD.setRelease(this, ++h);
                if (first == null) {
                    first = obj;
                } else {
                    tier.adopt(obj, generation);
                }
            }
            if (first != null) {
                HITS.setOpaque(this, hits + 1);
            }
            unlockTake();
            return first;
        } catch (Throwable t) {
            takeFlag = 0; // see tryPollNewest()
            throw t;
        }
    }

    /**
     * Moves the objects of a full thread tier, all but its newest if its thread also acquires
     * ({@link ThreadTier#spill}), into the current generation while it has room, so that the
     * tier's next releases, and those after them, find room without taking a flag. Objects
     * stored before {@link #generation} are dropped instead: here they would live a GC cycle
     * longer than in the tier. The caller owns {@code tier}.
     *
     * @return how many objects were dropped as too old, or {@link #FLAG_HELD}
     */
    int trySpill(ThreadTier tier) {
        if (!tryLockPut()) {
            return FLAG_HELD;
        }
        try {
            int dropped = tier.spill(this);
            unlockPut();
            return dropped;
        } catch (Throwable t) {
            putFlag = 0; // see tryPollNewest()
            throw t;
        }
    }

    /**
     * Under the put flag: whether the current generation has room for one more object, growing
     * the ring if it must. The put end reads the head again only when its copy says full.
     */
    boolean hasRoom() {
        long size = tail - headSeen;
        if (size < slots(ring) && size < capacity) {
            return true;
        }
        headSeen = (long) HEAD.getAcquire(this);
        size = tail - headSeen;
        return size < capacity && (size < slots(ring) || tryGrow());
    }

    /**
     * Under the put flag, after {@link #hasRoom()}: stores an object at the tail. The slot's
     * release store publishes the object to a refill, which reads the slot with acquire semantics
     * and so sees the object as its releaser left it, even before the tail is published (the
     * refill then moves the head past the tail, which this store raises again). The tail's
     * release store is for the readers of the tail: a take at the tail on another thread, and
     * {@link #primaryHint}. On x86 both stores are plain moves.
     */
    void storeAtTail(Object obj) {
        Object[] ring = this.ring;
        long t = tail;
        SLOT.setRelease(ring, slot(ring, t), obj);
        TAIL.setRelease(this, t + 1);
    }

    /**
     * Stores the object unless the current generation is full.
     *
     * @return 1 if stored, 0 if full, or {@link #FLAG_HELD}
     */
    int tryPush(Object obj) {
        if (!tryLockPut()) {
            return FLAG_HELD;
        }
        try {
            boolean stored = hasRoom();
            if (stored) {
                storeAtTail(obj);
                STORED.setOpaque(this, this.stored + 1);
            }
            unlockPut();
            return stored ? 1 : 0;
        } catch (Throwable t) {
            putFlag = 0; // see tryPollNewest()
            throw t;
        }
    }

    /**
     * Under the put flag, with a full ring below the capacity: doubles the ring, if the take end
     * is free (it reads the ring). Each object keeps its slot number, so head and tail stay valid.
     *
     * @return false when a refill held the take flag: the stripe counts as full this time
     */
    private boolean tryGrow() {
        if (!tryLockTake()) {
            return false;
        }
        try {
            Object[] old = ring;
            Object[] grown = newRing(Math.max(MIN_RING, 2 * slots(old)));
            for (long i = head, t = tail; i != t; i++) {
                grown[slot(grown, i)] = old[slot(old, i)];
            }
            ring = grown;
            unlockTake();
            return true;
        } catch (Throwable t) {
            takeFlag = 0; // see tryPollNewest()
            throw t;
        }
    }

    /**
     * Maintenance, the GC-cycle rotation of {@code epoch}: drops the victim generation and makes
     * the current generation the victim, swapping the rings, so it allocates nothing.
     *
     * @return how many objects were dropped, or {@link #FLAG_HELD} when a user held a flag throughout
     */
    int rotate(long epoch) {
        return dropVictims(false, epoch);
    }

    /**
     * Maintenance: drops both generations.
     *
     * @return how many objects were dropped, or {@link #FLAG_HELD} when a user held a flag throughout
     */
    int clear() {
        return dropVictims(true, 0);
    }

    /** Empties the victim generation, then the current one too with {@code clear}, else rotates it in {@code epoch}. */
    private int dropVictims(boolean clear, long epoch) {
        if (!MaintenanceTries.tryTake(this, Stripe::tryLockBoth)) {
            return FLAG_HELD;
        }
        long sequence = maintenanceSequence;
        boolean takeFreed = false;
        try {
            // Odd before any index changes, for idleHint(): the fence keeps their stores after it.
            MAINTENANCE_SEQUENCE.setOpaque(this, sequence + 1);
            VarHandle.storeStoreFence();
            int dropped = empty(victims, victimHead, victimTail);
            if (clear) {
                dropped += empty(ring, head, tail);
                victimHead = 0;
                victimTail = 0;
            } else {
                Object[] emptied = victims;
                victims = ring;
                victimHead = head;
                victimTail = tail;
                ring = emptied;
                generation = epoch;
            }
            // The ring starts again at slot 0: plain stores, as both flags are held.
            head = 0;
            tail = 0;
            headSeen = 0;
            // Even again, after the indices' stores: a reader that sees it sees them.
            MAINTENANCE_SEQUENCE.setRelease(this, sequence + 2);
            unlockTake();
            // A throw from here on came after the take flag was freed, which a user may hold by now.
            takeFreed = true;
            unlockPut();
            return dropped;
        } catch (Throwable t) {
            maintenanceSequence = sequence + 2; // plain stores, as in tryPollNewest()
            if (!takeFreed) {
                takeFlag = 0;
            }
            putFlag = 0;
            throw t;
        }
    }

    /** A ring of {@code slots} slots, a power of two, between its two pads. */
    static Object[] newRing(int slots) {
        return new Object[RING_PAD + slots + RING_PAD];
    }

    /** How many objects {@code ring} holds at most. */
    static int slots(Object[] ring) {
        return ring.length - 2 * RING_PAD;
    }

    /** The array index of the ring's slot number {@code index}, which wraps around. */
    static int slot(Object[] ring, long index) {
        return RING_PAD + (int) (index & (slots(ring) - 1));
    }

    /**
     * Nulls the slots {@code from} to {@code to - 1} of {@code ring}.
     *
     * @return how many objects it dropped: a throw may have left an empty slot among them (see head)
     */
    private static int empty(Object[] ring, long from, long to) {
        int dropped = 0;
        for (long i = from; i != to; i++) {
            int slot = slot(ring, i);
            if (ring[slot] != null) {
                ring[slot] = null;
                dropped++;
            }
        }
        return dropped;
    }

    /**
     * One try at both flags for maintenance ({@link MaintenanceTries}), the put flag first, as
     * every user that holds both takes them. Holding the put flag, it frees it also when the
     * calls after throw (see {@link #tryPollNewest}): {@link #clear()} runs on a user's stack.
     */
    private boolean tryLockBoth() {
        if (!tryLockPut()) {
            return false;
        }
        try {
            if (tryLockTake()) {
                return true;
            }
            unlockPut();
            return false;
        } catch (Throwable t) {
            putFlag = 0;
            throw t;
        }
    }

    /** Acquires served, read from any thread. */
    long hits() {
        return (long) HITS.getOpaque(this) + (long) NEWEST_TAKEN.getOpaque(this);
    }

    /** Releases stored, read from any thread. */
    long stored() {
        return (long) STORED.getOpaque(this);
    }
}
