package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolforge.Token.TokenPool;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ref.WeakReference;
import java.util.List;
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
    void withoutDebugADoubleReleaseGoesUnnoticed() {
        TokenPool pool = new TokenPool(PoolConfig.builder().debug(false).build());
        Token token = pool.acquire();
        pool.release(token);
        pool.release(token);

        assertThat(pool.idle()).isEqualTo(2);
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
            pool.release(pool.acquire()); // leaks are reported on the pool's next use

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
