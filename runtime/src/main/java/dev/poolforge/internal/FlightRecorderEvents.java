package dev.poolforge.internal;

import dev.poolforge.PoolStats;
import jdk.jfr.FlightRecorder;
import jdk.jfr.FlightRecorderListener;

/**
 * Emits the pools' Flight Recorder events. Only {@link Monitoring} calls it, once it knows the JVM
 * has {@code jdk.jfr}. Nothing here runs on a pool's hot path: the statistics event is taken by
 * Flight Recorder's own periodic thread, the rotation event by the GC clock's thread, and each
 * costs nothing beyond a check while no recording enables it.
 */
final class FlightRecorderEvents {
    private static final System.Logger LOG = System.getLogger(FlightRecorderEvents.class.getName());

    /**
     * Registers the periodic event once, when the first pool is created, but only through a
     * listener: Flight Recorder is started by whoever starts a recording, never by a pool, so a
     * JVM that records nothing pays nothing. A recording started after the first pool (with
     * {@code jcmd JFR.start}, say) initializes the recorder, which calls the listener before the
     * recording begins, so that recording takes the periodic event.
     */
    private static final class Registration {
        static {
            try {
                FlightRecorder.addListener(new FlightRecorderListener() {
                    @Override
                    public void recorderInitialized(FlightRecorder recorder) {
                        FlightRecorder.addPeriodicEvent(PoolStatisticsEvent.class, FlightRecorderEvents::emitStatistics);
                    }
                });
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "pools report no Flight Recorder statistics", e);
            }
        }

        static void ensure() {
            // Loading this class ran the registration above, exactly once.
        }
    }

    private FlightRecorderEvents() {
    }

    static void start() {
        Registration.ensure();
    }

    static void rotation(PoolCore core, long gcCycle, long movedToVictim, long dropped) {
        PoolRotationEvent event = new PoolRotationEvent();
        if (event.shouldCommit()) {
            event.pool = core.name();
            event.gcCycle = gcCycle;
            event.movedToVictim = movedToVictim;
            event.dropped = dropped;
            event.commit();
        }
    }

    private static void emitStatistics() {
        GcClock.instance().forEachLiveCore(core -> {
            if (core.closed()) {
                return;
            }
            PoolStats stats = core.stats();
            PoolStatisticsEvent event = new PoolStatisticsEvent();
            event.pool = core.name();
            event.acquires = stats.acquires();
            event.hits = stats.hits();
            event.misses = stats.misses();
            event.releases = stats.releases();
            event.drops = stats.drops();
            event.evictions = stats.evictions();
            event.idle = stats.idle();
            event.hitRate = stats.hitRate();
            event.commit();
        });
    }
}
