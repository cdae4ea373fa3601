package dev.poolforge.bench;

import dev.poolforge.Pool;
import dev.poolforge.PoolConfig;

/**
 * Stands in for the pool the poolforge processor generates for {@link BufferObject}: same name,
 * same constructors, and the reset code the generator emits (the {@code @Keep} buffer is left as
 * it is). Delete this file once the processor is enabled for the benchmarks.
 */
public final class BufferObjectPool extends Pool<BufferObject> {
    public BufferObjectPool() {
        this(PoolConfig.defaults());
    }

    public BufferObjectPool(PoolConfig config) {
        super(config);
    }

    @Override
    protected BufferObject create() {
        return new BufferObject();
    }

    @Override
    protected boolean reset(BufferObject obj) {
        obj.length = 0;
        return true;
    }
}
