package dev.poolforge;

/**
 * A snapshot of a pool's counters, taken by {@link Pool#stats()}. Exact when the pool is quiescent;
 * while other threads use it, each figure is a recent value and {@code acquires() == hits() +
 * misses()} still holds.
 */
public final class PoolStats {
    private final long hits;
    private final long misses;
    private final long releases;
    private final long drops;
    private final long evictions;
    private final int idle;

    private PoolStats(long hits, long misses, long releases, long drops, long evictions, int idle) {
        this.hits = hits;
        this.misses = misses;
        this.releases = releases;
        this.drops = drops;
        this.evictions = evictions;
        this.idle = idle;
    }

    /**
     * A snapshot with the given figures, for pools that report counters of their own and for
     * tests. {@link Pool#stats()} is how a pool's figures are read.
     *
     * @param hits acquires served with an idle object
     * @param misses acquires that created a new object
     * @param releases releases of a non-null object
     * @param drops released objects not kept
     * @param evictions idle objects dropped by GC cycles
     * @param idle idle objects held
     * @return the snapshot
     * @throws IllegalArgumentException if a figure is negative, naming it and its value
     */
    public static PoolStats of(long hits, long misses, long releases, long drops, long evictions, int idle) {
        return new PoolStats(
                notNegative("hits", hits),
                notNegative("misses", misses),
                notNegative("releases", releases),
                notNegative("drops", drops),
                notNegative("evictions", evictions),
                (int) notNegative("idle", idle));
    }

    /** @return calls of {@link Pool#acquire()}; always {@code hits() + misses()} */
    public long acquires() {
        return hits + misses;
    }

    /** @return acquires served with an idle object */
    public long hits() {
        return hits;
    }

    /** @return acquires that had to create a new object (calls of {@code create()}) */
    public long misses() {
        return misses;
    }

    /** @return calls of {@link Pool#release(Object)} with a non-null object */
    public long releases() {
        return releases;
    }

    /**
     * @return released objects not kept: the reset refused or threw, the pool was full, or pooling
     *     is disabled
     */
    public long drops() {
        return drops;
    }

    /** @return idle objects dropped because they went unused through two GC cycles */
    public long evictions() {
        return evictions;
    }

    /** @return idle objects held when the snapshot was taken */
    public int idle() {
        return idle;
    }

    /** @return {@code hits() / acquires()}, or 0 before the first acquire */
    public double hitRate() {
        long acquires = acquires();
        return acquires == 0 ? 0.0 : (double) hits / acquires;
    }

    private static long notNegative(String figure, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(figure + " must not be negative, was " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "PoolStats{acquires=" + acquires()
                + ", hits=" + hits
                + ", misses=" + misses
                + ", releases=" + releases
                + ", drops=" + drops
                + ", evictions=" + evictions
                + ", idle=" + idle + '}';
    }
}
