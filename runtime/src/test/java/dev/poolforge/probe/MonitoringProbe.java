package dev.poolforge.probe;

import dev.poolforge.Pool;
import dev.poolforge.PoolConfig;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.management.ObjectName;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;

/**
 * Run in a child JVM by {@code MonitoringModulesTest}: checks what a named pool registers in the
 * JVM it is started in, printing {@code ok}, or the failure and exiting with 1. In a package of its
 * own, so that it loads from the class path while the runtime is a named module.
 *
 * <p>{@code unmonitored}: the JVM lacks {@code java.management} and {@code jdk.jfr}; the pool must
 * work and register nothing. {@code monitored}: the runtime is a named module on the module path;
 * its MXBean and its Flight Recorder events must work.
 */
public final class MonitoringProbe {
    private MonitoringProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (Pool<StringBuilder> pool = new BuilderPool()) {
            pool.release(pool.acquire());
            pool.release(pool.acquire());
            check(pool.stats().hits() == 1, "a round trip works: " + pool.stats());
            if (args[0].equals("unmonitored")) {
                check(pool.jmxName().isEmpty(), "no MXBean without java.management, got " + pool.jmxName());
            } else {
                Monitored.check(pool);
            }
        }
        System.out.println("ok");
    }

    static void check(boolean condition, String what) {
        if (!condition) {
            System.out.println("failed: " + what);
            System.exit(1);
        }
    }

    private static final class BuilderPool extends Pool<StringBuilder> {
        BuilderPool() {
            super(PoolConfig.builder().name("probe").build());
        }

        @Override
        protected StringBuilder create() {
            return new StringBuilder();
        }

        @Override
        protected boolean reset(StringBuilder builder) {
            builder.setLength(0);
            return true;
        }
    }

    /** The checks that use the monitoring APIs: a class of its own, loaded only when they are there. */
    private static final class Monitored {
        static void check(Pool<?> pool) throws Exception {
            MonitoringProbe.check(Pool.class.getModule().isNamed(), "the runtime runs as a named module");
            ObjectName name = new ObjectName(pool.jmxName().orElseThrow());
            MonitoringProbe.check(ManagementFactory.getPlatformMBeanServer().getAttribute(name, "Hits").equals(1L),
                    "the MXBean of a named module reads the pool's hits");
            Path file = Files.createTempFile("probe", ".jfr");
            try (Recording recording = new Recording()) {
                recording.enable("dev.poolforge.PoolStatistics").withPeriod(Duration.ofMillis(20));
                recording.start();
                Thread.sleep(200);
                recording.stop();
                recording.dump(file);
                boolean recorded = RecordingFile.readAllEvents(file).stream()
                        .filter(event -> event.getEventType().getName().equals("dev.poolforge.PoolStatistics"))
                        .anyMatch(event -> "probe".equals(event.getString("pool")) && event.getLong("hits") == 1);
                MonitoringProbe.check(recorded, "a recording holds the pool's statistics");
            } finally {
                Files.delete(file);
            }
        }
    }
}
