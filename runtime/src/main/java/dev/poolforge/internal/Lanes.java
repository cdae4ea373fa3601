package dev.poolforge.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;

/**
 * Padding before a lane's fields: each lane is written by the threads that hash to it, and lies
 * next to another lane or to the array of lanes, which every thread reads; 64 bytes on either side
 * keep those off the lane's cache line.
 *
 * <p>Bytes, not longs. Since JDK 15 HotSpot puts a subclass's field into a hole a superclass left:
 * eight longs after the 12-byte object header left a 4-byte hole at offset 12, and {@link
 * LaneFields#current}, the field every acquire and release CASes, went into it, right after the
 * header. Lane 0 then shared a line with the tail of the array of lanes, and one thread's CAS there
 * slowed another thread's read of its lane by about three times (benchmarks/README.md). Bytes leave
 * no hole, whatever the header's size.
 */
abstract class LanePaddingBefore {
    byte p000, p001, p002, p003, p004, p005, p006, p007, p008, p009, p010, p011, p012, p013, p014, p015;
    byte p016, p017, p018, p019, p020, p021, p022, p023, p024, p025, p026, p027, p028, p029, p030, p031;
    byte p032, p033, p034, p035, p036, p037, p038, p039, p040, p041, p042, p043, p044, p045, p046, p047;
    byte p048, p049, p050, p051, p052, p053, p054, p055, p056, p057, p058, p059, p060, p061, p062, p063;
}

/**
 * A lane's object in each generation and its count of takes, side by side (20 bytes, on one line
 * unless the lane's place in the heap puts a line's end among them): the thread that took the
 * object counts it on the line it already holds.
 */
abstract class LaneFields extends LanePaddingBefore {
    /** The lane's object of the current generation, or null. */
    volatile Object current;
    /** The object the last GC-cycle rotation moved out of {@link #current}, or null. */
    volatile Object victim;
    /** Acquires served by this lane, from either generation. */
    volatile long hits;
}

/** One lane: one idle object, or none, in each generation. */
final class Lane extends LaneFields {
    long p10, p11, p12, p13, p14, p15, p16, p17;
}

/**
 * The front of the pool for threads without a tier (virtual threads, and every thread of a pool
 * with {@code perThread(0)}): one-object lanes, each on a cache line of its own, that a thread
 * finds by its id's hash. A release stores its object in the thread's lane, an acquire takes it
 * back, each with one CAS on a line that other threads rarely touch; without lanes such a thread
 * went to the stripes, whose flags two carrier threads running many virtual threads meet at
 * nearly every call (benchmarks/README.md).
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
     */
    Object poll(int threadHash) {
        if (lanes.length == 0) {
            return null;
        }
        Lane lane = lanes[Threads.spread(threadHash, lanes.length)];
        Object obj = lane.current;
        if (obj != null && CURRENT.compareAndSet(lane, obj, null)) {
            HITS.getAndAdd(lane, 1L);
            return obj;
        }
        obj = lane.victim;
        if (obj != null && VICTIM.compareAndSet(lane, obj, null)) {
            HITS.getAndAdd(lane, 1L);
            return obj;
        }
        return null;
    }

    /**
     * Puts {@code obj} in the caller's lane. When the lane holds another object, the two swap, so
     * that the caller's next acquire returns {@code obj} (last in, first out) and the caller
     * finds the older object a place in the stripes.
     *
     * @return null when {@code obj} went into an empty lane (counted by {@link #stored}); the older
     *     object when they swapped, which the caller must store or drop, and count; {@code obj}
     *     itself when another thread changed the lane first, or there is none; {@link
     *     #RELEASED_TWICE} when the lane holds {@code obj} already
     */
    Object offer(int threadHash, Object obj) {
        if (lanes.length == 0) {
            return obj;
        }
        Lane lane = lanes[Threads.spread(threadHash, lanes.length)];
        Object held = lane.current;
        if (held == obj) {
            return RELEASED_TWICE;
        }
        if (CURRENT.compareAndSet(lane, held, obj)) {
            return held;
        }
        return obj;
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
