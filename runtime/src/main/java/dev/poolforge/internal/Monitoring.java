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
     * Registers the core's MXBean if its configuration asks for one, and makes sure the periodic
     * Flight Recorder event covers it.
     *
     * @return the MXBean's object name, or null when none was registered
     */
    static String attach(PoolCore core, PoolConfig config) {
        if (JFR) {
            FlightRecorderEvents.start();
        }
        boolean wantsMBean = config.jmx() && !config.name().isEmpty();
        return JMX && wantsMBean ? PoolMBeans.register(core, config) : null;
    }

    /** Unregisters an MXBean that {@link #attach} registered; nothing when {@code objectName} is null. */
    static void detach(String objectName) {
        if (objectName != null) {
            PoolMBeans.unregister(objectName);
        }
    }

    /** Reports a GC-cycle rotation of the core's idle objects. */
    static void rotated(PoolCore core, long gcCycle, long movedToVictim, long dropped) {
        if (JFR) {
            FlightRecorderEvents.rotation(core, gcCycle, movedToVictim, dropped);
        }
    }

    private static boolean readable(String moduleName) {
        Module runtime = Monitoring.class.getModule();
        return ModuleLayer.boot().findModule(moduleName).filter(runtime::canRead).isPresent();
    }
}
