package dev.poolforge.bench;

/**
 * What the two Netty Recyclers share. Netty pools a wrapper holding its recycler handle, as
 * Netty's own pooled classes hold theirs; 4.1 and 4.2 differ only in the Recycler class, which
 * lives in a different package for each (4.2 is relocated), hence one subclass each.
 */
abstract class RecyclerContender<T> extends Contender<T> {
    RecyclerContender(Kind<T> kind) {
        super(kind);
    }

    /** Gives the entry back through its handle. */
    abstract void recycle(Entry<T> entry);

    @Override
    @SuppressWarnings("unchecked")
    final T object(Object lease) {
        return ((Entry<T>) lease).value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public final void release(Object lease) {
        Entry<T> entry = (Entry<T>) lease;
        kind.reset(entry.value);
        recycle(entry);
    }

    /** The pooled wrapper: the object and the Recycler handle (of either Netty version). */
    static final class Entry<T> {
        final Object handle;
        final T value;

        Entry(Object handle, T value) {
            this.handle = handle;
            this.value = value;
        }
    }
}
