package dev.poolforge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The pool's table from thread to tier: each thread finds its own tier, and keeps finding it
 * while the table grows past its first size and while a sweep moves the live tiers to a new
 * table after others' threads end, whose objects go to the stripes.
 */
class ThreadTiersTest {
    private static final int THREADS = 40;

    @Test
    void everyThreadKeepsItsOwnTierThroughGrowthAndSweeps() throws Exception {
        // Room in the stripes for every object an ended thread hands back.
        Stripes stripes = new Stripes(1, THREADS, GcClock.instance());
        TierTable table = StandaloneTiers.table(2, stripes);
        ThreadTiers tiers = table.tiers;
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            workers.add(new Worker(table, i % 2 == 1));
        }
        for (Worker worker : workers) {
            worker.thread.start();
            worker.await(worker.tierTaken);
        }
        assertThat(tiers.idle()).isEqualTo(THREADS);

        // Every other thread ends; the sweep forgets its tier and keeps its counts.
        for (int i = 0; i < THREADS; i += 2) {
            workers.get(i).finish.countDown();
            workers.get(i).thread.join();
        }
        assertThat(tiers.sweep(Long.MIN_VALUE)).as("objects dropped from live threads' tiers").isZero();
        assertThat(tiers.idle()).isEqualTo(THREADS / 2);
        // Handed back if no GC cycle came since they were stored (other tests' pools keep the
        // clock ticking), dropped otherwise: either way counted once, and gone from the tiers.
        assertThat(stripes.idle() + tiers.droppedFromEnded()).as("objects of the ended threads").isEqualTo(THREADS / 2);
        assertThat(tiers.stored() + stripes.stored()).as("every object counted once").isEqualTo(THREADS);

        // The live threads look their tier up again in the new table.
        for (int i = 1; i < THREADS; i += 2) {
            Worker worker = workers.get(i);
            worker.finish.countDown();
            worker.thread.join();
            assertThat(worker.tierAgain).as("thread %d", i).isSameAs(worker.tier);
            assertThat(worker.objectBack).as("thread %d", i).isSameAs(worker.object);
        }
        assertThat(tiers.hits()).isEqualTo(THREADS / 2);
    }

    /** A thread that takes its tier and stores one object, then waits; it may look the tier up again. */
    private static final class Worker implements Runnable {
        final TierTable table;
        final boolean looksUpAgain;
        final Thread thread = new Thread(this);
        final Object object = new Object();
        final CountDownLatch tierTaken = new CountDownLatch(1);
        final CountDownLatch finish = new CountDownLatch(1);
        volatile ThreadTier tier;
        volatile ThreadTier tierAgain;
        volatile Object objectBack;

        Worker(TierTable table, boolean looksUpAgain) {
            this.table = table;
            this.looksUpAgain = looksUpAgain;
        }

        @Override
        public void run() {
            tier = table.tierOf(Thread.currentThread());
            tier.push(object, GcClock.instance().epoch());
            tierTaken.countDown();
            await(finish);
            if (!looksUpAgain) {
                return;
            }
            tierAgain = table.tierOf(Thread.currentThread());
            objectBack = tierAgain.poll();
        }

        void await(CountDownLatch latch) {
            try {
                assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
