package dev.poolforge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogEventPoolTest {
    private final LogEventPool pool = new LogEventPool();

    @Test
    void releaseResetsEveryField() {
        LogEvent event = PoolRoundTrip.reacquireAfter(pool, used -> used
                .start(LogEvent.Level.ERROR, "orders", 1_700_000_000_000L)
                .parameter("SKU-1")
                .parameter(42)
                .context("requestId", "r-7")
                .thrown(new IllegalStateException("out of stock"))
                .format("{} failed after {} ms"));

        assertThat(event.level()).isNull();
        assertThat(event.loggerName()).isNull();
        assertThat(event.timestampMillis()).isZero();
        assertThat(event.message()).isEmpty();
        assertThat(event.parameterCount()).isZero();
        assertThat(event.parameters).containsOnlyNulls();
        assertThat(event.context()).isEmpty();
        assertThat(event.thrown()).isNull();
        pool.release(event);
    }

    @Test
    void aUsedEventResetsToAFreshOne() {
        LogEvent event = pool.acquire()
                .start(LogEvent.Level.WARN, "orders", 1L)
                .parameter("SKU-1")
                .context("requestId", "r-7")
                .format("{} is late");

        pool.assertResetsToFresh(event);
        pool.release(event);
    }

    @Test
    void formatFillsPlaceholdersInOrderAndLeavesExtraOnesAsTheyAre() {
        LogEvent event = pool.acquire();
        try {
            event.parameter("SKU-1").parameter(42L).parameter(new StringBuilder("{\"a\":1}"))
                    .format("priced {} at {} as {}, then {}");
            assertThat(event.message()).hasToString("priced SKU-1 at 42 as {\"a\":1}, then {}");
        } finally {
            pool.release(event);
        }
    }

    @Test
    void aMessageGrownPastItsCapIsDropped() {
        PoolRoundTrip.assertDroppedAfter(pool,
                event -> event.parameter("x".repeat(LogEvent.MAX_MESSAGE_CAPACITY + 1)).format("{}"));
    }

    @Test
    void theEventsOfOneThreadAreReusedNotCreated() {
        for (int i = 0; i < 1000; i++) {
            LogEvent event = pool.acquire();
            try {
                event.start(LogEvent.Level.INFO, "orders", i).parameter(i).format("line {}");
            } finally {
                pool.release(event);
            }
        }
        assertThat(pool.stats().misses()).isEqualTo(1);
        assertThat(pool.stats().hits()).isEqualTo(999);
    }
}
