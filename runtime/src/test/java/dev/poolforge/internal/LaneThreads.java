package dev.poolforge.internal;

import dev.poolforge.PoolConfig;

/** Platform threads whose ids hash to a chosen lane, for tests that need threads to meet at a lane, or not to. */
public final class LaneThreads {
    private LaneThreads() {
    }

    /** @return how many lanes a pool with {@code config} has */
    public static int lanes(PoolConfig config) {
        return Lanes.countFor(config.stripes(), config.capacityPerStripe());
    }

    /**
     * @return the lane of a pool with {@code config} that {@code thread} uses when it has no tier:
     *     always, for a virtual thread; for a platform thread, until it finds another thread
     *     using it
     */
    public static int laneOf(Thread thread, PoolConfig config) {
        return Threads.spread(Threads.hash(thread), lanes(config));
    }

    /** @return a new, unstarted thread running {@code task} that uses {@code lane} of a pool with {@code config} */
    public static Thread onLane(int lane, PoolConfig config, Runnable task, String name) {
        Thread thread;
        do {
            thread = new Thread(task, name);
        } while (laneOf(thread, config) != lane);
        return thread;
    }
}
