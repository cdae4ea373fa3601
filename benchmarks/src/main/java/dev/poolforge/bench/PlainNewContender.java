package dev.poolforge.bench;

/** No reuse: {@code new} for every request, left to the garbage collector afterwards. */
final class PlainNewContender<T> extends Contender<T> {
    PlainNewContender(Kind<T> kind) {
        super(kind);
    }

    @Override
    public Object acquire() {
        return kind.create();
    }

    @Override
    public void release(Object lease) {
    }

    @Override
    public long creates() {
        return -1;
    }

    @Override
    public String retained() {
        return "0";
    }
}
