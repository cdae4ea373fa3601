package dev.poolforge.internal;

/**
 * Which lane a platform thread of a pool without tiers ({@code perThread(0)}) uses: at first the
 * one its id hashes to, as for a virtual thread, then another each time it loses a race for its
 * lane to another thread, as {@code LongAdder} moves a thread to another cell after a failed CAS.
 * Two threads on one lane take each other's objects and pass its line between their cores at every
 * call, 7 to 11 times as slow as a thread alone on its lane (benchmarks/README.md), and hashing
 * alone puts two of a few busy threads on one lane often (some two of four threads on 16 lanes,
 * one time in three). A seat holds no object, so the pool's bound is untouched.
 *
 * <p>Only a lost race moves the seat, not every sign that another thread passed (a lane found
 * empty after this thread filled it, say): moving on those too left some pairs of threads meeting
 * for whole benchmark runs (benchmarks/README.md). So a round trip reads the seat and never writes
 * it.
 *
 * <p>Owner only: read and written by the thread whose tier record holds this seat, and no other.
 */
final class LaneSeat {
    /** What the lanes spread onto a lane index; never 0, which the step in {@link #move} keeps. */
    private int laneHash;

    LaneSeat(int threadHash) {
        this.laneHash = threadHash != 0 ? threadHash : 1;
    }

    int laneHash() {
        return laneHash;
    }

    /**
     * To the next lane, after a lost race for this one: a xorshift step, as {@code
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
