package dev.poolforge.internal;

import dev.poolforge.PoolStats;
import java.lang.invoke.MethodHandles;
import jdk.jfr.EventType;
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

    /** The periodic hook; one instance, so that {@link #stop()} can remove what {@link #start()} added. */
    private static final Runnable STATISTICS = FlightRecorderEvents::emitStatistics;
    /**
     * Registers the periodic event only when Flight Recorder initializes: it is started by
     * whoever starts a recording, never by a pool, so a JVM that records nothing pays nothing. A
     * recording started while pools exist (with {@code jcmd JFR.start}, say) initializes the
     * recorder, which calls the listener before the recording begins, so that recording takes the
     * periodic event. A static nested class, so it refers to nothing but this class.
     */
    private static final FlightRecorderListener LISTENER = new StatisticsRegistration();
    /**
     * The rotation event's type, asked before an event is made: an event object escapes nothing,
     * but the clock's thread runs a rotation once per GC cycle, too rarely for the JIT to compile
     * the allocation away, so making one to ask it would allocate at every cycle. Set by
     * {@link #start()} (null if that failed) on the thread that starts the clock, before the
     * clock's thread starts, which therefore sees it.
     */
    private static EventType rotationType;

    private static final class StatisticsRegistration implements FlightRecorderListener {
        @Override
        public void recorderInitialized(FlightRecorder recorder) {
            FlightRecorder.addPeriodicEvent(PoolStatisticsEvent.class, STATISTICS);
        }
    }

    private FlightRecorderEvents() {
    }

    /** When the GC clock starts: listens for Flight Recorder, and loads the rotation event's class now. */
    static void start() {
        try {
            // Loading an event class makes Flight Recorder set up its own classes, which allocates
            // several MiB: done here, on the thread creating a pool, and not by the clock's first tick.
            MethodHandles.lookup().ensureInitialized(PoolRotationEvent.class);
            rotationType = EventType.getEventType(PoolRotationEvent.class);
            FlightRecorder.addListener(LISTENER);
        } catch (RuntimeException | IllegalAccessException e) {
            LOG.log(System.Logger.Level.WARNING, "pools report no Flight Recorder statistics", e);
        }
    }

    /** When the GC clock stops: Flight Recorder keeps no reference to the runtime's classes. */
    static void stop() {
        FlightRecorder.removeListener(LISTENER);
        FlightRecorder.removePeriodicEvent(STATISTICS);
    }

    static void rotation(PoolCore core, long gcCycle, long dropped) {
        EventType type = rotationType;
        if (type == null || !type.isEnabled()) {
            return;
        }
        PoolRotationEvent event = new PoolRotationEvent();
        if (event.shouldCommit()) {
            event.pool = core.name();
            event.gcCycle = gcCycle;
            event.movedToVictim = core.victims();
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
