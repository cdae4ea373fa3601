package dev.poolforge.internal;

import dev.poolforge.PoolConfig;
import dev.poolforge.PoolMXBean;
import dev.poolforge.PoolStats;
import java.lang.ref.WeakReference;

/**
 * A pool's MXBean. The MBean server holds it strongly for as long as it is registered, so it holds
 * the pool's core only weakly: otherwise no registered pool could ever be collected, and so never
 * unregistered.
 */
final class PoolMXBeanImpl implements PoolMXBean {
    private static final PoolStats COLLECTED = PoolStats.of(0, 0, 0, 0, 0, 0);

    private final WeakReference<PoolCore> core;
    private final PoolConfig config;

    PoolMXBeanImpl(PoolCore core, PoolConfig config) {
        this.core = new WeakReference<>(core);
        this.config = config;
    }

    private PoolStats stats() {
        PoolCore live = core.get();
        return live == null ? COLLECTED : live.stats();
    }

    @Override
    public String getName() {
        return config.name();
    }

    @Override
    public long getAcquires() {
        return stats().acquires();
    }

    @Override
    public long getHits() {
        return stats().hits();
    }

    @Override
    public long getMisses() {
        return stats().misses();
    }

    @Override
    public long getReleases() {
        return stats().releases();
    }

    @Override
    public long getDrops() {
        return stats().drops();
    }

    @Override
    public long getEvictions() {
        return stats().evictions();
    }

    @Override
    public int getIdle() {
        return stats().idle();
    }

    @Override
    public double getHitRate() {
        return stats().hitRate();
    }

    @Override
    public int getStripes() {
        return config.stripes();
    }

    @Override
    public int getCapacityPerStripe() {
        return config.capacityPerStripe();
    }

    @Override
    public int getPerThread() {
        return config.perThread();
    }

    @Override
    public boolean isGcEviction() {
        return config.gcEviction();
    }

    @Override
    public boolean isDebug() {
        return config.debug();
    }

    @Override
    public boolean isClosed() {
        PoolCore live = core.get();
        return live == null || live.closed();
    }

    @Override
    public void clear() {
        PoolCore live = core.get();
        if (live != null) {
            live.clear();
        }
    }
}
