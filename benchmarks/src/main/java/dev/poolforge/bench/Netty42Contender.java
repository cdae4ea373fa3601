package dev.poolforge.bench;

import netty42.io.netty.util.Recycler;
import netty42.io.netty.util.concurrent.FastThreadLocalThread;

/**
 * Netty 4.2's {@link Recycler} at its defaults, where it pools: on its own FastThreadLocalThreads.
 * On any other thread (a plain or a virtual thread) 4.2's {@code get()} returns a new object with a
 * no-op handle, so it allocates like {@code new}; {@link FastThreadLocalWorkers} makes JMH's
 * workers FastThreadLocalThreads so that this contender measures the pooling Recycler.
 */
final class Netty42Contender<T> extends RecyclerContender<T> {
    private final Recycler<Entry<T>> recycler;

    Netty42Contender(Kind<T> kind) {
        super(kind);
        if (!FastThreadLocalThread.currentThreadWillCleanupFastThreadLocals()) {
            throw new IllegalStateException("Netty 4.2's Recycler pools only on its FastThreadLocalThreads, and "
                    + Thread.currentThread() + " is not one: keep " + JvmArgs.WORKERS_CLASS
                    + " in the fork's JVM arguments (see JvmArgs)");
        }
        this.recycler = new Recycler<>() {
            @Override
            protected Entry<T> newObject(Handle<Entry<T>> handle) {
                return new Entry<>(handle, create());
            }
        };
    }

    @Override
    public Object acquire() {
        return recycler.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    void recycle(Entry<T> entry) {
        ((Recycler.Handle<Entry<T>>) entry.handle).recycle(entry);
    }
}
