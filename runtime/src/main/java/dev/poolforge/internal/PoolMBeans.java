package dev.poolforge.internal;

import dev.poolforge.PoolConfig;
import dev.poolforge.PoolMXBean;
import java.lang.management.ManagementFactory;
import javax.management.InstanceAlreadyExistsException;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.StandardMBean;

/**
 * Registers pools' MXBeans with the platform MBean server, as {@code
 * dev.poolforge:type=Pool,name=<name>}. Only {@link Monitoring} calls it, once it knows the JVM
 * has {@code java.management}.
 */
final class PoolMBeans {
    private static final String NAME_PREFIX = "dev.poolforge:type=Pool,name=";
    private static final System.Logger LOG = System.getLogger(PoolMBeans.class.getName());

    private PoolMBeans() {
    }

    /**
     * Registers the core's MXBean under the pool's name, or under the name with the first free
     * suffix {@code -2}, {@code -3}... when another pool has it, as Commons Pool does. Monitoring
     * must never stop a pool from working, so a failure is logged and the pool goes unregistered.
     *
     * @return the object name, or null when registration failed
     */
    static String register(PoolCore core, PoolConfig config) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        // StandardMBean names the interface explicitly, so the implementation class need not be
        // public or exported for the MBean server to introspect it.
        StandardMBean bean = new StandardMBean(new PoolMXBeanImpl(core, config), PoolMXBean.class, true);
        String name = config.name();
        for (int suffix = 1; ; suffix++) {
            try {
                ObjectName objectName = objectName(suffix == 1 ? name : name + "-" + suffix);
                server.registerMBean(bean, objectName);
                return objectName.toString();
            } catch (InstanceAlreadyExistsException taken) {
                // Try the next suffix.
            } catch (JMException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING,
                        "pool '" + name + "' is not registered with JMX; it works unmonitored", e);
                return null;
            }
        }
    }

    /** Unregisters an MXBean; one that is already gone (closed, then collected) is not an error. */
    static void unregister(String objectName) {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(objectName));
        } catch (InstanceNotFoundException alreadyGone) {
            // Closed before it was collected: nothing left to do.
        } catch (JMException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not unregister " + objectName + " from JMX", e);
        }
    }

    /** The pool's object name, with its name quoted only when it holds characters JMX reserves. */
    private static ObjectName objectName(String poolName) throws MalformedObjectNameException {
        try {
            ObjectName plain = new ObjectName(NAME_PREFIX + poolName);
            if (!plain.isPattern()) {
                return plain;
            }
        } catch (MalformedObjectNameException needsQuotes) {
            // A comma, an equals sign, a colon or a quote in the name: quote it below.
        }
        return new ObjectName(NAME_PREFIX + ObjectName.quote(poolName));
    }
}
