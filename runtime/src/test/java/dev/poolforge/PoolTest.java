package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolforge.Token.TokenPool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Single-pool behaviour: guarantees 2 (LIFO), 5 (cross-thread release), 6 (create throwing). */
class PoolTest {

    private static TokenPool pool(int perThread) {
        return new TokenPool(PoolConfig.builder().stripes(2).capacityPerStripe(8).perThread(perThread).build());
    }

    @ParameterizedTest(name = "perThread={0}")
    @ValueSource(ints = {0, 1, 4})
    void releaseThenAcquireOnOneThreadReturnsTheSameObject(int perThread) {
        TokenPool pool = pool(perThread);
        Token first = pool.acquire();
        Token second = pool.acquire();
        pool.release(first);
        pool.release(second);

        assertThat(pool.acquire()).isSameAs(second);
        assertThat(pool.acquire()).isSameAs(first);
        assertThat(pool.created).hasValue(2);
    }

    @Test
    void releaseResetsTheObject() {
        TokenPool pool = pool(4);
        Token token = pool.acquire();
        token.value = 42;
        pool.release(token);

        assertThat(pool.resets).hasValue(1);
        assertThat(pool.acquire().value).isZero();
    }

    @Test
    void statsCountEveryPath() {
        TokenPool pool = pool(1);
        Token a = pool.acquire();
        Token b = pool.acquire();
        pool.release(a); // tier
        pool.release(b); // stripe
        pool.acquire();
        pool.acquire();
        pool.acquire(); // miss

        PoolStats stats = pool.stats();
        assertThat(stats.acquires()).isEqualTo(5);
        assertThat(stats.hits()).isEqualTo(2);
        assertThat(stats.misses()).isEqualTo(3).isEqualTo(pool.created.get());
        assertThat(stats.releases()).isEqualTo(2);
        assertThat(stats.drops()).isZero();
        assertThat(stats.idle()).isZero();
        assertThat(stats.hitRate()).isEqualTo(0.4);
    }

    @Test
    void objectsReleasedOnOneThreadServeAnotherAndAreCountedOnce() throws Exception {
        TokenPool pool = pool(4);
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tokens.add(pool.acquire());
        }
        // The tier spills once, all four objects it holds: its thread only released since the misses.
        tokens.forEach(pool::release);

        ExecutorService other = Executors.newSingleThreadExecutor();
        List<Token> taken;
        try {
            taken = other.submit(() -> {
                List<Token> acquired = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    acquired.add(pool.acquire());
                }
                return acquired;
            }).get();
        } finally {
            other.shutdown();
        }

        assertThat(taken).containsAll(tokens.subList(0, 4)).doesNotContainAnyElementsOf(tokens.subList(4, 8));
        PoolStats stats = pool.stats();
        assertThat(stats.hits()).isEqualTo(4);
        assertThat(stats.misses()).isEqualTo(12).isEqualTo(pool.created.get());
        assertThat(stats.releases()).isEqualTo(8);
        assertThat(stats.drops()).isZero();
        assertThat(stats.idle()).isEqualTo(4);
        assertThat(pool.acquire()).isSameAs(tokens.get(7));
    }

    @Test
    void aFullPoolDropsWhatDoesNotFit() {
        TokenPool pool = new TokenPool(PoolConfig.builder().stripes(1).capacityPerStripe(2).perThread(1).build());
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(pool.acquire());
        }
        tokens.forEach(pool::release);

        assertThat(pool.idle()).isEqualTo(3);
        assertThat(pool.stats().drops()).isEqualTo(2);
        assertThat(pool.stats().releases()).isEqualTo(5);
    }

    @Test
    void zeroCapacityDisablesPooling() {
        TokenPool pool = new TokenPool(PoolConfig.builder().capacityPerStripe(0).perThread(4).build());
        Token token = pool.acquire();
        pool.release(token);

        assertThat(pool.acquire()).isNotSameAs(token);
        assertThat(pool.idle()).isZero();
        assertThat(pool.stats().drops()).isEqualTo(1);
    }

    @Test
    void releaseOfNullNamesThePool() {
        TokenPool pool = new TokenPool(PoolConfig.builder().name("tokens").build());
        assertThatThrownBy(() -> pool.release(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("'tokens'")
                .hasMessageContaining("obj is null");
    }

    @Test
    void nullConfigIsRejected() {
        assertThatThrownBy(() -> new TokenPool(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("config");
    }

    @Test
    void resetReturningFalseDropsTheObject() {
        Pool<Token> pool = new LambdaPool<>(Token::new, token -> token.value < 100);
        Token big = pool.acquire();
        big.value = 1000;
        pool.release(big);

        assertThat(pool.idle()).isZero();
        assertThat(pool.stats().drops()).isEqualTo(1);
        assertThat(pool.acquire()).isNotSameAs(big);
    }

    @Test
    void resetThrowingDropsTheObjectAndReachesTheCaller() {
        Pool<Token> pool = new LambdaPool<>(Token::new, token -> {
            throw new IllegalStateException("cannot reset " + token.value);
        });
        Token token = pool.acquire();
        token.value = 7;

        assertThatThrownBy(() -> pool.release(token)).isInstanceOf(IllegalStateException.class).hasMessage("cannot reset 7");
        assertThat(pool.idle()).isZero();
        assertThat(pool.stats().drops()).isEqualTo(1);
        assertThat(pool.stats().releases()).isEqualTo(1);
    }

    /** Guarantee 6. */
    @Test
    void createThrowingReachesTheCallerAndThePoolStaysConsistent() {
        boolean[] fail = {false};
        Pool<Token> pool = new LambdaPool<>(() -> {
            if (fail[0]) {
                throw new IllegalStateException("no tokens left");
            }
            return new Token();
        }, token -> true);
        Token kept = pool.acquire();
        pool.release(kept);
        fail[0] = true;

        assertThat(pool.acquire()).isSameAs(kept);
        assertThatThrownBy(pool::acquire).isInstanceOf(IllegalStateException.class).hasMessage("no tokens left");
        PoolStats stats = pool.stats();
        assertThat(stats.acquires()).isEqualTo(stats.hits() + stats.misses()).isEqualTo(3);
        assertThat(stats.misses()).isEqualTo(2);

        fail[0] = false;
        pool.release(kept);
        assertThat(pool.acquire()).isSameAs(kept);
        assertThat(pool.idle()).isZero();
    }

    @Test
    void createReturningNullIsAnError() {
        Pool<Token> pool = new LambdaPool<>(() -> null, token -> true);
        assertThatThrownBy(pool::acquire).isInstanceOf(NullPointerException.class).hasMessageContaining("create() returned null");
    }

    /** Guarantee 5: what one thread acquired, another releases, and gets back itself. */
    @Test
    void anyThreadMayReleaseWhatAnotherAcquired() throws Exception {
        TokenPool pool = pool(2);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Token token = CompletableFuture.supplyAsync(pool::acquire, other).get();
            token.value = 5;
            pool.release(token);
            Token again = pool.acquire();
            assertThat(again).isSameAs(token);
            assertThat(again.value).isZero();

            CompletableFuture.runAsync(() -> pool.release(again), other).get();
            assertThat(CompletableFuture.supplyAsync(pool::acquire, other).get()).isSameAs(token);
            assertThat(pool.created).hasValue(1);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void anObjectReleasedIntoTheStripesIsStolenByAnotherThread() throws Exception {
        TokenPool pool = pool(0);
        Token older = pool.acquire();
        Token newer = pool.acquire();
        pool.release(older);
        // Without a tier the newer object takes the caller's lane and moves the older one to the
        // stripes, which every thread reaches; the other thread takes the newer one only if its
        // id hashes to the same lane.
        pool.release(newer);

        Token stolen = CompletableFuture.supplyAsync(pool::acquire).get();
        assertThat(stolen).isIn(older, newer);
        assertThat(pool.created).hasValue(2);
        assertThat(pool.stats().hits()).isEqualTo(1);
    }

    @Test
    void clearDropsEveryIdleObject() {
        TokenPool pool = pool(2);
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tokens.add(pool.acquire());
        }
        tokens.forEach(pool::release);
        assertThat(pool.idle()).isEqualTo(6);

        pool.clear();
        assertThat(pool.idle()).isZero();
        assertThat(pool.acquire()).isNotIn(tokens);
    }

    @Test
    void nameDefaultsToThePoolClass() {
        assertThat(pool(1).name()).isEqualTo("TokenPool");
        assertThat(new TokenPool(PoolConfig.builder().name("x").build()).name()).isEqualTo("x");
        assertThat(pool(1).toString()).startsWith("TokenPool{name='TokenPool', PoolStats{acquires=0");
    }
}
