package dev.poolforge.internal;

import dev.poolforge.PoolConfig;
import dev.poolforge.PoolMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>Names are handed out here, not found by trial: each pool name keeps the suffixes its pools
 * hold and those given back, so the n-th pool of one name is registered with one call to the MBean
 * server, and a name given back by a closed or collected pool goes to the next pool that asks.
 */
final class PoolMBeans {
    private static final String NAME_PREFIX = "dev.poolforge:type=Pool,name=";
    private static final System.Logger LOG = System.getLogger(PoolMBeans.class.getName());
    private static final Map<String, Suffixes> SUFFIXES = new ConcurrentHashMap<>();

    private PoolMBeans() {
    }

    /**
     * Registers the core's MXBean under the pool's name, or under the name with a suffix {@code
     * -2}, {@code -3}... when other pools hold it, as Commons Pool does. Monitoring must never stop
     * a pool from working, so a failure is logged and the pool goes unregistered.
     *
     * @return the registration, or null when registration failed
     */
    static JmxRegistration register(PoolCore core, PoolConfig config) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        // StandardMBean names the interface explicitly, so the implementation class need not be
        // public or exported for the MBean server to introspect it.
        StandardMBean bean = new StandardMBean(new PoolMXBeanImpl(core, config), PoolMXBean.class, true);
        String name = config.name();
        Suffixes suffixes = SUFFIXES.computeIfAbsent(name, unused -> new Suffixes());
        while (true) {
            int suffix = suffixes.take();
            try {
                ObjectName objectName = objectName(suffix == 1 ? name : name + "-" + suffix);
                server.registerMBean(bean, objectName);
                return new JmxRegistration(objectName.toString(), suffixes, suffix);
            } catch (InstanceAlreadyExistsException takenOutsideThisRuntime) {
                // Another copy of the runtime (another class loader) registered it: never ours to give back.
            } catch (JMException | RuntimeException e) {
                suffixes.giveBack(suffix);
                LOG.log(System.Logger.Level.WARNING,
                        "pool '" + name + "' is not registered with JMX; it works unmonitored", e);
                return null;
            }
        }
    }

    /** Unregisters an MXBean this class registered, and gives its name back. */
    static void unregister(String objectName, Suffixes suffixes, int suffix) {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(objectName));
        } catch (InstanceNotFoundException alreadyGone) {
            // Unregistered by someone else through the MBean server: the name is free all the same.
        } catch (JMException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not unregister " + objectName + " from JMX", e);
            return;
        }
        suffixes.giveBack(suffix);
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

    /** The suffixes of one pool name: 1 (no suffix) up to the highest ever used, and those given back. */
    static final class Suffixes {
        private int next = 1;
        private final ArrayDeque<Integer> givenBack = new ArrayDeque<>();

        synchronized int take() {
            return givenBack.isEmpty() ? next++ : givenBack.pop();
        }

        synchronized void giveBack(int suffix) {
            givenBack.push(suffix);
        }
    }
}
