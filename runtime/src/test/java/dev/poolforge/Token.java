package dev.poolforge;

import java.lang.ref.WeakReference;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A pooled test object that knows whether it is out on loan, so a double hand-out shows. */
final class Token {
    private final AtomicBoolean onLoan = new AtomicBoolean();
    int value;

    /** Marks the token as handed out; false if it already was, i.e. a double hand-out. */
    boolean lend() {
        return onLoan.compareAndSet(false, true);
    }

    void giveBack() {
        if (!onLoan.compareAndSet(true, false)) {
            throw new AssertionError("token given back while not on loan");
        }
    }

    /**
     * A pool of tokens counting what it created and reset, with a weak reference to each token it
     * created (to tell whether any is still reachable); reset restores {@code value}.
     */
    static final class TokenPool extends Pool<Token> {
        final AtomicInteger created = new AtomicInteger();
        final Queue<WeakReference<Token>> createdTokens = new ConcurrentLinkedQueue<>();
        final AtomicInteger resets = new AtomicInteger();

        TokenPool(PoolConfig config) {
            super(config);
        }

        @Override
        protected Token create() {
            created.incrementAndGet();
            Token token = new Token();
            createdTokens.add(new WeakReference<>(token));
            return token;
        }

        @Override
        protected boolean reset(Token token) {
            resets.incrementAndGet();
            token.value = 0;
            return true;
        }
    }
}
