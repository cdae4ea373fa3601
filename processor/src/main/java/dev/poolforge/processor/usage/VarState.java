package dev.poolforge.processor.usage;

import java.util.EnumSet;
import java.util.Set;

/**
 * One element of the analysis lattice: what a variable may hold ({@link Ownership}s, one per kind
 * of path reaching this point) and the sites that messages point to. Immutable. The join is the
 * union of the sets, keeping the earliest site of each kind, so it is commutative and the
 * analysis of a loop reaches a fixpoint.
 *
 * @param possible every ownership some path can give the variable here; never empty
 * @param acquired where the object was acquired, when {@code possible} contains LIVE
 * @param released where it was released, when {@code possible} contains RELEASED
 * @param escaped where it escaped, when {@code possible} contains ESCAPED
 */
record VarState(Set<Ownership> possible, Site acquired, Site released, Site escaped) {

    static final VarState UNKNOWN = new VarState(EnumSet.of(Ownership.UNKNOWN), null, null, null);

    VarState {
        possible = Set.copyOf(possible);
    }

    static VarState live(Site acquired) {
        return new VarState(EnumSet.of(Ownership.LIVE), acquired, null, null);
    }

    static VarState released(Site released) {
        return new VarState(EnumSet.of(Ownership.RELEASED), null, released, null);
    }

    boolean may(Ownership ownership) {
        return possible.contains(ownership);
    }

    /** Whether every path gives the variable this ownership (a message then says "is", not "may be"). */
    boolean always(Ownership ownership) {
        return possible.size() == 1 && may(ownership);
    }

    /** The object, if still owned, now belongs to someone else. */
    VarState escape(Site site) {
        if (!may(Ownership.LIVE)) {
            return this;
        }
        EnumSet<Ownership> now = EnumSet.copyOf(possible);
        now.remove(Ownership.LIVE);
        now.add(Ownership.ESCAPED);
        return new VarState(now, acquired, released, Site.earlier(escaped, site));
    }

    VarState join(VarState other) {
        EnumSet<Ownership> both = EnumSet.copyOf(possible);
        both.addAll(other.possible);
        return new VarState(both,
                Site.earlier(acquired, other.acquired),
                Site.earlier(released, other.released),
                Site.earlier(escaped, other.escaped));
    }
}
