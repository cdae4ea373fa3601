package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.Token.TokenPool;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Guarantees 2 and 3: idle objects survive one GC cycle and are gone after two. */
class EvictionTest {

    private static TokenPool pool(int perThread) {
        return new TokenPool(PoolConfig.builder().stripes(2).capacityPerStripe(8).perThread(perThread).build());
    }

    @ParameterizedTest(name = "perThread={0}")
    @ValueSource(ints = {0, 4})
    void anObjectIdleForOneGcCycleIsStillReturned(int perThread) {
        TokenPool pool = pool(perThread);
        Token token = pool.acquire();
        pool.release(token);

        GcCycles.await(1);

        assertThat(pool.acquire()).isSameAs(token);
        assertThat(pool.stats().evictions()).isZero();
    }

    @ParameterizedTest(name = "perThread={0}")
    @ValueSource(ints = {0, 4})
    void objectsIdleForTwoGcCyclesAreDroppedAndCollected(int perThread) {
        TokenPool pool = pool(perThread);
        List<WeakReference<Token>> released = releaseSix(pool);
        assertThat(pool.idle()).isEqualTo(6);

        GcCycles.await(2);

        assertThat(pool.idle()).isZero();
        assertThat(pool.stats().evictions()).isEqualTo(6);
        released.forEach(GcCycles::awaitCleared);
        assertThat(pool.acquire()).isNotNull();
        assertThat(pool.created).hasValue(7);
    }

    @Test
    void objectsInUseAtEveryCycleStay() {
        TokenPool pool = pool(1);
        Token token = pool.acquire();
        for (int cycle = 0; cycle < 3; cycle++) {
            pool.release(token);
            GcCycles.await(1);
            assertThat(pool.acquire()).isSameAs(token);
        }
    }

    /**
     * Guarantee 3 for objects that leave their thread: the tier they were acquired from must keep
     * no reference to them, whether its thread stops using the pool or goes on with an object of
     * its own at every moment (so that the sweep never finds that tier idle).
     */
    @ParameterizedTest(name = "owner goes on using the pool: {0}")
    @ValueSource(booleans = {false, true})
    void objectsReleasedOnAnotherThreadAreCollectedAfterTwoIdleCycles(boolean ownerGoesOn)
            throws InterruptedException {
        TokenPool pool = pool(4);
        List<WeakReference<Token>> refs = releaseSix(pool);
        List<Token> lent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lent.add(pool.acquire());
        }
        Thread releaser = new Thread(() -> lent.forEach(pool::release));
        releaser.start();
        releaser.join();
        lent.clear();
        Token own = pool.create();
        pool.release(own);

        for (WeakReference<Token> ref : refs) {
            GcCycles.awaitUntil(() -> {
                if (ownerGoesOn) {
                    pool.release(pool.acquire());
                }
                return ref.refersTo(null);
            }, () -> ref.get() + " still reachable");
        }
        if (ownerGoesOn) {
            assertThat(pool.acquire()).as("the owner's object, in use throughout").isSameAs(own);
        }
    }

    @Test
    void withoutGcEvictionIdleObjectsStay() {
        TokenPool pool = new TokenPool(PoolConfig.builder().perThread(2).gcEviction(false).build());
        releaseSix(pool);

        GcCycles.await(2);

        assertThat(pool.idle()).isEqualTo(6);
        assertThat(pool.stats().evictions()).isZero();
    }

    /** Guarantee 3: the runtime's bookkeeping keeps neither an unused pool nor its objects alive. */
    @Test
    void anUnreachablePoolIsCollectedWithItsObjects() {
        List<WeakReference<?>> refs = abandonPoolWithIdleObjects();

        refs.forEach(GcCycles::awaitCleared);
    }

    @Test
    void allPoolsShareOneClockThread() {
        List<Pool<Token>> pools = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            pools.add(pool(1));
        }
        long clockThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("poolforge"))
                .count();
        assertThat(clockThreads).isEqualTo(1);
        assertThat(pools).hasSize(50);
    }

    private static List<WeakReference<Token>> releaseSix(TokenPool pool) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tokens.add(pool.acquire());
        }
        tokens.forEach(pool::release);
        List<WeakReference<Token>> refs = new ArrayList<>();
        tokens.forEach(token -> refs.add(new WeakReference<>(token)));
        return refs;
    }

    private static List<WeakReference<?>> abandonPoolWithIdleObjects() {
        TokenPool pool = pool(4);
        List<WeakReference<?>> refs = new ArrayList<>(releaseSix(pool));
        assertThat(pool.idle()).isEqualTo(6); // four in this thread's tier, two in the stripes
        refs.add(new WeakReference<>(pool));
        return refs;
    }
}
