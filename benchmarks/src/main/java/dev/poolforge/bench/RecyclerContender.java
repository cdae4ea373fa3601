package dev.poolforge.bench;

/**
 * What the two Netty Recyclers share. Netty pools a wrapper holding its recycler handle, as
 * Netty's own pooled classes hold theirs; 4.1 and 4.2 differ only in the Recycler class, which
 * lives in a different package for each (4.2 is relocated), hence one subclass each.
 *
 * <p>Each version runs on plain threads and on its own {@code FastThreadLocalThread}s, as two
 * contenders. Which kind of thread a fork's workers are is fixed for the whole fork
 * ({@link FastThreadLocalWorkers}), so each contender checks that it got the threads its name
 * promises and refuses to start otherwise, instead of silently measuring the other case.
 */
abstract class RecyclerContender<T> extends Contender<T> {
    RecyclerContender(Kind<T> kind, String version, boolean wantsFastThread, boolean onFastThread) {
        super(kind);
        if (wantsFastThread != onFastThread) {
            throw new IllegalStateException("this contender measures Netty " + version + "'s Recycler on "
                    + (wantsFastThread ? "its FastThreadLocalThreads" : "plain threads") + ", and "
                    + Thread.currentThread() + (onFastThread ? " is" : " is not") + " a Netty " + version
                    + " FastThreadLocalThread: run it with -D" + FastThreadLocalWorkers.VERSION_PROPERTY + "="
                    + (wantsFastThread ? version : version.equals("4.2") ? "4.1" : "4.2")
                    + " (see run.sh and JvmArgs)");
        }
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
