package dev.poolforge.bench;

/**
 * The floors: an array stack of idle objects per thread, reached through a {@code ThreadLocal},
 * with nothing shared: the cheapest pooling there is. Objects released on another thread stay
 * there, and every virtual thread starts empty.
 *
 * <p>{@code threadLocal} is the best an acquire/release API can do: one look-up in acquire and
 * one in release. {@code threadLocalOnce} finds the stack once per round trip, the physical limit
 * of per-thread pooling; it exists only as a whole round trip, so it runs only in the scenarios
 * that are round trips.
 */
class StackContender<T> extends Contender<T> {
    private final ThreadLocal<ArrayStack> stacks = ThreadLocal.withInitial(() -> new ArrayStack(CAPACITY));

    StackContender(Kind<T> kind) {
        super(kind);
    }

    @Override
    public Object acquire() {
        return take(stacks.get());
    }

    @Override
    public void release(Object lease) {
        give(stacks.get(), lease);
    }

    final ArrayStack stack() {
        return stacks.get();
    }

    final Object take(ArrayStack stack) {
        Object obj = stack.pop();
        return obj != null ? obj : create();
    }

    final void give(ArrayStack stack, Object lease) {
        kind.reset(object(lease));
        stack.push(lease);
    }

    /** {@code threadLocalOnce}: one {@code ThreadLocal} look-up serves the acquire and the release. */
    static final class OneLookUp<T> extends StackContender<T> {
        OneLookUp(Kind<T> kind) {
            super(kind);
        }

        @Override
        public long roundTrip(long seq) {
            ArrayStack stack = stack();
            Object lease = take(stack);
            long result = work(lease, seq);
            give(stack, lease);
            return result;
        }

        @Override
        public Object acquire() {
            throw wholeRoundTripsOnly();
        }

        @Override
        public void release(Object lease) {
            throw wholeRoundTripsOnly();
        }

        private static UnsupportedOperationException wholeRoundTripsOnly() {
            return new UnsupportedOperationException("threadLocalOnce finds its stack once per round trip, so it "
                    + "has no separate acquire and release; run it only where the benchmark calls roundTrip "
                    + "(RoundTripBenchmark, GcInterplayBenchmark, VirtualThreadBenchmark)");
        }
    }
}
