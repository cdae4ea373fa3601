package dev.poolforge;

import java.util.Objects;

/**
 * How a {@link Pool} holds idle objects. Immutable; build one with {@link #builder()} or take
 * {@link #defaults()}.
 *
 * <p>A pool keeps at most {@code 2 * stripes * capacityPerStripe} objects in its shared stripes
 * (the current and the victim generation) plus {@code perThread} objects for each live platform
 * thread that used it. Threads without a tier (virtual threads, and every thread when {@code
 * perThread} is 0) keep their last object in a one-object lane their id hashes to, before the
 * stripes (a platform thread moves to another lane when it finds another thread using its own);
 * each stripe lends a quarter of its capacity to those lanes, so the bound is the same.
 */
public final class PoolConfig {
    /** The largest number of stripes a pool may have. */
    public static final int MAX_STRIPES = 1 << 16;
    /** The largest per-stripe capacity. */
    public static final int MAX_CAPACITY_PER_STRIPE = 1 << 20;
    /** The largest per-thread tier. Kept small on purpose: every platform thread may hold this many. */
    public static final int MAX_PER_THREAD = 64;

    /** System property that turns {@link Builder#debug(boolean) debug mode} on for every pool built afterwards. */
    public static final String DEBUG_PROPERTY = "dev.poolforge.debug";

    private final int stripes;
    private final int capacityPerStripe;
    private final int perThread;
    private final boolean gcEviction;
    private final String name;
    private final boolean jmx;
    private final boolean debug;
    private final double debugLeakSampleRate;
    private final double debugDropRate;

    private PoolConfig(Builder builder) {
        this.stripes = builder.stripes;
        this.capacityPerStripe = builder.capacityPerStripe;
        this.perThread = builder.perThread;
        this.gcEviction = builder.gcEviction;
        this.name = builder.name;
        this.jmx = builder.jmx;
        this.debug = builder.debug;
        this.debugLeakSampleRate = builder.debugLeakSampleRate;
        this.debugDropRate = builder.debugDropRate;
    }

    /**
     * The default configuration: one stripe per available processor rounded up to a power of two,
     * 32 objects per stripe, 4 per platform thread, GC-cycle eviction on, no name (so no MXBean), debug mode off
     * unless the system property {@value #DEBUG_PROPERTY} is {@code true}.
     *
     * @return the default configuration
     */
    public static PoolConfig defaults() {
        return builder().build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this configuration.
     *
     * @return a new builder holding this configuration's values
     */
    public Builder toBuilder() {
        return new Builder()
                .stripes(stripes)
                .capacityPerStripe(capacityPerStripe)
                .perThread(perThread)
                .gcEviction(gcEviction)
                .name(name)
                .jmx(jmx)
                .debug(debug)
                .debugLeakSampleRate(debugLeakSampleRate)
                .debugDropRate(debugDropRate);
    }

    /** @return the number of shared stripes */
    public int stripes() {
        return stripes;
    }

    /** @return how many idle objects each stripe holds at most; 0 means the pool never keeps one */
    public int capacityPerStripe() {
        return capacityPerStripe;
    }

    /** @return how many idle objects each platform thread keeps for itself */
    public int perThread() {
        return perThread;
    }

    /** @return whether idle objects are dropped after two GC cycles without use */
    public boolean gcEviction() {
        return gcEviction;
    }

    /** @return the pool's name, or the empty string when it has none */
    public String name() {
        return name;
    }

    /**
     * @return whether a pool with a {@link #name()} registers its MXBean; see {@link Builder#jmx(boolean)}
     */
    public boolean jmx() {
        return jmx;
    }

    /** @return whether the pool checks every release and reports leaks; see {@link Builder#debug(boolean)} */
    public boolean debug() {
        return debug;
    }

    /** @return in debug mode, the fraction of acquisitions whose stack is kept to report a leak */
    public double debugLeakSampleRate() {
        return debugLeakSampleRate;
    }

    /** @return in debug mode, the fraction of releases dropped at random */
    public double debugDropRate() {
        return debugDropRate;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PoolConfig)) {
            return false;
        }
        PoolConfig that = (PoolConfig) o;
        return stripes == that.stripes
                && capacityPerStripe == that.capacityPerStripe
                && perThread == that.perThread
                && gcEviction == that.gcEviction
                && name.equals(that.name)
                && jmx == that.jmx
                && debug == that.debug
                && debugLeakSampleRate == that.debugLeakSampleRate
                && debugDropRate == that.debugDropRate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(stripes, capacityPerStripe, perThread, gcEviction, name, jmx, debug,
                debugLeakSampleRate, debugDropRate);
    }

    @Override
    public String toString() {
        return "PoolConfig{stripes=" + stripes
                + ", capacityPerStripe=" + capacityPerStripe
                + ", perThread=" + perThread
                + ", gcEviction=" + gcEviction
                + ", name='" + name + "'"
                + ", jmx=" + jmx
                + ", debug=" + debug
                + ", debugLeakSampleRate=" + debugLeakSampleRate
                + ", debugDropRate=" + debugDropRate + '}';
    }

    /** Builds a {@link PoolConfig}; each setter rejects an invalid value at once. */
    public static final class Builder {
        private int stripes = defaultStripes();
        private int capacityPerStripe = 32;
        private int perThread = 4;
        private boolean gcEviction = true;
        private String name = "";
        private boolean jmx = true;
        private boolean debug = Boolean.getBoolean(DEBUG_PROPERTY);
        private double debugLeakSampleRate = 1.0 / 16;
        private double debugDropRate;

        private Builder() {
        }

        /**
         * Sets the number of shared stripes. More stripes mean less contention where threads meet
         * (spills and refills of the per-thread tiers, threads without one whose lanes are taken)
         * and a larger bound on idle objects.
         *
         * @param stripes from 1 to {@link #MAX_STRIPES}
         * @return this builder
         * @throws IllegalArgumentException if {@code stripes} is out of range
         */
        public Builder stripes(int stripes) {
            this.stripes = checkRange("stripes", stripes, 1, MAX_STRIPES);
            return this;
        }

        /**
         * Sets how many idle objects each stripe holds at most. 0 disables pooling: every
         * {@code acquire} creates and every {@code release} drops. A stripe's storage grows with
         * what it holds, so a large capacity costs memory only when the objects are there. A
         * quarter of it (rounded down, 64 lanes at most for the whole pool) serves as one-object
         * lanes for threads without a tier, one lane per object.
         *
         * @param capacityPerStripe from 0 to {@link #MAX_CAPACITY_PER_STRIPE}
         * @return this builder
         * @throws IllegalArgumentException if {@code capacityPerStripe} is out of range
         */
        public Builder capacityPerStripe(int capacityPerStripe) {
            this.capacityPerStripe =
                    checkRange("capacityPerStripe", capacityPerStripe, 0, MAX_CAPACITY_PER_STRIPE);
            return this;
        }

        /**
         * Sets how many idle objects each platform thread keeps for itself, reached without any
         * atomic instruction. 0 turns the per-thread tier off: every thread then keeps its last
         * object in a one-object lane, as virtual threads do (see {@link #capacityPerStripe}).
         *
         * <p>Objects that one thread releases and another acquires move through the shared stripes
         * a tier's worth at a time, so a pool used for such hand-offs does better with more: with
         * 16, a hand-off measured 0.88x to 1.04x a lock-free queue's, against 1.15x to 1.29x with
         * the default 4 (README.md, "Configuration"). Each platform thread that used the pool may
         * then keep that many idle objects, until two GC cycles drop them.
         *
         * @param perThread from 0 to {@link #MAX_PER_THREAD}
         * @return this builder
         * @throws IllegalArgumentException if {@code perThread} is out of range
         */
        public Builder perThread(int perThread) {
            this.perThread = checkRange("perThread", perThread, 0, MAX_PER_THREAD);
            return this;
        }

        /**
         * Sets whether GC cycles evict idle objects: on (the default), an object idle through two
         * GC cycles is dropped, as Go's {@code sync.Pool} does; off, idle objects stay until
         * {@link Pool#clear()}.
         *
         * @param gcEviction whether GC cycles evict idle objects
         * @return this builder
         */
        public Builder gcEviction(boolean gcEviction) {
            this.gcEviction = gcEviction;
            return this;
        }

        /**
         * Sets the pool's name, used in messages and monitoring. A pool with a name registers an
         * MXBean unless {@link #jmx(boolean) jmx} is off; one without a name does not.
         *
         * @param name the name; not null, may be empty
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name must not be null; use \"\" for no name");
            return this;
        }

        /**
         * Sets whether a pool with a {@link #name(String) name} registers an MXBean, {@code
         * dev.poolforge:type=Pool,name=<name>}, with the platform MBean server (on by default). The
         * bean shows {@link Pool#stats()}, the hit rate and this configuration, and offers
         * {@link Pool#clear()}; it is unregistered when the pool is closed or collected. A name that
         * is already registered gets a suffix, {@code -2}, {@code -3} and so on. Without the
         * {@code java.management} module the pool registers nothing.
         *
         * @param jmx whether a named pool registers an MXBean
         * @return this builder
         */
        public Builder jmx(boolean jmx) {
            this.jmx = jmx;
            return this;
        }

        /**
         * Sets debug mode, for tests and staging, never needed in production: releasing an object
         * that is not on loan from the pool (already released, or from another pool) throws
         * {@link IllegalStateException}; an object collected without having been released is
         * reported through {@link System.Logger} (logger {@code dev.poolforge.Pool}), with the stack
         * of its acquisition for a sampled fraction of them; and, if {@link #debugDropRate} is set,
         * releases are dropped at random. Each acquire and release then allocates and updates a
         * map. Off by default, unless the system property {@value PoolConfig#DEBUG_PROPERTY} is
         * {@code true}; when off it costs nothing.
         *
         * @param debug whether debug checks are on
         * @return this builder
         */
        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        /**
         * Sets, for debug mode, the fraction of acquisitions whose stack trace is captured so that
         * a leak of that object can say where it was acquired. Default 1/16.
         *
         * @param rate from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if {@code rate} is out of range
         */
        public Builder debugLeakSampleRate(double rate) {
            this.debugLeakSampleRate = checkFraction("debugLeakSampleRate", rate);
            return this;
        }

        /**
         * Sets, for debug mode, the fraction of releases dropped at random instead of pooled, so
         * that code which wrongly expects to get the same instance back fails early. Default 0.
         *
         * @param rate from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if {@code rate} is out of range
         */
        public Builder debugDropRate(double rate) {
            this.debugDropRate = checkFraction("debugDropRate", rate);
            return this;
        }

        /** @return the configuration */
        public PoolConfig build() {
            return new PoolConfig(this);
        }

        private static int checkRange(String parameter, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(
                        parameter + " must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        }

        private static double checkFraction(String parameter, double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(parameter + " must be between 0 and 1, was " + value);
            }
            return value;
        }

        private static int defaultStripes() {
            int processors = Runtime.getRuntime().availableProcessors();
            return Math.min(MAX_STRIPES, Integer.highestOneBit(Math.max(1, processors - 1) << 1));
        }
    }
}
