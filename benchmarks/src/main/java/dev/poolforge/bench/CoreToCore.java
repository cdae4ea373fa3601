package dev.poolforge.bench;

import java.util.concurrent.TimeUnit;

/**
 * How long a cache line takes to go from one core to another and back, measured as two threads
 * bounce a counter: no pool, no queue, nothing else. A hand-off moves a few lines per object, so
 * its time follows this one. On a virtual machine it can change while a run goes on, as the
 * hypervisor moves the virtual CPUs (on the 2-core machine of benchmarks/README.md, from about 60
 * to about 400 ns and back); the cross-thread scenario measures it before and after each fork, so
 * that a reader can tell a slower pool from a slower machine.
 */
final class CoreToCore {
    /** The counter both threads write: the calling thread makes it odd, the echo thread even. */
    private static volatile long ball;

    private CoreToCore() {
    }

    /**
     * Bounces the counter between the calling thread and a new one for about {@code millis}.
     *
     * @return nanoseconds per round trip
     */
    static double roundTripNanos(long millis) {
        ball = 0;
        Thread echo = new Thread(CoreToCore::echo, "core-to-core echo");
        echo.setDaemon(true);
        echo.start();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long start = System.nanoTime();
        long trips = 0;
        long now;
        do {
            for (int i = 0; i < 1_000; i++) {
                long serve = 2 * ++trips - 1;
                ball = serve;
                while (ball == serve) {
                    Thread.onSpinWait();
                }
            }
            now = System.nanoTime();
        } while (now < deadline);
        ball = -1;
        try {
            echo.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return (double) (now - start) / trips;
    }

    /** Returns every odd value as the next even one, until it sees -1. */
    private static void echo() {
        for (long seen = ball; seen != -1; seen = ball) {
            if ((seen & 1) == 1) {
                ball = seen + 1;
            } else {
                Thread.onSpinWait();
            }
        }
    }
}
