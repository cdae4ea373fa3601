package dev.poolforge.processor.usage;

/**
 * What a local variable may hold at one point of a method, with respect to the pool. A variable's
 * {@link VarState} is a set of these: one for each kind of path that can reach the point, so that
 * "released on some path" is simply "the set contains {@link #RELEASED}".
 */
enum Ownership {
    /** Null, or an object this method did not take from a pool: nothing to check. */
    UNKNOWN,
    /** An object from {@code acquire()} that this method still owns and must give back. */
    LIVE,
    /** An object already given back with {@code release}: any further use is a bug. */
    RELEASED,
    /** An object handed to someone else (stored, returned, captured): not ours to release. */
    ESCAPED
}
