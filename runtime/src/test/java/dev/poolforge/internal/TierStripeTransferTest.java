package dev.poolforge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Objects move between a thread's tier and the stripes several at a time, under one flag: a full
 * tier spills all but its newest object to a stripe's tail (all of them, if its thread only
 * released since its last spill), an empty tier refills with the objects at a stripe's head, its
 * oldest. Neither move changes the order a thread gets back the objects it
 * released, nor how long an object may stay idle (guarantees 2, 3 and 10).
 */
class TierStripeTransferTest {
    private final GcClock clock = GcClock.instance();

    /** What a thread that also acquires does to its tier: takes back the object it released last. */
    private void acquireOnce(ThreadTier tier, long epoch) {
        tier.push("taken", epoch);
        assertThat(tier.poll()).isEqualTo("taken");
    }

    /** A tier of 4 whose thread acquired once, then released {@code objects}, oldest first. */
    private ThreadTier acquiredOnceThenReleased(String... objects) {
        ThreadTier tier = new ThreadTier(4, Thread.currentThread(), 0);
        acquireOnce(tier, clock.epoch());
        release(tier, objects);
        return tier;
    }

    private void release(ThreadTier tier, String... objects) {
        for (String obj : objects) {
            tier.push(obj, clock.epoch());
        }
    }

    @Test
    void aFullTierOfAThreadThatAlsoAcquiresSpillsAllButItsNewestObjectOldestFirst() {
        Stripes stripes = new Stripes(1, 8, clock);
        ThreadTier tier = acquiredOnceThenReleased("a", "b", "c", "d");
        assertThat(tier.full()).isTrue();

        assertThat(stripes.spill(tier)).as("objects dropped as too old").isZero();

        assertThat(tier.full()).isFalse();
        assertThat(tier.poll()).isEqualTo("d");
        assertThat(tier.poll()).isNull();
        assertThat(stripes.poll(0, null)).isEqualTo("c");
        assertThat(stripes.poll(0, null)).isEqualTo("b");
        assertThat(stripes.poll(0, null)).isEqualTo("a");
        assertThat(stripes.poll(0, null)).isNull();
    }

    @Test
    void aFullTierOfAThreadThatOnlyReleasedSinceItsLastSpillSpillsEveryObject() {
        Stripes stripes = new Stripes(1, 8, clock);
        ThreadTier tier = acquiredOnceThenReleased("a", "b", "c", "d");
        stripes.spill(tier); // keeps "d": the thread acquired before
        release(tier, "e", "f", "g");

        stripes.spill(tier);

        assertThat(tier.poll()).isNull();
        for (String obj : new String[] {"g", "f", "e", "d", "c", "b", "a"}) {
            assertThat(stripes.poll(0, null)).isEqualTo(obj);
        }
    }

    @Test
    void aTierOfOneSlotSpillsItsOnlyObject() {
        Stripes stripes = new Stripes(1, 8, clock);
        ThreadTier tier = new ThreadTier(1, Thread.currentThread(), 0);
        tier.push("a", clock.epoch());

        stripes.spill(tier);

        assertThat(tier.poll()).isNull();
        assertThat(stripes.poll(0, null)).isEqualTo("a");
    }

    @Test
    void aSpillStopsAtAFullStripeLeavesTheRestInTheTierAndFreesOneSlotPerObjectMoved() {
        Stripes stripes = new Stripes(1, 1, clock);
        ThreadTier tier = new ThreadTier(3, Thread.currentThread(), 0);
        release(tier, "a", "b", "c");

        stripes.spill(tier);
        assertThat(stripes.poll(0, null)).isEqualTo("a");
        assertThat(tier.full()).as("full after moving one object out").isFalse();
        assertThat(tier.push("d", clock.epoch())).as("pushed out by d").isNull();
        assertThat(tier.full()).as("full again after one push").isTrue();

        assertThat(tier.poll()).isEqualTo("d");
        assertThat(tier.poll()).isEqualTo("c");
        assertThat(tier.poll()).isEqualTo("b");
        assertThat(tier.poll()).isNull();
    }

    @Test
    void aSpillMovesNothingWhileASweepHoldsTheTiersGuardAndGivesTheGuardBackAfterwards() {
        Stripes stripes = new Stripes(2, 8, clock);
        ThreadTier tier = acquiredOnceThenReleased("a", "b", "c", "d");
        assertThat(tier.tryTakeSpillGuard()).as("the sweep's try").isTrue();

        assertThat(stripes.spill(tier)).isZero();
        assertThat(tier.full()).as("still full: the spill gave up").isTrue();
        assertThat(stripes.idle()).isZero();

        tier.giveBackSpillGuard();
        stripes.spill(tier);
        assertThat(stripes.idle()).isEqualTo(3);
        assertThat(tier.tryTakeSpillGuard()).as("the guard is free again after a spill").isTrue();
    }

    @Test
    void aSpillDropsObjectsStoredBeforeTheStripesLatestRotation() {
        long epoch = clock.epoch();
        Stripes stripes = new Stripes(1, 8, clock);
        ThreadTier tier = new ThreadTier(4, Thread.currentThread(), 0);
        acquireOnce(tier, epoch);
        tier.push("old-1", epoch);
        tier.push("old-2", epoch);
        stripes.rotate(epoch + 1);
        tier.push("new-1", epoch + 1);
        tier.push("new-2", epoch + 1);

        // In the stripe, the old objects would live to the rotation of epoch + 3, one cycle longer than in the tier.
        assertThat(stripes.spill(tier)).as("objects dropped as too old").isEqualTo(2);

        assertThat(stripes.poll(0, null)).isEqualTo("new-1");
        assertThat(stripes.poll(0, null)).isNull();
        assertThat(tier.poll()).isEqualTo("new-2");
        assertThat(tier.idle()).isZero();
    }

    @Test
    void theObjectLeftInATierAfterASpillKeepsItsAge() {
        long epoch = clock.epoch();
        Stripes stripes = new Stripes(1, 8, clock);
        ThreadTier tier = new ThreadTier(4, Thread.currentThread(), 0);
        acquireOnce(tier, epoch);
        tier.push("old-1", epoch);
        tier.push("old-2", epoch);
        tier.push("new-1", epoch + 1);
        tier.push("new-2", epoch + 1);

        assertThat(stripes.spill(tier)).as("objects dropped as too old").isZero();

        assertThat(tier.evictOlderThan(epoch + 1)).as("dropped from the tier by the sweep of epoch + 2").isZero();
        assertThat(tier.poll()).isEqualTo("new-2");
    }

    @Test
    void anEmptyTierRefillsWithTheStripesOldestObjectsAndHandsThemOutNewestFirst() {
        Stripes stripes = new Stripes(1, 8, clock);
        for (String obj : new String[] {"a", "b", "c", "d", "e", "f"}) {
            stripes.offer(0, obj);
        }
        ThreadTier tier = new ThreadTier(4, Thread.currentThread(), 0);

        assertThat(stripes.poll(0, tier)).isEqualTo("a");

        assertThat(tier.idle()).isEqualTo(3);
        assertThat(tier.poll()).isEqualTo("d");
        assertThat(tier.poll()).isEqualTo("c");
        assertThat(tier.poll()).isEqualTo("b");
        assertThat(tier.poll()).isNull();
        // A thread without a tier still gets the newest.
        assertThat(stripes.poll(0, null)).isEqualTo("f");
        assertThat(stripes.poll(0, null)).isEqualTo("e");
        assertThat(stripes.poll(0, null)).isNull();
    }

    @Test
    void refillsAndTakesAtTheTailMeetWithoutLosingOrRepeatingAnObjectAcrossTheRingsWrap() {
        Stripes stripes = new Stripes(1, 8, clock);
        ThreadTier tier = new ThreadTier(3, Thread.currentThread(), 0);
        List<Integer> taken = new ArrayList<>();
        int released = 0;
        // Each round stores 5 and takes 5 (a refill of 3, then the tail), so the ring wraps often.
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < 5; i++) {
                stripes.offer(0, released++);
            }
            taken.add((Integer) stripes.poll(0, tier));
            for (Object obj; (obj = tier.poll()) != null; ) {
                taken.add((Integer) obj);
            }
            for (Object obj; (obj = stripes.poll(0, null)) != null; ) {
                taken.add((Integer) obj);
            }
        }

        assertThat(taken).hasSize(released).doesNotHaveDuplicates();
        assertThat(stripes.idle()).isZero();
    }

    @Test
    void refilledObjectsAgeFromTheStripesLatestRotationNotFromTheRefill() {
        long epoch = clock.epoch();
        Stripes stripes = new Stripes(1, 8, clock);
        stripes.rotate(epoch + 1);
        for (String obj : new String[] {"a", "b", "c"}) {
            stripes.offer(0, obj);
        }
        ThreadTier tier = new ThreadTier(4, Thread.currentThread(), 0);
        stripes.poll(0, tier);

        // The sweep of GC cycle epoch + 2 keeps what was stored in epoch + 1; that of epoch + 3 drops it.
        assertThat(tier.evictOlderThan(epoch + 1)).isZero();
        assertThat(tier.evictOlderThan(epoch + 2)).isEqualTo(2);
    }

    @Test
    void transfersKeepTheCountsOfEveryObjectExact() {
        Stripes stripes = new Stripes(1, 8, clock);
        ThreadTier releaser = new ThreadTier(4, Thread.currentThread(), 0);
        ThreadTier acquirer = new ThreadTier(4, Thread.currentThread(), 1);
        for (int i = 0; i < 5; i++) {
            if (releaser.full()) {
                stripes.spill(releaser);
            }
            releaser.push(i, clock.epoch());
        }
        // The acquirer's first poll misses its tier and refills from the stripe.
        int taken = 0;
        while (acquirer.poll() != null || stripes.poll(0, acquirer) != null) {
            taken++;
        }

        assertThat(taken).isEqualTo(4);
        assertThat(releaser.stored()).isEqualTo(5);
        assertThat(releaser.hits()).isZero();
        assertThat(releaser.idle()).isEqualTo(1);
        assertThat(stripes.hits() + acquirer.hits()).isEqualTo(4);
        assertThat(stripes.stored()).as("a spill is no release").isZero();
    }
}
