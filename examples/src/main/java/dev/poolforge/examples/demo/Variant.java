package dev.poolforge.examples.demo;

import dev.poolforge.Pool;
import dev.poolforge.examples.JsonScratch;
import dev.poolforge.examples.JsonScratchPool;
import dev.poolforge.examples.LogEvent;
import dev.poolforge.examples.LogEventPool;
import dev.poolforge.examples.OrderItem;
import dev.poolforge.examples.OrderItemPool;
import java.util.List;

/**
 * One way to get the workload's objects: the pooled variant takes them from fresh default pools,
 * the allocating one from {@code new}.
 */
final class Variant {
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
        OrderItemPool items = new OrderItemPool();
        JsonScratchPool scratches = new JsonScratchPool();
        LogEventPool events = new LogEventPool();
        return new Variant("pooled", ObjectSource.pooled(items), ObjectSource.pooled(scratches),
                ObjectSource.pooled(events), List.of(items, scratches, events));
    }

    static Variant allocating() {
        return new Variant("new", ObjectSource.allocating(OrderItem::new), ObjectSource.allocating(JsonScratch::new),
                ObjectSource.allocating(LogEvent::new), List.of());
    }
}
