package dev.poolforge.internal;

import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * One lane holding a victim and a current object, for the jcstress tests that race two of a take,
 * a release, the GC-cycle rotation and a clear on it: each of the three objects must end up in
 * exactly one place (taken, handed back by the release, dropped by the rotation, dropped by the
 * clear, or still in the lane), never two, never none. The clear drops objects by count, so the
 * tests report that count beside the other places: without a clear the only acceptable outcome
 * is "1, 1, 1, 0"; with one, each test accepts the outcomes its interleavings allow, in each of which
 * every object has one place.
 */
abstract class LaneRace {
    private static final int HASH = 0;

    private final Lanes lanes = new Lanes(1);
    /**
     * The racing take and release come from platform threads' seats, which the race may move
     * (within the one lane).
     */
    private final LaneSeat takerSeat = new LaneSeat(1);
    private final LaneSeat releaserSeat = new LaneSeat(2);
    private final Object victim = new Object();
    private final Object current = new Object();
    private final Object released = new Object();
    private Object taken;
    private Object handedBack;
    private boolean releaseRan;
    private long dropped;
    private long cleared;

    LaneRace() {
        lanes.offer(HASH, null, victim);
        lanes.rotate();
        lanes.offer(HASH, null, current);
    }

    final void take() {
        taken = lanes.poll(HASH, takerSeat);
    }

    final void release() {
        handedBack = lanes.offer(HASH, releaserSeat, released);
        releaseRan = true;
    }

    final void rotate() {
        dropped = lanes.rotate();
    }

    final void clear() {
        cleared = lanes.clear();
    }

    /**
     * Drains the lane and counts each object's places but the clear: r1 the victim, r2 the current
     * one, r3 the released one; r4 how many objects the clear dropped (0 in a race without one).
     */
    final void places(IIII_Result r) {
        Object[] left = {lanes.poll(HASH, null), lanes.poll(HASH, null), lanes.poll(HASH, null)};
        r.r1 = places(victim, left) + (int) dropped; // only the victim there at the start can be dropped
        r.r2 = places(current, left);
        r.r3 = places(released, left) + (releaseRan ? 0 : 1); // in its caller's hands in a race without a release
        r.r4 = (int) cleared;
    }

    private int places(Object obj, Object[] left) {
        int places = (taken == obj ? 1 : 0) + (handedBack == obj ? 1 : 0);
        for (Object idle : left) {
            places += idle == obj ? 1 : 0;
        }
        return places;
    }
}
