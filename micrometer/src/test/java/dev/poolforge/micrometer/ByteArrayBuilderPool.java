package dev.poolforge.micrometer;

import dev.poolforge.Pool;
import dev.poolforge.PoolConfig;

/** A hand-written pool: keeps builders that stayed small, drops the ones that grew. */
final class ByteArrayBuilderPool extends Pool<ByteArrayBuilder> {
    static final int MAX_CAPACITY = 1024;

    ByteArrayBuilderPool(PoolConfig config) {
        super(config);
    }

    @Override
    protected ByteArrayBuilder create() {
        return new ByteArrayBuilder();
    }

    @Override
    protected boolean reset(ByteArrayBuilder builder) {
        builder.reset();
        return builder.capacity() <= MAX_CAPACITY;
    }
}
