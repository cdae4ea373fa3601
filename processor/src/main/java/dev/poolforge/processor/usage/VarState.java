package dev.poolforge.processor.usage;

/**
 * One element of the analysis lattice: what a variable may hold ({@link Ownership}s, one per kind
 * of path reaching this point) and the sites that messages point to. Immutable. The join is the
 * union of the sets, keeping the earliest site of each kind, so it is commutative and the
 * analysis of a loop reaches a fixpoint. The set is a bit mask (bit {@code 1 << ordinal}): states
 * are made and compared at every statement of every method javac compiles.
 *
 * @param possible every ownership some path can give the variable here, as bits; never 0
 * @param acquired where the object was acquired, when {@code possible} contains LIVE
 * @param released where it was released, when {@code possible} contains RELEASED
 * @param escaped where it escaped, when {@code possible} contains ESCAPED
 */
record VarState(int possible, Site acquired, Site released, Site escaped) {

    static final VarState UNKNOWN = new VarState(bit(Ownership.UNKNOWN), null, null, null);

    static VarState live(Site acquired) {
        return new VarState(bit(Ownership.LIVE), acquired, null, null);
    }

    static VarState released(Site released) {
        return new VarState(bit(Ownership.RELEASED), null, released, null);
    }

    boolean may(Ownership ownership) {
        return (possible & bit(ownership)) != 0;
    }

    /** Whether every path gives the variable this ownership (a message then says "is", not "may be"). */
    boolean always(Ownership ownership) {
        return possible == bit(ownership);
    }

    /** The object, if still owned, now belongs to someone else. */
    VarState escape(Site site) {
        if (!may(Ownership.LIVE)) {
            return this;
        }
        return new VarState(possible & ~bit(Ownership.LIVE) | bit(Ownership.ESCAPED),
                acquired, released, Site.earlier(escaped, site));
    }

    VarState join(VarState other) {
        if (equals(other)) {
            return this;
        }
        return new VarState(possible | other.possible,
                Site.earlier(acquired, other.acquired),
                Site.earlier(released, other.released),
                Site.earlier(escaped, other.escaped));
    }

    private static int bit(Ownership ownership) {
        return 1 << ownership.ordinal();
    }
}
