package dev.poolforge.internal;

/** A seat's one field, a cache line from either end of the seat. */
abstract class LaneSeatHash extends CacheLinePadding {
    /** What the lanes spread onto a lane index; never 0, which the step in {@link LaneSeat#move} keeps. */
    int laneHash;
}

/**
 * Which lane a platform thread of a pool without tiers ({@code perThread(0)}) uses: at first the
 * one its id hashes to, as for a virtual thread, then another each time it finds a second thread
 * using that lane, as {@code LongAdder} moves a thread to another cell after a failed CAS. Two
 * threads on one lane take each other's objects and pass its line between their cores at every
 * call, 7 to 11 times as slow as a thread alone on its lane (benchmarks/README.md), and hashing
 * alone puts two of a few busy threads on one lane often (some two of four threads on 16 lanes,
 * one time in three). A seat holds no object, so the pool's bound is untouched.
 *
 * <p>Two signs move it ({@link Lanes}): a release that loses the lane's CAS to another thread,
 * and an acquire that takes an object another thread put there (the lane keeps the seat that
 * filled it). The lost race alone missed pairs that share a lane without racing, each taking what
 * the other released, and such a pair stayed on one lane for a whole benchmark fork at three
 * times the cost of two lanes (benchmarks/README.md). A lane found empty is no sign: a thread that
 * acquires twice before it releases finds its lane empty the second time. A round trip reads the
 * seat and never writes it.
 *
 * <p>Owner only: read and written by the thread whose tier record holds this seat, and no other.
 * Read at every call, so padded on both sides: the seat is allocated on its thread, just before
 * the first object the thread creates for the pool, and that object may go to another thread,
 * which writes it at every call. Unpadded, the seat shared a line with it in the one slow benchmark
 * fork traced, and its thread paid for the other's every write (benchmarks/README.md).
 */
final class LaneSeat extends LaneSeatHash {
    long p10, p11, p12, p13, p14, p15, p16, p17;

    LaneSeat(int threadHash) {
        this.laneHash = threadHash != 0 ? threadHash : 1;
    }

    int laneHash() {
        return laneHash;
    }

    /**
     * To the next lane, after a sign of another thread in this one: a xorshift step, as {@code
     * ThreadLocalRandom} advances a thread's probe, so that threads leaving one lane go to
     * different ones, and each thread in time to every lane.
     */
    void move() {
        int h = laneHash;
        h ^= h << 13;
        h ^= h >>> 17;
        h ^= h << 5;
        laneHash = h;
    }
}
