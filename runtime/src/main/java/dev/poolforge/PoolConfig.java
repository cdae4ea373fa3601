package dev.poolforge;

import java.util.Objects;

/**
 * How a {@link Pool} holds idle objects. Immutable; build one with {@link #builder()} or take
 * {@link #defaults()}.
 *
 * <p>A pool keeps at most {@code 2 * stripes * capacityPerStripe} objects in its shared stripes
 * (the current and the victim generation) plus {@code perThread} objects for each live platform
 * thread that used it. Virtual threads use the stripes only.
 */
public final class PoolConfig {
    /** The largest number of stripes a pool may have. */
    public static final int MAX_STRIPES = 1 << 16;
    /** The largest per-stripe capacity. */
    public static final int MAX_CAPACITY_PER_STRIPE = 1 << 20;
    /** The largest per-thread tier. Kept small on purpose: every platform thread may hold this many. */
    public static final int MAX_PER_THREAD = 64;

    private static final PoolConfig DEFAULTS = builder().build();

    private final int stripes;
    private final int capacityPerStripe;
    private final int perThread;
    private final boolean gcEviction;
    private final String name;

    private PoolConfig(Builder builder) {
        this.stripes = builder.stripes;
        this.capacityPerStripe = builder.capacityPerStripe;
        this.perThread = builder.perThread;
        this.gcEviction = builder.gcEviction;
        this.name = builder.name;
    }

    /**
     * The default configuration: one stripe per available processor rounded up to a power of two,
     * 32 objects per stripe, 4 per platform thread, GC-cycle eviction on, no name.
     *
     * @return the default configuration
     */
    public static PoolConfig defaults() {
        return DEFAULTS;
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
                .name(name);
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
                && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stripes, capacityPerStripe, perThread, gcEviction, name);
    }

    @Override
    public String toString() {
        return "PoolConfig{stripes=" + stripes
                + ", capacityPerStripe=" + capacityPerStripe
                + ", perThread=" + perThread
                + ", gcEviction=" + gcEviction
                + ", name='" + name + "'}";
    }

    /** Builds a {@link PoolConfig}; each setter rejects an invalid value at once. */
    public static final class Builder {
        private int stripes = defaultStripes();
        private int capacityPerStripe = 32;
        private int perThread = 4;
        private boolean gcEviction = true;
        private String name = "";

        private Builder() {
        }

        /**
         * Sets the number of shared stripes. More stripes mean less contention between threads
         * that have no per-thread tier (virtual threads) and a larger bound on idle objects.
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
         * {@code acquire} creates and every {@code release} drops.
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
         * atomic instruction. 0 turns the per-thread tier off.
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
         * Sets the pool's name, used in messages and monitoring.
         *
         * @param name the name; not null, may be empty
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name must not be null; use \"\" for no name");
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

        private static int defaultStripes() {
            int processors = Runtime.getRuntime().availableProcessors();
            return Math.min(MAX_STRIPES, Integer.highestOneBit(Math.max(1, processors - 1) << 1));
        }
    }
}
