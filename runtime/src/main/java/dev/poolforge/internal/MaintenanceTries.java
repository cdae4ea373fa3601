package dev.poolforge.internal;

import java.util.function.Predicate;

/**
 * How the GC clock's maintenance takes what a user thread may hold (a stripe's flags, a thread
 * tier's spill guard): a bounded number of tries with a spin hint between them, never a wait.
 * A user holds one for a few dozen nanoseconds, so a few tries nearly always succeed; after
 * {@link #TRIES} the caller skips that stripe or tier for one GC cycle, and its objects stay one
 * cycle longer.
 */
final class MaintenanceTries {
    /** How many tries before the caller skips: well over the nanoseconds a user holds a flag for. */
    static final int TRIES = 1_000;

    private MaintenanceTries() {}

    /**
     * Calls {@code tryTake} on {@code holder} until it answers true, at most {@link #TRIES} times.
     * The caller passes a method reference that captures nothing, so the clock's thread allocates
     * nothing here.
     *
     * @return whether {@code tryTake} succeeded
     */
    static <T> boolean tryTake(T holder, Predicate<? super T> tryTake) {
        for (int i = 0; i < TRIES; i++) {
            if (tryTake.test(holder)) {
                return true;
            }
            Thread.onSpinWait();
        }
        return false;
    }
}
