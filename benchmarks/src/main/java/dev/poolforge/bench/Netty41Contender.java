package dev.poolforge.bench;

import io.netty.util.Recycler;

/**
 * Netty 4.1's {@link Recycler} at its defaults, on plain threads: JMH's workers are not Netty 4.1
 * FastThreadLocalThreads, so the Recycler reaches its per-thread stack through a
 * {@code ThreadLocal} fallback, as it does in any application that does not run on Netty's threads.
 */
final class Netty41Contender<T> extends RecyclerContender<T> {
    private final Recycler<Entry<T>> recycler;

    Netty41Contender(Kind<T> kind) {
        super(kind);
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
