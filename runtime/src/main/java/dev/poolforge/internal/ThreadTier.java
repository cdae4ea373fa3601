package dev.poolforge.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.WeakReference;
import java.util.Arrays;

/**
 * A platform thread's own few idle objects for one pool: the fast path, with no atomic
 * instruction on a round trip.
 *
 * <p>Only the owner thread calls {@link #poll}, {@link #push}, {@link #adopt} and {@link #spill},
 * with plain reads and writes on a round trip (the last two while holding one of a stripe's flags,
 * which guards the stripe's ring, not this tier). The GC clock's sweep, on another thread, may call
 * {@link #evictOlderThan}, which only ever writes {@code null} or a mark ({@link #FORGOTTEN}) into
 * slots and never hands an object out. A race between the two can therefore lose an object to the
 * garbage collector, which is harmless, but cannot give one object to two owners: the owner only
 * hands out a value it reads from a slot below {@code size}, lowers {@code size} past that slot,
 * and reads the slot again only after a release has written it anew; when it moves an object to a
 * lower slot, it first takes it out of the old one by a CAS. The owner treats a null slot as empty
 * and keeps looking below it. A spill and a sweep, which both empty the oldest slots, exclude each
 * other by the tier's {@link #spillGuard}, so the spill empties them with plain writes.
 *
 * <p>An acquire leaves its object's reference in the slot, above {@code size}: a round trip then
 * stores one reference into the tier, not two (a null, then the object). Without the null store the
 * buffer's round trip with the collector running, as in a service, measured 8.9 against 10.2 ns on
 * JDK 17 in one sitting (no gain in another) and 8.2 against 8.7 on JDK 25 (medians,
 * benchmarks/README.md). Those references are to objects on loan, so nothing counts them, hands
 * them back or reports them idle; and so that a tier never keeps an object that has since been
 * released elsewhere and evicted, the owner forgets them at its first store in each GC cycle, and
 * the sweep forgets them in a tier whose owner has stored nothing since the cycle before (one that
 * stopped). The sweep reads {@code size} racily, so should that owner come back just then, a slot
 * the sweep takes for one on loan may just have been filled by a release; it therefore writes
 * {@link #FORGOTTEN} there, not null, by a CAS on the value it read, and an owner that meets that
 * mark below {@code size} counts the object as lost to the sweep ({@link #forgottenIdle()}):
 * dropped, as a sweep drops, and counted, as every object is. The sweep leaves the tiers of owners
 * that store alone, as they forget for themselves: a sweep that forgot in every tier lost an object
 * reused every millisecond in one run of GcCycleTest.
 *
 * <p>The slots form a stack, oldest at index 0, so that a round trip moves one index and the
 * fullness test compares two ints, as the cheapest per-thread pool does. Objects leave from the
 * oldest end only off the round trip: a full tier spills to a stripe, keeping at most its newest
 * object, which it moves down to the bottom, and only when every stripe is full does a release
 * drop the oldest object and move the others down one slot. (A ring let them leave without
 * moving, for a second index and a wrap-around on every push and poll: 0.8 to 1.6 ns of the ring's
 * 8.7 to 9.6 ns round trip, benchmarks/README.md.)
 *
 * <p>An object that sits under the ones its thread keeps using still ages out after two GC cycles,
 * without a stamp per object: every store adds at the newest end with the current GC-clock epoch,
 * and epochs only grow, so the objects are in the order of their epochs, oldest first. The tier
 * therefore keeps only where the two latest epochs it stored in begin ({@link #ageNext}), and the
 * sweep drops the oldest objects up to one of those two places. On a round trip (one object out,
 * the same one back) that is a compare on each side where a stamp per slot was a store into a
 * second array: 0.2 to 0.6 ns less of an 8 to 9 ns round trip, and one array less per tier
 * (benchmarks/README.md).
 */
final class ThreadTier {
    private static final VarHandle STORED;
    private static final VarHandle MOVED_IN;
    private static final VarHandle MOVED_OUT;
    private static final VarHandle FORGOTTEN_IDLE;
    /**
     * The two epochs the ageing keeps are written by the owner and read by the sweep with opaque
     * accesses: whole 64-bit values (a plain long may tear), and the owner writes them once per
     * GC cycle at most. The sweep needs no ordering with the slots or the other fields: reading a
     * stale value makes it drop a fresh object (lost to the GC, harmless) or keep an old one one
     * cycle longer.
     */
    private static final VarHandle NEWEST_EPOCH;
    private static final VarHandle PREVIOUS_EPOCH;
    /** Slots nulled by the owner's moves or a sweep, which may race for one object ({@link #moveDown}). */
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);
    private static final VarHandle SPILL_GUARD;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            STORED = lookup.findVarHandle(ThreadTier.class, "stored", long.class);
            MOVED_IN = lookup.findVarHandle(ThreadTier.class, "movedIn", long.class);
            MOVED_OUT = lookup.findVarHandle(ThreadTier.class, "movedOut", long.class);
            FORGOTTEN_IDLE = lookup.findVarHandle(ThreadTier.class, "forgottenIdle", long.class);
            NEWEST_EPOCH = lookup.findVarHandle(ThreadTier.class, "newestEpoch", long.class);
            PREVIOUS_EPOCH = lookup.findVarHandle(ThreadTier.class, "previousEpoch", long.class);
            SPILL_GUARD = lookup.findVarHandle(ThreadTier.class, "spillGuard", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * What the sweep writes into a slot it takes for one on loan: never handed out, and told apart
     * from the null of an evicted slot so that an object stored there meanwhile is still counted.
     */
    private static final Object FORGOTTEN = new Object();

    private final Object[] slots;
    /**
     * The owning thread, compared by identity wherever ids can lie ({@link
     * #ownedByWhereIdsCanLie}): {@code Thread.getId()} is overridable before JDK 19, and two
     * threads answering one id would otherwise share these plain reads and writes. Weak, so that a
     * pool that outlives a thread never keeps the thread object, nor through it a class loader,
     * alive.
     */
    private final WeakReference<Thread> owner;
    /** Where the table files this tier: the owner's id, read once, so a changing getId() cannot move it. */
    private final long key;
    /**
     * The owner's id if its class is exactly {@code Thread}, else -1, which no such thread has
     * (their ids count up from 1). Only such a thread's {@code getId()} is its own, never
     * overridden and never shared, so where ids can lie it settles ownership without the weak
     * reference ({@link #ownedBy}).
     */
    private final long plainThreadId;
    /** The owner's stripe hash, computed once rather than at every overflow. */
    private final int ownerHash;
    /**
     * For a tier without slots, the record a pool without tiers keeps of a platform thread, the
     * thread's lane (see {@link LaneSeat}); null for a tier with slots.
     */
    private final LaneSeat seat;
    /**
     * Slots in use, from index 0, the oldest; some may have been nulled by a sweep, or marked
     * {@link #FORGOTTEN}. The slots from here up are null, {@code FORGOTTEN}, or hold objects on
     * loan (see the class comment). Written by the owner only; the sweep and {@code idle()} read it
     * racily (an int never tears): a stale value makes the sweep count an object the owner has just
     * taken, or forget one it has just stored, as when the two race for a slot.
     */
    private int size;
    /**
     * The ageing: counted from the oldest slot in use, the first {@code storedBeforePrevious}
     * objects were stored before {@code previousEpoch}, those up to {@code storedBeforeNewest} in
     * it, and the rest in {@code newestEpoch}. Written by the owner only; the sweep reads them
     * racily (see {@link #NEWEST_EPOCH}). Always {@code storedBeforePrevious <= storedBeforeNewest
     * <= size}.
     */
    private long newestEpoch = Long.MIN_VALUE;
    private long previousEpoch = Long.MIN_VALUE;
    private int storedBeforeNewest;
    private int storedBeforePrevious;
    /** Objects stored in a free slot; the owner bumps it with opaque writes so that stats() on another thread reads whole values. */
    private long stored;
    /** Objects moved in from a stripe ({@link #adopt}); owner-written like {@code stored}. */
    private long movedIn;
    /** Objects moved out to a stripe, or dropped on the way as too old ({@link #spill}); owner-written like {@code stored}. */
    private long movedOut;
    /**
     * Objects the sweep forgot as if on loan while they were idle, counted as the owner meets
     * their {@link #FORGOTTEN} slot below {@code size} (or the hand-back of its tier does);
     * owner-written like {@code stored}.
     */
    private long forgottenIdle;
    /** {@code stored} and {@code size} after the last spill, for {@link #keepsNewest}. Owner only. */
    private long storedBySpill;
    private int sizeAfterSpill;
    /**
     * Objects the sweep took out (evicted, cleared, or handed back from an ended thread's tier),
     * counted by the sweeping thread under the tiers' monitor, where {@link #hits()} reads it too.
     * With the other counters and {@code idle()} it gives the hits, which the owner therefore never
     * counts: one load and one store fewer per acquire.
     */
    private long removed;
    /**
     * 1 while a {@link #spill} or a sweep ({@link #evictOlderThan}) works on the oldest slots, else
     * 0: under it the spill empties each slot with a plain write, not a CAS that settles a race
     * with the sweep for the object. One CAS per spill rather than one per slot ran a hand-off (a
     * spill every four releases) at 180.4 against 189.1 ns on JDK 17 (medians of 12 forks, p =
     * 0.010), no differently on JDK 25 (benchmarks/README.md). Taken by a CAS and given back by a
     * release write, so that what one holder wrote to the slots is seen by the next; on the tier's
     * own line, which the owner writes anyway. Neither holder waits for the other long: a spill
     * finding it held leaves the tier full, as when every stripe is busy, and the sweep skips the
     * tier for a cycle after {@link MaintenanceTries#TRIES} tries.
     */
    private volatile int spillGuard;

    ThreadTier(int capacity, Thread owner, long key) {
        this.slots = new Object[capacity];
        this.owner = new WeakReference<>(owner);
        this.key = key;
        this.plainThreadId = owner.getClass() == Thread.class ? key : -1;
        this.ownerHash = Threads.hash(owner);
        this.seat = capacity == 0 ? new LaneSeat(ownerHash) : null;
    }

    /** Owner only: the most recently stored object still here, or null. */
    Object poll() {
        while (size > 0) {
            Object obj = slots[--size];
            if (obj != null) {
                if (obj != FORGOTTEN) {
                    keepAgeingWithinSize();
                    return obj;
                }
                countForgottenIdle();
            }
        }
        keepAgeingWithinSize();
        return null;
    }

    /** Owner only, after the newest end shrank: objects taken from there leave the bands they were in. */
    private void keepAgeingWithinSize() {
        if (storedBeforeNewest > size) {
            storedBeforeNewest = size;
            if (storedBeforePrevious > size) {
                storedBeforePrevious = size;
            }
        }
    }

    /**
     * Owner only, before an object stored in {@code epoch} joins the newest end. The common case,
     * an epoch the tier already stores in, is one compare. A later epoch starts a new band and
     * keeps the one before it; the bands before that merge, which the sweep needs no finer: it
     * drops what was stored before the previous cycle, and every epoch the tier stored in before
     * its two latest is older than that. An earlier epoch than the newest (a refill's generation,
     * or a clock read that lags one) counts in the newest band, so that object is kept one cycle
     * longer at most; an empty tier has nothing to order, and starts its bands over.
     */
    private void ageNext(long epoch) {
        if (epoch == newestEpoch) {
            return;
        }
        if (epoch > newestEpoch) {
            forgetLent(size);
        }
        if (size == 0) {
            setEpochs(Long.MIN_VALUE, epoch);
            storedBeforePrevious = 0;
            storedBeforeNewest = 0;
        } else if (epoch > newestEpoch) {
            setEpochs(newestEpoch, epoch);
            storedBeforePrevious = storedBeforeNewest;
            storedBeforeNewest = size;
        }
    }

    private void setEpochs(long previous, long newest) {
        PREVIOUS_EPOCH.setOpaque(this, previous);
        NEWEST_EPOCH.setOpaque(this, newest);
    }

    /**
     * Owner only: whether the object {@code fromOldest} slots above the oldest one in use was
     * stored before {@code epoch}. Below the previous band only "before the previous epoch" is
     * known; those objects count as stored before {@code epoch} unless it is older still, which a
     * stripe's generation never is while the pool stores.
     */
    private boolean storedBefore(int fromOldest, long epoch) {
        if (fromOldest >= storedBeforeNewest) {
            return newestEpoch < epoch;
        }
        return fromOldest < storedBeforePrevious || previousEpoch < epoch;
    }

    /** Owner only: whether {@code obj} is the object most recently stored here, still idle. */
    boolean holdsNewest(Object obj) {
        return size > 0 && slots[size - 1] == obj;
    }

    /**
     * Owner only: keeps the object, stored in GC-clock {@code epoch}. When every slot is taken (the
     * caller {@link #spill spilled} first, and every stripe was full), the oldest object makes
     * room and is returned, so that the thread still gets its objects back newest first (the
     * newest is the one most likely still in the CPU's cache).
     *
     * @return null, or the object that no longer fits
     */
    Object push(Object obj, long epoch) {
        ageNext(epoch);
        if (size == slots.length) {
            return pushOverOldest(obj);
        }
        slots[size++] = obj;
        STORED.setOpaque(this, stored + 1);
        return null;
    }

    /** Owner only, for a full {@link #push}: the oldest object leaves, the others move down one slot. */
    private Object pushOverOldest(Object obj) {
        // The sweep may take the oldest at the same moment: whichever nulls the slot counts it
        // (null here if the sweep did, which made room). The object that leaves is counted as a
        // drop by the caller.
        Object oldest = (Object) SLOT.getAndSet(slots, 0, null);
        if (oldest == FORGOTTEN) {
            countForgottenIdle();
            oldest = null;
        }
        moveDown(1);
        slots[size++] = obj;
        if (oldest == null) {
            STORED.setOpaque(this, stored + 1);
        }
        return oldest;
    }

    /**
     * Owner only, once the oldest {@code slotsLeft} slots are null: moves the others down to the
     * bottom, and the bands with them. Each object leaves its slot by a CAS, since {@link
     * #pushOverOldest} holds no {@link #spillGuard}, so that one the sweep takes meanwhile is
     * counted by the sweep alone, and no object is ever in two slots for the owner to hand out
     * twice.
     */
    private void moveDown(int slotsLeft) {
        if (slotsLeft == 0) {
            return;
        }
        for (int from = slotsLeft; from < size; from++) {
            Object obj = slots[from];
            if (obj != null && SLOT.compareAndSet(slots, from, obj, null)) {
                slots[from - slotsLeft] = obj;
            }
        }
        size -= slotsLeft;
        storedBeforeNewest = Math.max(0, storedBeforeNewest - slotsLeft);
        storedBeforePrevious = Math.max(0, storedBeforePrevious - slotsLeft);
    }

    /** Owner only: whether the next {@link #push} would have to push an object out to make room. */
    boolean full() {
        return size == slots.length;
    }

    int capacity() {
        return slots.length;
    }

    /**
     * Owner only, under a stripe's take flag ({@link Stripe#tryPollInto}), into a tier that was
     * empty when the refill began: keeps an object moved from the stripe, aged as stored in the
     * stripe's generation. A refill adopts its objects oldest first, so the newest comes out first.
     */
    void adopt(Object obj, long generation) {
        ageNext(generation);
        slots[size++] = obj;
        MOVED_IN.setOpaque(this, movedIn + 1);
    }

    /**
     * Owner only, under {@code stripe}'s put flag ({@link Stripe#trySpill}): moves the objects,
     * oldest first, into the stripe until only the newest is left or the stripe is full, then
     * moves those left to the bottom. The newest stays only for an owner that also acquires
     * ({@link #keepsNewest}). An object stored before the stripe's generation is dropped instead.
     * Moves nothing while a sweep holds the {@link #spillGuard}.
     *
     * @return how many objects were dropped as too old
     */
    int spill(Stripe stripe) {
        if (!tryTakeSpillGuard()) {
            return 0;
        }
        try {
            int moved = spillGuarded(stripe);
            giveBackSpillGuard();
            return moved;
        } catch (Throwable t) {
            spillGuard = 0; // a plain store: no call for a StackOverflowError to strike (see Stripe)
            throw t;
        }
    }

    /** {@link #spill} under the {@link #spillGuard}, which keeps the sweep out of every slot it empties. */
    private int spillGuarded(Stripe stripe) {
        int keep = keepsNewest() ? 1 : 0;
        int dropped = 0;
        int moved = 0;
        int left = 0;
        for (; size - left > keep; left++) {
            Object obj = slots[left];
            if (obj == FORGOTTEN) {
                slots[left] = null;
                countForgottenIdle();
            } else if (obj != null) {
                boolean tooOld = storedBefore(left, stripe.generation);
                if (!tooOld && !stripe.hasRoom()) {
                    break;
                }
                slots[left] = null;
                if (tooOld) {
                    dropped++;
                } else {
                    stripe.storeAtTail(obj);
                }
                moved++;
            }
        }
        moveDown(left);
        MOVED_OUT.setOpaque(this, movedOut + moved);
        storedBySpill = stored;
        sizeAfterSpill = size;
        return dropped;
    }

    /**
     * One try at the {@link #spillGuard}: by the owner as it spills, which then moves nothing rather
     * than wait, and by the sweep through {@link MaintenanceTries}.
     */
    boolean tryTakeSpillGuard() {
        return SPILL_GUARD.compareAndSet(this, 0, 1);
    }

    /** Gives the {@link #spillGuard} back, with a release write (see the field). */
    void giveBackSpillGuard() {
        SPILL_GUARD.setRelease(this, 0);
    }

    /**
     * Owner only, at a spill: whether to keep the newest object for the owner's next acquire.
     * Not when the owner has only released since its last spill (the tier grew by exactly the
     * objects stored; an acquire from the tier shrinks it, a refill grows it by objects not
     * stored): a thread that releases what another acquires (a hand-off) then moves all its
     * objects to the stripe, a batch of {@code perThread} rather than one fewer, and its next
     * release fills the tier again anyway. Counted from fields the round trip writes already, so
     * the round trip pays nothing for it.
     */
    private boolean keepsNewest() {
        return slots.length > 1 && stored - storedBySpill != size - sizeAfterSpill;
    }

    /**
     * Owner only, before {@link #push}: whether a store in {@code epoch} is this tier's first in
     * that epoch. The pool notes its stores once per epoch ({@link Stripes#noteStore}); asking the
     * tier first keeps the round trip on the tier's own cache line instead of loading the stripes'
     * shared one, and the ageing's newest epoch answers it, so the push's own check of that field
     * costs nothing more. (After a refill the newest epoch can be the stripe's generation, which
     * some earlier store into the pool already noted.)
     */
    boolean firstStoreIn(long epoch) {
        return epoch != newestEpoch;
    }

    /** The table key: the owner's id when the tier was made. */
    long key() {
        return key;
    }

    int ownerHash() {
        return ownerHash;
    }

    /** Owner only: the thread's lane, when this tier has no slots; else null. */
    LaneSeat seat() {
        return seat;
    }

    /**
     * Any thread: whether {@code thread}, whose id is {@code id}, owns this tier. Where ids are
     * the threads' own ({@link Threads#IDS_ARE_FINAL}: {@code threadId()} on JDK 19 and later, the
     * {@code tid} field before) they settle it, both ways: no thread can lie about its id nor
     * share one, and a probe loads nothing but the tier's key. On JDK 17, where a {@code Thread}
     * subclass was compared through the weak reference at every look-up, reading {@code tid}
     * changed the buffer's round trip by nothing the machine could tell in one sitting (8.44
     * against 8.49 ns) and took 0.6 ns off in another, and 2.3 to 2.6 ns with the collector
     * running (benchmarks/README.md). Else see {@link #ownedByWhereIdsCanLie}.
     */
    boolean ownedBy(Thread thread, long id) {
        // A static final test, which folds away.
        if (Threads.IDS_ARE_FINAL) {
            return id == key;
        }
        return ownedByWhereIdsCanLie(thread, id);
    }

    /**
     * Whether {@code thread}, whose {@code getId()} answered {@code id}, owns this tier, on a JVM
     * where that id can lie: JDK 17 or 18 without the {@code jdk.unsupported} module. Ids settle it
     * for a thread whose class is exactly {@code Thread} (what {@code
     * Executors.defaultThreadFactory()} makes): its id is its own, and it owns this tier only if
     * the owner was such a thread with that id. Other threads are compared by identity.
     */
    boolean ownedByWhereIdsCanLie(Thread thread, long id) {
        // Against a constant class the JIT compares the header's class word: one load, from the
        // thread object whose id the caller has just read.
        if (thread.getClass() == Thread.class) {
            return id == plainThreadId;
        }
        // get(), not refersTo(): on JDK 17 refersTo() is a native call, which took a sixth of a
        // round trip's samples, and get() a JIT intrinsic of two loads. Its keep-alive barrier
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
     * can be collected, and, in a tier whose owner stored nothing since then, forgets the
     * references to objects on loan. Never hands them out. Racing an owner that comes back at that
     * moment, it may lose an object the owner stores or takes, which the owner then counts
     * ({@link #forgottenIdle()}). Skips the tier, leaving its objects one cycle longer, when a
     * spill holds the {@link #spillGuard} through all its tries.
     *
     * @return how many objects were dropped (racy: the owner may have taken one meanwhile)
     */
    int evictOlderThan(long epoch) {
        if (!MaintenanceTries.tryTake(this, ThreadTier::tryTakeSpillGuard)) {
            return 0;
        }
        try {
            int top = size;
            int dropped;
            if ((long) NEWEST_EPOCH.getOpaque(this) < epoch) {
                dropped = evictOldest(top);
                forgetLent(top);
            } else {
                dropped = evictOldest(Math.min(storedBeforeAtMost(epoch), top));
            }
            removed += dropped;
            giveBackSpillGuard();
            return dropped;
        } catch (Throwable t) {
            spillGuard = 0; // as in spill()
            throw t;
        }
    }

    /**
     * The owner at its first store in a GC cycle, or the sweep of a tier whose owner has not stored
     * since the cycle before: drops the references from slot {@code top} up, which are to objects
     * on loan, uncounted (they were counted when taken). The sweep's {@code top} may be stale, so
     * it marks rather than nulls, by a CAS on the value it read (see the class comment); the
     * owner's is exact.
     */
    private void forgetLent(int top) {
        for (int i = top; i < slots.length; i++) {
            Object obj = slots[i];
            if (obj != null && obj != FORGOTTEN) {
                SLOT.compareAndSet(slots, i, obj, FORGOTTEN);
            }
        }
    }

    /** Owner only: an idle object the sweep forgot as if on loan is lost, and counted so. */
    private void countForgottenIdle() {
        FORGOTTEN_IDLE.setOpaque(this, forgottenIdle + 1);
    }

    /**
     * Any thread, for {@link #evictOlderThan}, which knows the newest band is not older than
     * {@code epoch}: how many of the oldest objects certainly were stored before it. Racy reads of
     * the owner's plain int fields, which cannot tear.
     */
    private int storedBeforeAtMost(long epoch) {
        long previous = (long) PREVIOUS_EPOCH.getOpaque(this);
        if (previous < epoch) {
            return storedBeforeNewest;
        }
        return previous == epoch ? storedBeforePrevious : 0;
    }

    /**
     * Any thread: nulls the {@code count} oldest slots and returns how many held an object. A CAS,
     * as in moveDown(): an object the owner moves to a lower slot meanwhile is counted there, not
     * here. (The owner's poll() does not write the slot: a sweep racing it for its newest object
     * may still count that object as removed although the owner took it.)
     */
    private int evictOldest(int count) {
        int dropped = 0;
        for (int i = 0; i < count; i++) {
            Object obj = slots[i];
            if (obj != null && obj != FORGOTTEN && SLOT.compareAndSet(slots, i, obj, null)) {
                dropped++;
            }
        }
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
        int fresh = newestEpoch == epoch ? storedBeforeNewest : size;
        for (int i = 0; i < size; i++) {
            Object obj = slots[i];
            if (obj == FORGOTTEN) {
                countForgottenIdle();
            } else if (obj != null) {
                removed++;
                if (i >= fresh && stripes.offer(ownerHash, obj)) {
                    handedBack++;
                }
            }
        }
        Arrays.fill(slots, null);
        return handedBack;
    }

    /** Any thread: objects held now; racy, exact when the owner is not using the pool. */
    int idle() {
        return held(false);
    }

    /**
     * Any thread: idle objects the sweep forgot as if on loan, those the owner met and those it has
     * yet to meet; racy, exact when the owner is not using the pool.
     */
    long forgottenIdle() {
        return (long) FORGOTTEN_IDLE.getOpaque(this) + held(true);
    }

    /** Any thread: slots below {@code size} holding an object, or marked {@link #FORGOTTEN} if {@code forgotten}. */
    private int held(boolean forgotten) {
        int held = 0;
        for (int i = 0, top = size; i < top; i++) {
            Object obj = slots[i];
            if (obj != null && (obj == FORGOTTEN) == forgotten) {
                held++;
            }
        }
        return held;
    }

    /**
     * Objects the owner took back: every object stored or moved in here was taken, moved out,
     * removed or forgotten by the sweep, or is still idle. Under the tiers' monitor; racy while the
     * owner works, exact when it does not (a sweep racing the owner for one object may count it as
     * removed although the owner took it).
     */
    long hits() {
        return stored() + (long) MOVED_IN.getOpaque(this) - (long) MOVED_OUT.getOpaque(this) - removed - forgottenIdle()
                - idle();
    }

    long stored() {
        return (long) STORED.getOpaque(this);
    }
}
