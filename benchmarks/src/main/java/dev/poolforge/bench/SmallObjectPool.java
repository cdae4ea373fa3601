package dev.poolforge.bench;

import dev.poolforge.Pool;
import dev.poolforge.PoolConfig;

/**
 * Stands in for the pool the poolforge processor generates for {@link SmallObject}: same name,
 * same constructors, and the reset code the generator emits for its fields. Delete this file once
 * the processor is enabled for the benchmarks (see benchmarks/README.md).
 */
public final class SmallObjectPool extends Pool<SmallObject> {
    public SmallObjectPool() {
        this(PoolConfig.defaults());
    }

    public SmallObjectPool(PoolConfig config) {
        super(config);
    }

    @Override
    protected SmallObject create() {
        return new SmallObject();
    }

    @Override
    protected boolean reset(SmallObject obj) {
        obj.id = 0;
        obj.count = 0;
        obj.name = null;
        obj.tags.clear();
        obj.text.setLength(0);
        return true;
    }
}
