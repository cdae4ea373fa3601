package dev.poolforge.bench;

import netty42.io.netty.util.Recycler;
import netty42.io.netty.util.concurrent.FastThreadLocalThread;

/**
 * Netty 4.2's {@link Recycler} at its defaults. It pools only on its own FastThreadLocalThreads
 * ({@code netty42}); on any other thread (a plain or a virtual thread: {@code netty42Plain}) its
 * {@code get()} returns a new object with a no-op handle, so it allocates like {@code new}, which
 * is what a 4.2 user outside Netty's threads gets.
 */
final class Netty42Contender<T> extends RecyclerContender<T> {
    private final Recycler<Entry<T>> recycler;

    Netty42Contender(Kind<T> kind, boolean onFastThreads) {
        super(kind, "4.2", onFastThreads, FastThreadLocalThread.currentThreadWillCleanupFastThreadLocals());
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
