package dev.poolforge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolforge.GcCycles;
import dev.poolforge.PoolConfig;
import dev.poolforge.PoolStats;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** The lanes of threads without a tier, through the pool's core: order, victims, the bound, misuse. */
class LanesTest {
    private static final int STRIPES = 2;
    private static final int CAPACITY = 8;
    private static final PoolConfig TIERLESS =
            PoolConfig.builder().stripes(STRIPES).capacityPerStripe(CAPACITY).perThread(0).build();
    private static final int LANES = LaneThreads.lanes(TIERLESS);
    private static final int BOUND = 2 * STRIPES * CAPACITY;

    private static PoolCore tierlessCore() {
        return new PoolCore(TIERLESS, "lanes");
    }

    @Test
    void aThreadWithoutATierGetsBackWhatItReleasedLastFirst() {
        PoolCore core = tierlessCore();
        Object older = new Object();
        Object newer = new Object();
        core.offer(older);
        core.offer(newer); // takes the lane; the older object moves to the stripes

        assertThat(core.poll()).isSameAs(newer);
        assertThat(core.poll()).isSameAs(older);
        assertThat(core.poll()).isNull();
        PoolStats stats = core.stats();
        assertThat(stats.hits()).isEqualTo(2);
        assertThat(stats.releases()).isEqualTo(2);
        assertThat(stats.drops()).isZero();
    }

    @Test
    void afterOneGcCycleTheLanesVictimComesBeforeFresherObjectsInTheStripes() throws Exception {
        PoolCore core = tierlessCore();
        Object mine = new Object();
        core.offer(mine);
        GcCycles.await(1);
        int anotherLane = (LaneThreads.laneOf(Thread.currentThread(), TIERLESS) + 1) % LANES;
        Object[] others = {new Object(), new Object()};
        runOnLane(anotherLane, () -> {
            core.offer(others[0]);
            core.offer(others[1]); // moves others[0] into the stripes' current generation
        });

        assertThat(core.poll()).isSameAs(mine);
        assertThat(core.poll()).isSameAs(others[0]);
    }

    /** A store into an empty lane alone must tell the clock that the pool holds objects again. */
    @Test
    void anObjectAloneInALaneIsDroppedAfterTwoGcCycles() {
        PoolCore core = tierlessCore();
        core.offer(new Object());
        assertThat(core.idle()).isEqualTo(1);

        GcCycles.await(2);

        assertThat(core.idle()).isZero();
        assertThat(core.stats().evictions()).isEqualTo(1);
    }

    @Test
    void lanesTakeTheirSlotsOutOfTheStripesSoBothGenerationsFullStayWithinTheBound() throws Exception {
        assertThat(LANES).as("lanes in this configuration").isEqualTo(4);
        PoolCore core = tierlessCore();
        for (int generation = 0; generation < 2; generation++) {
            for (int i = 0; i < BOUND; i++) {
                core.offer(new Object()); // fills this thread's lane and then the stripes
            }
            for (int lane = 0; lane < LANES; lane++) {
                runOnLane(lane, () -> core.offer(new Object()));
            }
            if (generation == 0) {
                GcCycles.await(1);
            }
        }

        assertThat(core.idle()).isBetween(BOUND / 2 + 1, BOUND);
        assertThat(core.stats().drops()).as("what found no room").isPositive();
    }

    @Test
    void releasingTheObjectInTheLaneAgainIsReportedAndCountedAsDropped() {
        PoolCore core = tierlessCore();
        Object obj = new Object();
        core.offer(obj);

        assertThatThrownBy(() -> core.offer(obj))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pool 'lanes'")
                .hasMessageContaining("released twice in a row");
        assertThat(core.stats().drops()).isEqualTo(1);
        assertThat(core.idle()).isEqualTo(1);
    }

    @Test
    void clearEmptiesTheLanesAndKeepsTheirReleasesCounted() {
        PoolCore core = tierlessCore();
        core.offer(new Object());
        core.offer(new Object());
        assertThat(core.idle()).isEqualTo(2);

        core.clear();

        assertThat(core.idle()).isZero();
        assertThat(core.stats().releases()).as("releases counted before the clear").isEqualTo(2);
        assertThat(core.poll()).isNull();
    }

    /**
     * Two platform threads whose ids hash to one lane would take each other's objects at every
     * call; the seat of one of them moves, and once apart they stay apart.
     */
    @Test
    void platformThreadsThatMeetAtALaneMoveApartAndStayApart() throws Exception {
        PoolCore core = tierlessCore();
        AtomicIntegerArray lanes = new AtomicIntegerArray(2);
        AtomicBoolean apart = new AtomicBoolean();
        AtomicIntegerArray lanesAfterMoreRoundTrips = new AtomicIntegerArray(2);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Thread[] threads = new Thread[2];
        for (int i = 0; i < threads.length; i++) {
            int me = i;
            threads[i] = LaneThreads.onLane(0, TIERLESS, () -> {
                while (!apart.get() && System.nanoTime() < deadline) {
                    roundTrips(core, 1_000);
                    lanes.set(me, laneOfSeat(core));
                    int mine = lanes.get(me);
                    int theirs = lanes.get(1 - me);
                    if (theirs >= 0 && theirs != mine) {
                        apart.set(true);
                    }
                }
                roundTrips(core, 100_000);
                lanesAfterMoreRoundTrips.set(me, laneOfSeat(core));
            }, "meeting-" + i);
        }
        lanes.set(0, -1); // not read yet
        lanes.set(1, -1);
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(apart).as("the two threads moved apart within 10 s").isTrue();
        assertThat(lanesAfterMoreRoundTrips.get(0)).isNotEqualTo(lanesAfterMoreRoundTrips.get(1));
    }

    /**
     * Threads that share a lane without ever racing for it, taking turns: the one that takes the
     * other's object moves, the one that filled the lane stays.
     */
    @Test
    void aPlatformThreadThatTakesAnotherThreadsObjectFromItsLaneMoves() throws Exception {
        PoolCore core = tierlessCore();
        Object left = new Object();
        Object[] ownBack = new Object[1];
        int[] fillerSeat = new int[2];
        runOnLane(0, () -> {
            core.offer(left);
            fillerSeat[0] = seatOf(core).laneHash();
            ownBack[0] = core.poll(); // its own object: no move
            core.offer(left);
            fillerSeat[1] = seatOf(core).laneHash();
        });
        Object[] taken = new Object[1];
        int[] takerSeat = new int[2];
        runOnLane(0, () -> {
            takerSeat[0] = seatOf(core).laneHash();
            taken[0] = core.poll();
            takerSeat[1] = seatOf(core).laneHash();
        });

        assertThat(ownBack[0]).isSameAs(left);
        assertThat(fillerSeat[1]).as("the filler's seat after taking its own object").isEqualTo(fillerSeat[0]);
        assertThat(taken[0]).isSameAs(left);
        assertThat(takerSeat[1]).as("the taker's seat after taking the filler's object").isNotEqualTo(takerSeat[0]);
    }

    /** Acquires and releases one object {@code n} times on the calling thread. */
    private static void roundTrips(PoolCore core, int n) {
        for (int i = 0; i < n; i++) {
            Object obj = core.poll();
            core.offer(obj != null ? obj : new Object());
        }
    }

    /** The lane the calling platform thread's seat points at now. */
    private static int laneOfSeat(PoolCore core) {
        return Threads.spread(seatOf(core).laneHash(), LANES);
    }

    /** The calling platform thread's seat. */
    private static LaneSeat seatOf(PoolCore core) {
        return core.tierOf(Thread.currentThread()).seat();
    }

    private static void runOnLane(int lane, Runnable task) throws InterruptedException {
        Thread thread = LaneThreads.onLane(lane, TIERLESS, task, "lane-" + lane);
        thread.start();
        thread.join();
    }
}
