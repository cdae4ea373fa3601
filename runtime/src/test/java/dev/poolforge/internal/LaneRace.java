package dev.poolforge.internal;

import org.openjdk.jcstress.infra.results.IIII_Result;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * One lane holding a victim and a current object, for the jcstress tests that race two of a take,
 * a release, the GC-cycle rotation and a clear on it: each of the three objects must end up in
 * exactly one place (taken, handed back by the release, dropped by the rotation, dropped by the
 * clear, or still in the lane), never two, never none. Without a clear each test's only acceptable
 * outcome is "1, 1, 1"; a clear drops objects by count, so its tests report that count beside the
 * other places, and accept the outcomes where each object has at most one other place and the four
 * add up to three.
 */
abstract class LaneRace {
    private static final int HASH = 0;

    private final Lanes lanes = new Lanes(1);
    private final Object victim = new Object();
    private final Object current = new Object();
    private final Object released = new Object();
    private Object taken;
    private Object handedBack;
    private boolean releaseRan;
    private long dropped;
    private long cleared;

    LaneRace() {
        lanes.offer(HASH, victim);
        lanes.rotate();
        lanes.offer(HASH, current);
    }

    final void take() {
        taken = lanes.poll(HASH);
    }

    final void release() {
        handedBack = lanes.offer(HASH, released);
        releaseRan = true;
    }

    final void rotate() {
        dropped = lanes.rotate();
    }

    final void clear() {
        cleared = lanes.clear();
    }

    /** r1 to r3: the places of the victim, the current object and the released one. */
    final void places(III_Result r) {
        int[] places = drainAndCountPlaces();
        r.r1 = places[0];
        r.r2 = places[1];
        r.r3 = places[2];
    }

    /** {@link #places(III_Result)} in r1 to r3, and in r4 how many objects the clear dropped. */
    final void placesBesidesTheClear(IIII_Result r) {
        int[] places = drainAndCountPlaces();
        r.r1 = places[0];
        r.r2 = places[1];
        r.r3 = places[2];
        r.r4 = (int) cleared;
    }

    /** Drains the lane and counts each object's places but the clear: the victim, current and released one. */
    private int[] drainAndCountPlaces() {
        Object[] left = {lanes.poll(HASH), lanes.poll(HASH), lanes.poll(HASH)};
        return new int[] {
            places(victim, left) + (int) dropped, // only the victim there at the start can be dropped
            places(current, left),
            places(released, left) + (releaseRan ? 0 : 1), // in its caller's hands in a race without a release
        };
    }

    private int places(Object obj, Object[] left) {
        int places = (taken == obj ? 1 : 0) + (handedBack == obj ? 1 : 0);
        for (Object idle : left) {
            places += idle == obj ? 1 : 0;
        }
        return places;
    }
}
