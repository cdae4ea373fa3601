package dev.poolforge;

import dev.poolforge.Token.TokenPool;
import dev.poolforge.internal.GcClock;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run in a child JVM by {@link HandOffCyclesTest}, under the collector it names: this thread
 * acquires tokens and hands them to another thread, which releases them, while garbage keeps
 * the collector and the GC clock busy. So objects move between the threads' tiers and the stripes
 * in batches (a full tier spills, an empty one refills) while stripes rotate and tiers are swept.
 * Then both threads stop using the pool, and the clock runs the cycles after which nothing may
 * be left. Prints what it counted and what the pool counted, as {@code key=value} pairs.
 */
public final class HandOffCyclesProbe {
    /** Clock ticks to run through while objects move. */
    private static final int TICKS = 6;
    private static final int LATE_THREADS = 2;
    private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(20);

    private HandOffCyclesProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Small stripes, so that spills also meet full stripes and fall back to dropping.
        TokenPool pool = new TokenPool(PoolConfig.builder().stripes(2).capacityPerStripe(8).perThread(4).build());
        BlockingQueue<Token> handOff = new ArrayBlockingQueue<>(16);
        AtomicLong releases = new AtomicLong();
        CountDownLatch drained = new CountDownLatch(1);
        CountDownLatch exit = new CountDownLatch(1);
        // Stays alive once drained: a live thread's tier is swept, where an ended one's would be
        // handed back to the stripes first (ThreadEdgesTest covers that).
        Thread consumer = new Thread(() -> {
            try {
                for (Token token; (token = handOff.take()) != POISON; ) {
                    token.giveBack();
                    pool.release(token);
                    releases.incrementAndGet();
                }
                drained.countDown();
                await(exit);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "consumer");
        consumer.start();

        GcClock clock = GcClock.instance();
        long start = System.nanoTime();
        long ticksBefore = clock.sweeps();
        long acquires = 0;
        long doubleHandOuts = 0;
        Garbage garbage = new Garbage();
        while (clock.sweeps() - ticksBefore < TICKS && System.nanoTime() - start < MAX_NANOS) {
            acquires++;
            doubleHandOuts += handOut(pool, handOff);
            garbage.make();
        }
        handOff.put(POISON);
        drained.await();
        // Threads with an empty tier now take one object each: the refill leaves the stripes' next
        // newest in their tiers, stamped with the stripes' generation, to age out like the rest.
        // Right before, this thread's releases spill into the stripes, so that their current
        // generation holds objects to refill with even if a rotation just emptied it.
        Token[] held = new Token[2 * pool.config().perThread()];
        for (int i = 0; i < held.length; i++) {
            held[i] = pool.acquire();
            acquires++;
        }
        for (int i = 0; i < held.length; i++) {
            pool.release(held[i]);
            held[i] = null;
            releases.incrementAndGet();
        }
        CountDownLatch lateDone = new CountDownLatch(LATE_THREADS);
        List<Thread> late = new ArrayList<>();
        for (int i = 0; i < LATE_THREADS; i++) {
            Thread thread = new Thread(() -> {
                useOnce(pool);
                releases.incrementAndGet();
                lateDone.countDown();
                await(exit);
            }, "late-" + i);
            thread.start();
            late.add(thread);
            acquires++;
        }
        lateDone.await();
        long ticksInUse = clock.sweeps() - ticksBefore;
        PoolStats inUse = pool.stats();

        // Guarantee 3 from a clean start: once a sweep has passed, every object was stored in the
        // epoch it began or earlier, so two more sweeps leave nothing.
        GcCycles.await(1);
        GcCycles.await(2);
        PoolStats idle = pool.stats();
        int uncollected = uncollected(pool.createdTokens);
        exit.countDown();
        consumer.join();
        for (Thread thread : late) {
            thread.join();
        }

        System.out.printf("ticksInUse=%d acquires=%d hits=%d misses=%d releases=%d poolReleases=%d"
                        + " doubleHandOuts=%d created=%d drops=%d evictions=%d idleAfter=%d uncollected=%d%n",
                ticksInUse, acquires, inUse.hits(), inUse.misses(), releases.get(),
                inUse.releases(), doubleHandOuts, pool.created.get(), idle.drops(), idle.evictions(), idle.idle(),
                uncollected);
    }

    /** Waits until the probe ends, so that the calling thread stays alive and its tier is swept rather than handed back. */
    private static void await(CountDownLatch exit) {
        try {
            exit.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Acquires a token and releases it, in a frame of its own that keeps no reference to it afterwards. */
    private static void useOnce(Pool<Token> pool) {
        pool.release(pool.acquire());
    }

    /** Acquires a token and hands it to the consumer; returns 1 if it was already on loan (a double hand-out), else 0. */
    private static int handOut(Pool<Token> pool, BlockingQueue<Token> handOff) throws InterruptedException {
        Token token = pool.acquire();
        int doubleHandOut = token.lend() ? 0 : 1;
        handOff.put(token);
        return doubleHandOut;
    }

    /** Marks the end of the hand-off; never acquired from the pool. */
    private static final Token POISON = new Token();

    /** Tokens still reachable after a few full collections: held by the pool, or by nothing and not yet collected. */
    private static int uncollected(Collection<WeakReference<Token>> created) throws InterruptedException {
        int uncollected = created.size();
        for (int attempt = 0; attempt < 20 && uncollected > 0; attempt++) {
            System.gc();
            Thread.sleep(50);
            uncollected = (int) created.stream().filter(ref -> ref.get() != null).count();
        }
        return uncollected;
    }

    /** Short-lived garbage in a small ring, so that young collections keep coming on any collector. */
    private static final class Garbage {
        private final Object[] ring = new Object[256];
        private int next;

        void make() {
            for (int i = 0; i < 64; i++) {
                ring[next++ & 255] = new byte[256];
            }
        }
    }
}
