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

    private GcCycles() {
    }

    /** Runs GCs until the clock has completed {@code cycles} more sweeps. */
    public static void await(int cycles) {
        GcClock clock = GcClock.instance();
        long target = clock.sweeps() + cycles;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (clock.sweeps() < target) {
            if (System.nanoTime() > deadline) {
                fail("the GC clock completed %d of %d sweeps in %s", cycles - (target - clock.sweeps()), cycles, TIMEOUT);
            }
            System.gc();
            sleep(5);
        }
    }

    /** Runs GC cycles until the reference is cleared, failing after a timeout. */
    static void awaitCleared(Reference<?> ref) {
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
