package dev.poolforge;

import static org.assertj.core.api.Assertions.fail;

import dev.poolforge.internal.GcClock;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Drives GC cycles from tests and waits until the pools have been swept. */
public final class GcCycles {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** How long a collection's sweep may take before {@link #await} asks for another collection. */
    private static final Duration SWEEP_PATIENCE = Duration.ofSeconds(2);

    private GcCycles() {
    }

    /**
     * Runs GCs until the clock has completed {@code cycles} more sweeps. Asks for the next
     * collection only once the last one's sweep is done (or clearly did not come): a collection
     * during a slow sweep makes the clock tick again right after it, which would be one cycle more
     * than the caller asked for.
     */
    public static void await(int cycles) {
        GcClock clock = GcClock.instance();
        long target = clock.sweeps() + cycles;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (clock.sweeps() < target) {
            if (System.nanoTime() > deadline) {
                fail("the GC clock completed %d of %d sweeps in %s", cycles - (target - clock.sweeps()), cycles, TIMEOUT);
            }
            long before = clock.sweeps();
            System.gc();
            long patience = System.nanoTime() + SWEEP_PATIENCE.toNanos();
            while (clock.sweeps() == before && System.nanoTime() < patience) {
                sleep(1);
            }
        }
    }

    /** Runs GC cycles until the reference is cleared, failing after a timeout. */
    public static void awaitCleared(Reference<?> ref) {
        awaitUntil(() -> ref.refersTo(null), () -> ref + " still refers to " + ref.get());
    }

    /**
     * Runs GC cycles until {@code condition} holds, failing after a timeout with {@code failure}'s
     * description.
     */
    static void awaitUntil(BooleanSupplier condition, Supplier<String> failure) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("%s after %s of GC cycles", failure.get(), TIMEOUT);
            }
            System.gc();
            sleep(5);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for GC cycles", e);
        }
    }
}
