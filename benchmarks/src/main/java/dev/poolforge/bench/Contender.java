package dev.poolforge.bench;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import org.jctools.queues.MpmcArrayQueue;

/**
 * One way of getting an object for a request and giving it back: poolforge, a peer pool, or no
 * pool at all. Benchmarks are written once against this class and pick the contender by name
 * (a JMH parameter), so each JMH fork runs exactly one implementation.
 *
 * <p>{@link #acquire()} returns a lease: the object itself, or the peer's wrapper around it (Netty
 * and Stormpot need their handle back on release). {@link #release(Object)} resets the object
 * with the kind's reset and returns it.
 *
 * @param <T> the pooled object type
 */
public abstract class Contender<T> {
    /** Idle objects each bounded peer may hold: enough for a burst of 32 on each of 2 threads. */
    static final int CAPACITY = 64;

    /**
     * Every contender, in the order the report lists them. {@code netty41Fast} and {@code
     * netty42Plain} need the workers that {@code -Dpoolforge.bench.fastThreads=4.1} gives (see
     * {@link FastThreadLocalWorkers}); every other one runs on the default workers.
     */
    public static final List<String> NAMES = List.of(
            "poolforge", "poolforgePerThread16", "poolforgeNoTier", "stormpot", "stormpotDefault", "netty41",
            "netty41Fast", "netty42", "netty42Plain", "commonsPool2", "clq", "mpmc", "threadLocal", "threadLocalOnce",
            "plainNew", "noPool");

    final Kind<T> kind;
    private final LongAdder creates = new LongAdder();

    Contender(Kind<T> kind) {
        this.kind = kind;
    }

    /**
     * Makes the named contender.
     *
     * @param name one of {@link #NAMES}
     * @param kind what it pools
     * @param <T> the object type
     * @return a new contender
     */
    public static <T> Contender<T> create(String name, Kind<T> kind) {
        switch (name) {
            case "poolforge":
                return new PoolforgeContender<>(kind);
            case "poolforgePerThread16":
                return new PoolforgeContender<>(kind, PoolforgeContender.perThread16());
            case "poolforgeNoTier":
                return new PoolforgeContender<>(kind, PoolforgeContender.noTier());
            case "stormpot":
                return new StormpotContender<>(kind, true);
            case "stormpotDefault":
                return new StormpotContender<>(kind, false);
            case "netty41":
                return new Netty41Contender<>(kind, false);
            case "netty41Fast":
                return new Netty41Contender<>(kind, true);
            case "netty42":
                return new Netty42Contender<>(kind, true);
            case "netty42Plain":
                return new Netty42Contender<>(kind, false);
            case "commonsPool2":
                return new CommonsPool2Contender<>(kind);
            case "clq":
                return new QueueContender<>(kind, new ConcurrentLinkedQueue<>());
            case "mpmc":
                return new QueueContender<>(kind, new MpmcArrayQueue<>(CAPACITY));
            case "threadLocal":
                return new StackContender<>(kind);
            case "threadLocalOnce":
                return new StackContender.OneLookUp<>(kind);
            case "plainNew":
                return new PlainNewContender<>(kind);
            case "noPool":
                return new NoPool<>(kind);
            default:
                throw new IllegalArgumentException("unknown contender '" + name + "'; use one of " + NAMES);
        }
    }

    /** @return a lease on an object in its reset state */
    public abstract Object acquire();

    /** Resets the leased object and gives it back. */
    public abstract void release(Object lease);

    /**
     * One request's use of an object: acquire, work, release (which resets). Every round-trip
     * scenario calls this, so a contender that can do better than its two calls
     * ({@code threadLocalOnce}) overrides it.
     *
     * @param seq the request's number, which the work writes
     * @return the work's result, for the benchmark to consume
     */
    public long roundTrip(long seq) {
        Object lease = acquire();
        long result = work(lease, seq);
        release(lease);
        return result;
    }

    /** The request's work on the leased object, identical for every contender. */
    public final long work(Object lease, long seq) {
        return kind.work(object(lease), seq);
    }

    /** @return the object a lease stands for; the lease itself unless a peer wraps it */
    @SuppressWarnings("unchecked")
    T object(Object lease) {
        return (T) lease;
    }

    /** Makes a new object for a pool that found none idle, counting it. */
    final T create() {
        creates.increment();
        return kind.create();
    }

    /**
     * The contender the calling benchmark thread uses: this one, shared, except for
     * {@code noPool}, whose objects belong to one thread.
     */
    public Contender<T> forThread() {
        return this;
    }

    /** @return objects created so far, or -1 when every acquire creates one */
    public long creates() {
        return creates.sum();
    }

    /** @return how many idle objects the pool holds now, or "n/a" when it does not say */
    public String retained() {
        return "n/a";
    }

    /** Shuts the pool down at the end of a trial. */
    public void close() {
    }
}
