package dev.poolforge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolforge.GcCycles;
import dev.poolforge.PoolConfig;
import dev.poolforge.PoolStats;
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

    private static void runOnLane(int lane, Runnable task) throws InterruptedException {
        Thread thread = LaneThreads.onLane(lane, TIERLESS, task, "lane-" + lane);
        thread.start();
        thread.join();
    }
}
