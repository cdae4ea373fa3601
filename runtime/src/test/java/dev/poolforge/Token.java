package dev.poolforge;

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

    /** A pool of tokens counting what it created and reset; reset restores {@code value}. */
    static final class TokenPool extends Pool<Token> {
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger resets = new AtomicInteger();

        TokenPool(PoolConfig config) {
            super(config);
        }

        @Override
        protected Token create() {
            created.incrementAndGet();
            return new Token();
        }

        @Override
        protected boolean reset(Token token) {
            resets.incrementAndGet();
            token.value = 0;
            return true;
        }
    }
}
