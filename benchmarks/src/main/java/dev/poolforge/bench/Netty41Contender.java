package dev.poolforge.bench;

import io.netty.util.Recycler;
import io.netty.util.concurrent.FastThreadLocalThread;

/**
 * Netty 4.1's {@link Recycler} at its defaults. On plain threads ({@code netty41}) it reaches its
 * per-thread stack through a {@code ThreadLocal} fallback, as in any application that does not run
 * on Netty's threads; on 4.1 {@link FastThreadLocalThread}s ({@code netty41Fast}) through the
 * thread's own field, as inside Netty's event loops.
 */
final class Netty41Contender<T> extends RecyclerContender<T> {
    private final Recycler<Entry<T>> recycler;

    Netty41Contender(Kind<T> kind, boolean onFastThreads) {
        super(kind, "4.1", onFastThreads, Thread.currentThread() instanceof FastThreadLocalThread);
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
