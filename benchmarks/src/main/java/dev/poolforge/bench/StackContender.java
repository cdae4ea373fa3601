package dev.poolforge.bench;

/**
 * Pools that are an array stack of idle objects owned by one thread, with nothing shared: the
 * cheapest pooling there is. The two differ only in how a thread finds its stack.
 */
abstract class StackContender<T> extends Contender<T> {
    StackContender(Kind<T> kind) {
        super(kind);
    }

    /** @return the calling thread's stack */
    abstract ArrayStack stack();

    @Override
    public final Object acquire() {
        Object obj = stack().pop();
        return obj != null ? obj : create();
    }

    @Override
    public final void release(Object lease) {
        kind.reset(object(lease));
        stack().push(lease);
    }

    /**
     * The floor ({@code threadLocal}): a stack per thread reached through a {@code ThreadLocal}.
     * Objects released on another thread stay there, and every virtual thread starts empty.
     */
    static final class ThreadLocalStack<T> extends StackContender<T> {
        private final ThreadLocal<ArrayStack> stacks = ThreadLocal.withInitial(() -> new ArrayStack(CAPACITY));

        ThreadLocalStack(Kind<T> kind) {
            super(kind);
        }

        @Override
        ArrayStack stack() {
            return stacks.get();
        }
    }

    /**
     * No pool ({@code noPool}): the work and the reset alone. Each benchmark thread gets its own
     * stack in a field, reached with no lookup, so a round trip works on one object reused
     * forever; subtracting its time from a contender's gives that pool's own cost. Only for
     * benchmarks where an object stays on one thread.
     */
    static final class NoPool<T> extends StackContender<T> {
        private final ArrayStack idle = new ArrayStack(CAPACITY);

        NoPool(Kind<T> kind) {
            super(kind);
        }

        @Override
        ArrayStack stack() {
            return idle;
        }

        @Override
        public Contender<T> forThread() {
            return new NoPool<>(kind);
        }
    }
}
