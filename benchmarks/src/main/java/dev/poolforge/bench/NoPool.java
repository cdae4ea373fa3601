package dev.poolforge.bench;

/**
 * The work-only baseline ({@code noPool}): the request's work and the reset, with no pool. Each
 * benchmark thread gets its own objects, made up front and reached through a field with no
 * look-up; an acquire takes the next one down and a release resets the object and steps back up,
 * so a round trip always works on the same object, as a LIFO pool's does, and a burst gets distinct
 * ones. Its time is the part every contender shares: a contender's time minus this one, measured in
 * the same run, is that contender's own cost. Only for scenarios where an object stays on the
 * thread that acquired it, and at most {@link #CAPACITY} objects out at once.
 */
final class NoPool<T> extends Contender<T> {
    private final Object[] objects = new Object[CAPACITY];
    /** Objects out now; the next acquire hands out {@code objects[out]}. */
    private int out;

    NoPool(Kind<T> kind) {
        super(kind);
        for (int i = 0; i < objects.length; i++) {
            objects[i] = kind.create();
        }
    }

    @Override
    public Object acquire() {
        return objects[out++];
    }

    @Override
    public void release(Object lease) {
        kind.reset(object(lease));
        out--;
    }

    @Override
    public Contender<T> forThread() {
        return new NoPool<>(kind);
    }

    @Override
    public String retained() {
        return Integer.toString(objects.length);
    }
}
