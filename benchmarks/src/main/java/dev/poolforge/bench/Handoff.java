package dev.poolforge.bench;

/**
 * Waiting for the other side of a hand-off: spin briefly, then yield, so that when the two threads
 * share fewer free cores than they need, the waiting one gives its core to the other instead of
 * burning a whole scheduler slice. The same for every contender.
 */
final class Handoff {
    private static final int SPINS = 64;

    private Handoff() {
    }

    static void pause(int attempt) {
        if (attempt < SPINS) {
            Thread.onSpinWait();
        } else {
            Thread.yield();
        }
    }
}
