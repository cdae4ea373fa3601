package dev.poolforge.internal;

import dev.poolforge.PoolConfig;

/**
 * Connects pools to the JVM's monitoring: an MXBean for each named pool, and Flight Recorder
 * events for every pool. Both APIs live in modules the runtime only {@code requires static}, so
 * each is touched only when the JVM has that module and this one can read it; without them pools
 * run unmonitored. The classes that name {@code javax.management} or {@code jdk.jfr} types are
 * loaded only behind these checks.
 */
final class Monitoring {
    private static final boolean JMX = readable("java.management");
    private static final boolean JFR = readable("jdk.jfr");

    private Monitoring() {
    }

    /**
     * Registers the core's MXBean if its configuration asks for one.
     *
     * @return the registration, or null when none was made
     */
    static JmxRegistration attach(PoolCore core, PoolConfig config) {
        boolean wantsMBean = config.jmx() && !config.name().isEmpty();
        return JMX && wantsMBean ? PoolMBeans.register(core, config) : null;
    }

    /** Undoes what {@link #attach} registered, once; nothing when {@code registration} is null. */
    static void detach(JmxRegistration registration) {
        if (registration != null) {
            registration.undo();
        }
    }

    /** Reports a GC-cycle rotation of the core's idle objects. */
    static void rotated(PoolCore core, long gcCycle, long dropped) {
        if (JFR) {
            FlightRecorderEvents.rotation(core, gcCycle, dropped);
        }
    }

    /**
     * When the GC clock starts, on the thread of the pool that starts it: the periodic Flight
     * Recorder event is registered (through a listener, so no pool ever starts Flight Recorder),
     * and the classes the clock uses later are loaded now.
     */
    static void clockStarted() {
        if (JFR) {
            FlightRecorderEvents.start();
        }
        if (JMX) {
            GcCollections.total();
        }
    }

    /**
     * When the GC clock stops because no pool is left: everything registered with the JVM's
     * monitoring on the runtime's behalf is withdrawn, so that nothing global refers to the
     * runtime's classes (or to their class loader) any more.
     */
    static void clockStopped() {
        if (JFR) {
            FlightRecorderEvents.stop();
        }
    }

    /**
     * @return collections of every kind the JVM has run so far, or -1 when it cannot tell (no
     *     {@code java.management})
     */
    static long collections() {
        return JMX ? GcCollections.total() : -1;
    }

    private static boolean readable(String moduleName) {
        Module runtime = Monitoring.class.getModule();
        return ModuleLayer.boot().findModule(moduleName).filter(runtime::canRead).isPresent();
    }
}
