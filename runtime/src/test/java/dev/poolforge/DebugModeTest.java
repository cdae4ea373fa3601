package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.poolforge.Token.TokenPool;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Debug mode: double releases throw, leaks are reported, releases may be dropped at random. */
class DebugModeTest {

    private static TokenPool debugPool(PoolConfig.Builder builder) {
        return new TokenPool(builder.name("tokens").debug(true).build());
    }

    @Test
    void releasingTwiceThrowsNamingThePool() {
        TokenPool pool = debugPool(PoolConfig.builder());
        Token token = pool.acquire();
        pool.release(token);

        assertThatThrownBy(() -> pool.release(token))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("release(obj) on pool 'tokens'")
                .hasMessageContaining("is not on loan from this pool: it was already released");
        assertThat(pool.idle()).isEqualTo(1);
    }

    @Test
    void releasingAnObjectFromAnotherPoolThrows() {
        TokenPool pool = debugPool(PoolConfig.builder());
        Token foreign = new TokenPool(PoolConfig.defaults()).acquire();

        assertThatThrownBy(() -> pool.release(foreign)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutDebugTwoReleasesInARowThrowAndPoolTheObjectOnce() {
        TokenPool pool = new TokenPool(PoolConfig.builder().name("tokens").debug(false).build());
        Token token = pool.acquire();
        pool.release(token);

        assertThatThrownBy(() -> pool.release(token))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("release(obj) on pool 'tokens'")
                .hasMessageContaining("released twice in a row");
        assertThat(pool.idle()).isEqualTo(1);
        assertThat(pool.acquire()).isSameAs(token);
        assertThat(pool.acquire()).isNotSameAs(token);
    }

    @Test
    void aStaleReleaseAfterAnotherCallerReacquiredTheObjectIsBlamedOnTheStaleCaller() throws Exception {
        TokenPool pool = debugPool(PoolConfig.builder().perThread(0));
        ExecutorService otherCaller = Executors.newSingleThreadExecutor();
        try {
            Token older = pool.acquire();
            Token newer = pool.acquire();
            pool.release(older);
            pool.release(newer); // takes this thread's lane, moving the older token to the stripes
            Token reacquired = otherCaller.submit(pool::acquire).get();
            assertThat(reacquired).isIn(older, newer); // from the stripes, or from the same lane

            staleRelease(pool, reacquired);

            // The other caller's own release is the one that fails; the report names the stale one.
            Throwable thrown = otherCaller.submit(() -> catchThrowable(() -> pool.release(reacquired))).get();
            assertThat(thrown).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already released, by a stale reference, while on loan to this caller");
            StringWriter trace = new StringWriter();
            thrown.getCause().printStackTrace(new PrintWriter(trace));
            assertThat(trace.toString()).contains("released here").contains("staleRelease");
        } finally {
            otherCaller.shutdown();
        }
    }

    private static void staleRelease(TokenPool pool, Token token) {
        pool.release(token);
    }

    @Test
    void aLeakedObjectIsReportedWithWhereItWasAcquired() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger("dev.poolforge.Pool");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            TokenPool pool = debugPool(PoolConfig.builder().debugLeakSampleRate(1.0));
            WeakReference<Token> leaked = new WeakReference<>(acquireAndForget(pool));
            GcCycles.awaitCleared(leaked);
            // Leaks are reported on the pool's next use, once the JVM's reference handler thread
            // has queued the tracker's cleared reference, which can come a moment after the clearing.
            GcCycles.awaitUntil(() -> {
                pool.release(pool.acquire());
                return !records.isEmpty();
            }, () -> "no leak reported");

            assertThat(records).hasSize(1);
            LogRecord record = records.get(0);
            assertThat(record.getMessage()).contains("pool 'tokens': an object was acquired and never released");
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            assertThat(trace.toString()).contains("acquireAndForget");
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void dropRateDropsReleasesAtRandom() {
        TokenPool pool = debugPool(PoolConfig.builder().debugDropRate(1.0));
        Token token = pool.acquire();
        pool.release(token);

        assertThat(pool.acquire()).isNotSameAs(token);
        assertThat(pool.stats().drops()).isEqualTo(1);
    }

    @Test
    void theSystemPropertyTurnsDebugOnForPoolsBuiltAfterwards() {
        System.setProperty(PoolConfig.DEBUG_PROPERTY, "true");
        try {
            assertThat(PoolConfig.defaults().debug()).isTrue();
            TokenPool pool = new TokenPool(PoolConfig.defaults());
            Token token = pool.acquire();
            pool.release(token);
            assertThatThrownBy(() -> pool.release(token)).isInstanceOf(IllegalStateException.class);
        } finally {
            System.clearProperty(PoolConfig.DEBUG_PROPERTY);
        }
        assertThat(PoolConfig.defaults().debug()).isFalse();
    }

    @Test
    void ratesOutOfRangeAreRejected() {
        assertThatThrownBy(() -> PoolConfig.builder().debugDropRate(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("debugDropRate must be between 0 and 1, was 1.5");
        assertThatThrownBy(() -> PoolConfig.builder().debugLeakSampleRate(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("debugLeakSampleRate must be between 0 and 1, was NaN");
    }

    private static Token acquireAndForget(TokenPool pool) {
        return pool.acquire();
    }
}
