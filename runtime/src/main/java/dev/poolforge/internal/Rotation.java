package dev.poolforge.internal;

/**
 * What one GC-cycle rotation of a pool's stripes did.
 *
 * @param movedToVictim idle objects that became the victim generation
 * @param dropped objects of the previous victim generation that were dropped
 */
record Rotation(long movedToVictim, long dropped) {
}
