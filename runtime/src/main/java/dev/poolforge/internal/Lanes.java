package dev.poolforge.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;

/**
 * A lane's object in each generation, its count of takes and its last filler, side by side (on
 * one line unless the lane's place in the heap puts a line's end among them): the thread that took
 * the object counts it on the line it already holds. Each lane lies next to another lane or to the
 * array of lanes, which every thread reads: 64 bytes on either side keep those off its line.
 */
abstract class LaneFields extends CacheLinePadding {
    /** The lane's object of the current generation, or null. */
    volatile Object current;
    /** The object the last GC-cycle rotation moved out of {@link #current}, or null. */
    volatile Object victim;
    /** Acquires served by this lane, from either generation. */
    volatile long hits;
    /**
     * The seat of the platform thread that filled {@link #current} last; null after a virtual
     * thread's store. Plain: a hint, written on the line the store's CAS has just taken, and a
     * stale read moves a thread once too often or once too few.
     */
    LaneSeat filledBy;
}

/** One lane: one idle object, or none, in each generation. */
final class Lane extends LaneFields {
    long p10, p11, p12, p13, p14, p15, p16, p17;
}

/**
 * The front of the pool for threads without a tier (virtual threads, and every thread of a pool
 * with {@code perThread(0)}): one-object lanes, each on a cache line of its own. A virtual thread
 * finds its lane by its id's hash; a platform thread starts there too, and moves to another lane
 * each time it finds another thread using its lane ({@link LaneSeat}). A release stores
 * its object in the thread's lane, an acquire takes it back, each with one CAS on a line that
 * other threads rarely touch; without lanes such a thread went to the stripes, whose flags two
 * carrier threads running many virtual threads meet at nearly every call (benchmarks/README.md).
 *
 * <p>Every lane has a current and a victim generation, like a stripe: the GC-cycle rotation drops
 * the victims and moves each current object to its lane's victim, so a lane's object lives two
 * cycles idle at most. Lanes count against the pool's bound: each stripe lends a quarter of its
 * capacity to them ({@link #countFor}), so {@code 2 * stripes * capacityPerStripe} still bounds
 * the stripes and the lanes together.
 *
 * <p>Acquires, releases and the rotation move an object into or out of a lane only by CAS, and
 * {@link #clear} takes it out with {@code getAndSet}, so exactly one of them gets it. Only the
 * rotation, on the GC clock's thread, stores a non-null victim, into a victim slot it has just
 * seen empty; so no other store can overwrite it. No lane is ever held: a thread that loses a CAS
 * goes to the stripes, and a {@code Throwable} thrown anywhere in between leaves nothing held (at
 * worst a count short by one).
 */
final class Lanes {
    /** What {@link #offer} returns when the lane already holds the object: released twice in a row. */
    static final Object RELEASED_TWICE = new Object();

    /**
     * The most lanes a pool has, however many stripes could lend them: each lane takes about 160
     * bytes (its padding included) and a step of every rotation.
     */
    static final int MAX_LANES = 64;

    private static final VarHandle CURRENT;
    private static final VarHandle VICTIM;
    private static final VarHandle HITS;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            CURRENT = lookup.findVarHandle(LaneFields.class, "current", Object.class);
            VICTIM = lookup.findVarHandle(LaneFields.class, "victim", Object.class);
            HITS = lookup.findVarHandle(LaneFields.class, "hits", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Lane[] lanes;
    /** Victims the rotation dropped; written by the clock's thread only. */
    private volatile long evicted;
    /** Objects {@link #clear} dropped. */
    private final LongAdder cleared = new LongAdder();

    /** @param count from {@link #countFor}; 0 for a pool whose stripes are too small to lend any */
    Lanes(int count) {
        lanes = new Lane[count];
        for (int i = 0; i < count; i++) {
            lanes[i] = new Lane();
        }
    }

    /**
     * How many lanes a pool has: a quarter of each stripe's capacity, at most {@link #MAX_LANES}
     * in all. Each stripe gives up {@link #shareOfStripe} slots for them.
     */
    static int countFor(int stripes, int capacityPerStripe) {
        return (int) Math.min(MAX_LANES, (long) stripes * (capacityPerStripe / 4));
    }

    /** The slots each stripe gives up for {@code lanes} lanes: their count, rounded up, over the stripes. */
    static int shareOfStripe(int lanes, int stripes) {
        return (lanes + stripes - 1) / stripes;
    }

    /**
     * The object in the caller's lane, the current generation first, or null. The victim comes
     * before the stripes: it is what this thread released last, before the latest GC cycle.
     *
     * @param seat the lane of a platform thread in a pool without tiers, which moves when the
     *     object it takes is another thread's; null for a virtual thread, whose lane is the one
     *     {@code threadHash} spreads to
     */
    Object poll(int threadHash, LaneSeat seat) {
        if (lanes.length == 0) {
            return null;
        }
        Lane lane = laneOf(threadHash, seat);
        Object obj = lane.current;
        if (obj != null && CURRENT.compareAndSet(lane, obj, null)) {
            return taken(lane, obj, seat);
        }
        obj = lane.victim;
        if (obj != null && VICTIM.compareAndSet(lane, obj, null)) {
            return taken(lane, obj, seat);
        }
        return null;
    }

    /**
     * Counts a take, and moves the taker's seat when another thread filled the lane: two threads
     * can share a lane without ever losing a race for it, each taking what the other released.
     */
    private static Object taken(Lane lane, Object obj, LaneSeat seat) {
        HITS.getAndAdd(lane, 1L);
        if (seat != null && lane.filledBy != seat) {
            seat.move();
        }
        return obj;
    }

    /**
     * Puts {@code obj} in the caller's lane. When the lane holds another object, the two swap, so
     * that the caller's next acquire returns {@code obj} (last in, first out) and the caller
     * finds the older object a place in the stripes. A seat that loses the lane to another thread
     * moves.
     *
     * @param seat as for {@link #poll}
     * @return null when {@code obj} went into an empty lane (counted by {@link #stored}); the older
     *     object when they swapped, which the caller must store or drop, and count; {@code obj}
     *     itself when another thread changed the lane first, or there is none; {@link
     *     #RELEASED_TWICE} when the lane holds {@code obj} already
     */
    Object offer(int threadHash, LaneSeat seat, Object obj) {
        if (lanes.length == 0) {
            return obj;
        }
        Lane lane = laneOf(threadHash, seat);
        Object held = lane.current;
        if (held == obj) {
            return RELEASED_TWICE;
        }
        if (CURRENT.compareAndSet(lane, held, obj)) {
            lane.filledBy = seat;
            return held;
        }
        if (seat != null) {
            seat.move();
        }
        return obj;
    }

    private Lane laneOf(int threadHash, LaneSeat seat) {
        return lanes[Threads.spread(seat == null ? threadHash : seat.laneHash(), lanes.length)];
    }

    /**
     * The GC-cycle rotation: drops each lane's victim, then moves its current object to the
     * victim. Only the clock's thread calls it, so nothing else stores a victim in between.
     *
     * @return how many victims were dropped
     */
    long rotate() {
        long dropped = 0;
        for (Lane lane : lanes) {
            Object victim = lane.victim;
            if (victim != null && VICTIM.compareAndSet(lane, victim, null)) {
                dropped++;
            }
            // The victim slot is empty now: the CAS above emptied it, or a taker did, and only
            // this thread ever fills it.
            Object current = lane.current;
            if (current != null && CURRENT.compareAndSet(lane, current, null)) {
                lane.victim = current;
            }
        }
        evicted += dropped; // one writer, so a volatile read and write suffice
        return dropped;
    }

    /**
     * Drops every idle object. A rotation running at the same time may move one lane's object to
     * its victim slot after this emptied it; the next rotations drop it, as they drop any object.
     *
     * @return how many objects it dropped
     */
    long clear() {
        long dropped = 0;
        for (Lane lane : lanes) {
            dropped += (CURRENT.getAndSet(lane, null) != null ? 1 : 0) + (VICTIM.getAndSet(lane, null) != null ? 1 : 0);
        }
        cleared.add(dropped);
        return dropped;
    }

    /** Idle objects in both generations; racy, exact when no user thread uses the pool. */
    int idle() {
        return (int) sum(lane -> (lane.current != null ? 1 : 0) + (lane.victim != null ? 1 : 0));
    }

    /** Victim-generation objects; racy. */
    long victims() {
        return sum(lane -> lane.victim != null ? 1 : 0);
    }

    long hits() {
        return sum(lane -> lane.hits);
    }

    /**
     * Objects stored into empty lanes: not counted as they come in, which would cost each release
     * an atomic add, but from where they went since (taken, evicted, cleared, or still idle). A
     * swap needs no count: the object it takes out went to the stripes, which count its store as
     * the release's, and the one it puts in is counted where it goes next. Racy while the lanes are
     * in use, like every count here, and exact when they are not.
     *
     * @param hits {@link #hits()}, read by the caller
     * @param idle {@link #idle()}, read by the caller
     */
    long stored(long hits, int idle) {
        return hits + evicted + cleared.sum() + idle;
    }

    /** The sum of {@code count} over every lane; for maintenance and stats, never the hot path. */
    private long sum(ToLongFunction<Lane> count) {
        long sum = 0;
        for (Lane lane : lanes) {
            sum += count.applyAsLong(lane);
        }
        return sum;
    }
}
