package dev.poolforge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolforge.Token.TokenPool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Flight Recorder session sees each pool's statistics and every GC-cycle rotation. */
class FlightRecorderTest {
    private static final String STATISTICS = "dev.poolforge.PoolStatistics";
    private static final String ROTATION = "dev.poolforge.PoolRotation";

    @Test
    void aRecordingStartedAfterThePoolHoldsItsStatisticsAndRotations(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pool.jfr");
        PoolStats finalStats;
        // As with jcmd JFR.start on a running service: the pool exists before the recording. (A
        // periodic event registered after a recording started is not taken by that recording.)
        try (TokenPool pool = new TokenPool(PoolConfig.builder().name("recorded").perThread(4).build());
                Recording recording = new Recording()) {
            recording.enable(STATISTICS).withPeriod(Duration.ofMillis(50));
            recording.enable(ROTATION);
            recording.start();
            List<Token> onLoan = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                onLoan.add(pool.acquire());
            }
            // A thread that only releases moves all of its full tier to the stripes: 8 go there
            // at the 5th and 9th releases, and the tier keeps the 2 newest.
            onLoan.forEach(pool::release);
            // One cycle moves the 8 to the victim generation; the next drops them and the idle tier.
            GcCycles.await(3);
            finalStats = pool.stats();
            Thread.sleep(300);
            recording.stop();
            recording.dump(file);
        }
        assertThat(finalStats.evictions()).isEqualTo(10);

        List<RecordedEvent> statistics = eventsOfPool(file, STATISTICS, "recorded");
        assertThat(statistics).isNotEmpty();
        RecordedEvent last = statistics.get(statistics.size() - 1);
        assertThat(last.getLong("acquires")).isEqualTo(10);
        assertThat(last.getLong("misses")).isEqualTo(10);
        assertThat(last.getLong("releases")).isEqualTo(10);
        assertThat(last.getLong("evictions")).isEqualTo(10);
        assertThat(last.getInt("idle")).isZero();
        assertThat(last.getDouble("hitRate")).isZero();

        List<RecordedEvent> rotations = eventsOfPool(file, ROTATION, "recorded");
        assertThat(rotations.stream().mapToLong(e -> e.getLong("movedToVictim")).sum()).isEqualTo(8);
        assertThat(rotations.stream().mapToLong(e -> e.getLong("dropped")).sum()).isEqualTo(10);
    }

    private static List<RecordedEvent> eventsOfPool(Path file, String type, String pool) throws Exception {
        List<RecordedEvent> events = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (event.getEventType().getName().equals(type) && pool.equals(event.getString("pool"))) {
                events.add(event);
            }
        }
        events.sort((a, b) -> a.getStartTime().compareTo(b.getStartTime()));
        return events;
    }
}
