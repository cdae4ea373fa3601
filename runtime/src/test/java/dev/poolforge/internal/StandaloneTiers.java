package dev.poolforge.internal;

/** A tier table outside a pool, for the tests of the tiers themselves. */
final class StandaloneTiers {
    private StandaloneTiers() {
    }

    /** A table of its own, with tiers of {@code perThread} slots that spill into {@code stripes}. */
    static TierTable table(int perThread, Stripes stripes) {
        TierTable table = new TierTable();
        table.useTiers(perThread, false, stripes, GcClock.instance());
        return table;
    }
}
