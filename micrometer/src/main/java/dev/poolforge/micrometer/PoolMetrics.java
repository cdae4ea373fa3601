package dev.poolforge.micrometer;

import dev.poolforge.Pool;
import dev.poolforge.PoolStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Publishes the counters of one or more poolforge pools to a Micrometer {@link MeterRegistry}.
 *
 * <p>Each pool gets these meters, tagged {@code pool=<name>} plus the tags given here:
 *
 * <table>
 *   <caption>Meters per pool</caption>
 *   <tr><th>meter</th><th>type</th><th>what</th></tr>
 *   <tr><td>{@code poolforge.acquires}</td><td>function counter</td><td>{@link PoolStats#acquires()}</td></tr>
 *   <tr><td>{@code poolforge.hits}</td><td>function counter</td><td>{@link PoolStats#hits()}</td></tr>
 *   <tr><td>{@code poolforge.misses}</td><td>function counter</td><td>{@link PoolStats#misses()}</td></tr>
 *   <tr><td>{@code poolforge.releases}</td><td>function counter</td><td>{@link PoolStats#releases()}</td></tr>
 *   <tr><td>{@code poolforge.drops}</td><td>function counter</td><td>{@link PoolStats#drops()}</td></tr>
 *   <tr><td>{@code poolforge.evictions}</td><td>function counter</td><td>{@link PoolStats#evictions()}</td></tr>
 *   <tr><td>{@code poolforge.idle}</td><td>gauge</td><td>{@link Pool#idle()}</td></tr>
 *   <tr><td>{@code poolforge.hit.rate}</td><td>gauge</td><td>{@link PoolStats#hitRate()}, 0 to 1</td></tr>
 * </table>
 *
 * <p>The meters read the pool only when the registry publishes or is scraped; acquire and release
 * pay nothing for them. Neither the meters nor this binder keep a pool alive: a pool that the
 * application no longer references is collected as usual; its counters then keep the last value
 * they read, and its gauges read {@code NaN}.
 * That matters because a binder typically lives as long as the application (a Spring bean, say),
 * and a pool that has gone out of use should not be pinned, with its idle objects, by its metrics.
 *
 * <p>The {@code pool} tag is the name given to {@link #PoolMetrics(Pool, String, Iterable)}, else
 * the pool's {@link Pool#name()}: its configured name, or its class's simple name for a pool built
 * without one. A name whose meters the registry already has gets a suffix, {@code -2}, {@code -3},
 * as JMX names do, so two unnamed pools of one class are both seen.
 */
public final class PoolMetrics implements MeterBinder {
    /** The tag that carries the pool's name. */
    public static final String POOL_TAG = "pool";

    private final List<Entry> entries;
    private final Tags tags;

    /**
     * Metrics for one pool, tagged with the given name instead of the pool's own.
     *
     * @param pool the pool, held weakly
     * @param name the value of the {@code pool} tag
     * @param tags further tags for every meter, such as {@code Tags.of("service", "checkout")}
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if {@code name} is empty
     */
    public PoolMetrics(Pool<?> pool, String name, Iterable<Tag> tags) {
        Objects.requireNonNull(pool, "pool must not be null");
        Objects.requireNonNull(name, "name must not be null; pass the pool's name, or use PoolMetrics(pools, tags)");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name is empty; pass the name the pool's meters should carry");
        }
        this.entries = List.of(new Entry(pool, name));
        this.tags = Tags.of(Objects.requireNonNull(tags, "tags must not be null; use Tags.empty()"));
    }

    /**
     * Metrics for several pools, each tagged with its {@link Pool#name()}.
     *
     * @param pools the pools, held weakly
     * @param tags further tags for every meter
     * @throws NullPointerException if {@code pools}, one of them, or {@code tags} is null
     */
    public PoolMetrics(Iterable<? extends Pool<?>> pools, Iterable<Tag> tags) {
        Objects.requireNonNull(pools, "pools must not be null");
        List<Entry> list = new ArrayList<>();
        for (Pool<?> pool : pools) {
            Objects.requireNonNull(pool, () -> "pools[" + list.size() + "] is null; pass only pools");
            list.add(new Entry(pool, pool.name()));
        }
        this.entries = List.copyOf(list);
        this.tags = Tags.of(Objects.requireNonNull(tags, "tags must not be null; use Tags.empty()"));
    }

    /**
     * Metrics for the given pools, each tagged with its {@link Pool#name()}, and no other tag.
     *
     * @param pools the pools, held weakly
     * @return a binder for them
     * @throws NullPointerException if one of the pools is null
     */
    public static PoolMetrics of(Pool<?>... pools) {
        return new PoolMetrics(Arrays.asList(pools), Tags.empty());
    }

    /**
     * Registers the meters of every pool that is still alive. Binding again, or binding another
     * binder for the same pool, gives the pool a second set of meters under a suffixed name.
     */
    @Override
    public void bindTo(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry must not be null");
        for (Entry entry : entries) {
            Pool<?> pool = entry.pool.get();
            if (pool != null) {
                bind(registry, pool, Tags.concat(tags, POOL_TAG, freeName(registry, entry.name)));
            }
        }
    }

    private static void bind(MeterRegistry registry, Pool<?> pool, Tags tags) {
        counter(registry, pool, tags, "poolforge.acquires", "acquire() calls", p -> p.stats().acquires());
        counter(registry, pool, tags, "poolforge.hits", "acquires served by an idle object", p -> p.stats().hits());
        counter(registry, pool, tags, "poolforge.misses", "acquires that created an object", p -> p.stats().misses());
        counter(registry, pool, tags, "poolforge.releases", "release() calls", p -> p.stats().releases());
        counter(registry, pool, tags, "poolforge.drops",
                "released objects not kept: refused by their reset, or no room", p -> p.stats().drops());
        counter(registry, pool, tags, "poolforge.evictions",
                "idle objects dropped after two GC cycles unused", p -> p.stats().evictions());
        // Each meter takes its own snapshot: stats() sums a few counters, cheap at scrape rates,
        // and one shared snapshot would need a clock to say when it is stale.
        Gauge.builder("poolforge.idle", pool, Pool::idle)
                .description("idle objects held now, both generations")
                .baseUnit("objects")
                .tags(tags)
                .register(registry);
        Gauge.builder("poolforge.hit.rate", pool, p -> p.stats().hitRate())
                .description("hits / acquires since the pool was made, 0 to 1")
                .tags(tags)
                .register(registry);
    }

    private static void counter(MeterRegistry registry, Pool<?> pool, Tags tags, String name,
            String description, ToDoubleFunction<Pool<?>> count) {
        // The builder keeps the pool through a weak reference (Micrometer's default).
        FunctionCounter.builder(name, pool, count).description(description).tags(tags).register(registry);
    }

    /** {@code name}, or {@code name-2}, {@code name-3}... when the registry has that pool name already. */
    private String freeName(MeterRegistry registry, String name) {
        String candidate = name;
        for (int n = 2; taken(registry, candidate); n++) {
            candidate = name + '-' + n;
        }
        return candidate;
    }

    private boolean taken(MeterRegistry registry, String name) {
        return registry.find("poolforge.acquires").tags(tags).tag(POOL_TAG, name).functionCounter() != null;
    }

    /** A pool, held weakly so that a long-lived binder does not keep it alive, and its tag. */
    private static final class Entry {
        final WeakReference<Pool<?>> pool;
        final String name;

        Entry(Pool<?> pool, String name) {
            this.pool = new WeakReference<>(pool);
            this.name = name;
        }
    }
}
