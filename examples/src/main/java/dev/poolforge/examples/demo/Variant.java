package dev.poolforge.examples.demo;

import dev.poolforge.Pool;
import dev.poolforge.PoolConfig;
import dev.poolforge.examples.JsonScratch;
import dev.poolforge.examples.JsonScratchPool;
import dev.poolforge.examples.LogEvent;
import dev.poolforge.examples.LogEventPool;
import dev.poolforge.examples.OrderItem;
import dev.poolforge.examples.OrderItemPool;
import java.util.List;

/**
 * One way to get the workload's objects: the pooled variant takes them from fresh pools, named so
 * that each registers an MXBean, the allocating one from {@code new}. Closing it closes the pools,
 * which unregisters them, so the next pooled variant gets the same names.
 */
final class Variant implements AutoCloseable {
    final String name;
    final ObjectSource<OrderItem> items;
    final ObjectSource<JsonScratch> scratches;
    final ObjectSource<LogEvent> events;
    /** The pools behind the sources; empty for the allocating variant. */
    final List<Pool<?>> pools;

    private Variant(String name, ObjectSource<OrderItem> items, ObjectSource<JsonScratch> scratches,
            ObjectSource<LogEvent> events, List<Pool<?>> pools) {
        this.name = name;
        this.items = items;
        this.scratches = scratches;
        this.events = events;
        this.pools = pools;
    }

    static Variant pooled() {
        OrderItemPool items = new OrderItemPool(named("orderItems"));
        JsonScratchPool scratches = new JsonScratchPool(named("jsonScratches"));
        LogEventPool events = new LogEventPool(named("logEvents"));
        return new Variant("pooled", ObjectSource.pooled(items), ObjectSource.pooled(scratches),
                ObjectSource.pooled(events), List.of(items, scratches, events));
    }

    private static PoolConfig named(String name) {
        return PoolConfig.builder().name(name).build();
    }

    static Variant allocating() {
        return new Variant("new", ObjectSource.allocating(OrderItem::new), ObjectSource.allocating(JsonScratch::new),
                ObjectSource.allocating(LogEvent::new), List.of());
    }

    @Override
    public void close() {
        pools.forEach(Pool::close);
    }
}
