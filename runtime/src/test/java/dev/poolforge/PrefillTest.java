package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolforge.Token.TokenPool;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PrefillTest {
    @Test
    void prefilledObjectsServeTheFirstAcquiresWithoutCountingAsUse() {
        TokenPool pool = new TokenPool(PoolConfig.defaults());

        assertThat(pool.prefill(5)).isEqualTo(5);

        assertThat(pool.created).hasValue(5);
        assertThat(pool.idle()).isEqualTo(5);
        PoolStats before = pool.stats();
        assertThat(before.acquires()).isZero();
        assertThat(before.misses()).isZero();
        assertThat(before.releases()).isZero();

        Set<Token> acquired = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            acquired.add(pool.acquire());
        }
        assertThat(acquired).hasSize(5);
        assertThat(pool.created).as("creations after the prefill").hasValue(5);
        assertThat(pool.stats().hits()).isEqualTo(5);

        pool.acquire();
        assertThat(pool.stats().misses()).isEqualTo(1);
        assertThat(pool.created).hasValue(6);
    }

    @Test
    void anotherThreadFindsThePrefilledObjects() throws Exception {
        TokenPool pool = new TokenPool(PoolConfig.defaults());
        pool.prefill(2);

        Token token = CompletableFuture.supplyAsync(pool::acquire).get();

        assertThat(token).isNotNull();
        assertThat(pool.created).hasValue(2);
        assertThat(pool.stats().hits()).isEqualTo(1);
    }

    @Test
    void stopsWhenTheStripesAreFullWithoutCreatingMore() {
        TokenPool pool = new TokenPool(PoolConfig.builder().stripes(2).capacityPerStripe(3).perThread(0).build());

        assertThat(pool.prefill(100)).isEqualTo(6);

        assertThat(pool.created).as("created").hasValue(6);
        assertThat(pool.idle()).isEqualTo(6);
        assertThat(pool.prefill(1)).as("a second prefill of a full pool").isZero();
        assertThat(pool.stats().drops()).isZero();
    }

    @Test
    void doesNothingWhenPoolingIsOffOrThePoolIsClosed() {
        TokenPool off = new TokenPool(PoolConfig.builder().capacityPerStripe(0).build());
        assertThat(off.prefill(3)).isZero();
        assertThat(off.created).hasValue(0);

        TokenPool closed = new TokenPool(PoolConfig.defaults());
        closed.close();
        assertThat(closed.prefill(3)).isZero();
        assertThat(closed.created).hasValue(0);
    }

    @Test
    void aNegativeCountIsRefusedByName() {
        TokenPool pool = new TokenPool(PoolConfig.builder().name("tokens").jmx(false).build());

        assertThatThrownBy(() -> pool.prefill(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prefill(n) on pool 'tokens': n is -1; pass 0 or more");
        assertThat(pool.prefill(0)).isZero();
        assertThat(pool.created).hasValue(0);
    }

    @Test
    void aFailingCreateReachesTheCallerAndKeepsWhatWasMade() {
        AtomicInteger calls = new AtomicInteger();
        LambdaPool<Object> pool = new LambdaPool<>(() -> {
            if (calls.incrementAndGet() == 3) {
                throw new IllegalStateException("connection refused");
            }
            return new Object();
        }, obj -> true);

        assertThatThrownBy(() -> pool.prefill(5)).hasMessage("connection refused");

        assertThat(pool.idle()).isEqualTo(2);
        assertThat(pool.stats().releases()).isZero();
    }

    @Test
    void prefilledObjectsUnusedForTwoGcCyclesAreEvictedLikeAnyOther() {
        TokenPool pool = new TokenPool(PoolConfig.defaults());
        pool.prefill(3);

        GcCycles.awaitUntil(() -> pool.stats().evictions() == 3,
                () -> "evicted " + pool.stats().evictions() + " of 3 prefilled objects");

        assertThat(pool.idle()).isZero();
        pool.acquire();
        assertThat(pool.created).as("created: the prefill's 3, then one for the acquire").hasValue(4);
    }
}
