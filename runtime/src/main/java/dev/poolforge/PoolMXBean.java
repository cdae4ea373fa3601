package dev.poolforge;

/**
 * The management interface of a named pool, registered as {@code
 * dev.poolforge:type=Pool,name=<name>} with the platform MBean server (see {@link
 * PoolConfig.Builder#jmx(boolean)}). Attributes are read afresh on each call, from {@link
 * Pool#stats()} and {@link Pool#config()}; once the pool has been collected they read 0 until the
 * bean is unregistered, which follows within a GC cycle.
 *
 * <p>Watch it with {@code jconsole} or any JMX client; from code, {@code
 * JMX.newMXBeanProxy(connection, objectName, PoolMXBean.class)} gives a typed proxy.
 */
public interface PoolMXBean {
    /** @return the pool's name, as in {@link Pool#name()} */
    String getName();

    /** @return see {@link PoolStats#acquires()} */
    long getAcquires();

    /** @return see {@link PoolStats#hits()} */
    long getHits();

    /** @return see {@link PoolStats#misses()} */
    long getMisses();

    /** @return see {@link PoolStats#releases()} */
    long getReleases();

    /** @return see {@link PoolStats#drops()} */
    long getDrops();

    /** @return see {@link PoolStats#evictions()} */
    long getEvictions();

    /** @return see {@link PoolStats#idle()} */
    int getIdle();

    /** @return see {@link PoolStats#hitRate()}: from 0 to 1, the share of acquires served from the pool */
    double getHitRate();

    /** @return see {@link PoolConfig#stripes()} */
    int getStripes();

    /** @return see {@link PoolConfig#capacityPerStripe()} */
    int getCapacityPerStripe();

    /** @return see {@link PoolConfig#perThread()} */
    int getPerThread();

    /** @return see {@link PoolConfig#gcEviction()} */
    boolean isGcEviction();

    /** @return see {@link PoolConfig#debug()} */
    boolean isDebug();

    /** @return whether {@link Pool#close()} was called */
    boolean isClosed();

    /** Drops every idle object, as {@link Pool#clear()} does. */
    void clear();
}
