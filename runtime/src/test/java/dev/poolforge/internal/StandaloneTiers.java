package dev.poolforge.internal;

/** Thread tiers outside a pool, for the tests of the tiers themselves. */
final class StandaloneTiers {
    private StandaloneTiers() {
    }

    /** Tiers of {@code perThread} slots in a table of their own, spilling into {@code stripes}. */
    static ThreadTiers of(int perThread, Stripes stripes) {
        TierTable table = new TierTable();
        table.tiers = new ThreadTiers(table, perThread, stripes, GcClock.instance());
        return table.tiers;
    }
}
