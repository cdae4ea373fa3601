package dev.poolforge.bench;

import dev.poolforge.Pool;
import dev.poolforge.PoolConfig;

/**
 * One kind of benchmark object: how to make it, the reset a user of another pool writes by hand
 * (the same statements the poolforge pool runs), and the work a request does with it. Every
 * contender runs exactly this work and this reset, so the differences between them are the pools'.
 *
 * @param <T> the object type
 */
public abstract class Kind<T> {
    /** A few fields, a list and a builder. */
    public static final Kind<SmallObject> SMALL = new Kind<>("small") {
        @Override
        SmallObject create() {
            return new SmallObject();
        }

        @Override
        void reset(SmallObject obj) {
            obj.id = 0;
            obj.count = 0;
            obj.name = null;
            obj.tags.clear();
            obj.text.setLength(0);
        }

        @Override
        long work(SmallObject obj, long seq) {
            obj.id = seq;
            obj.count++;
            obj.name = "small";
            obj.tags.add("tag");
            obj.text.append("text").append('#');
            return obj.id + obj.tags.size() + obj.text.length();
        }

        @Override
        Pool<SmallObject> newPool(PoolConfig config) {
            return new SmallObjectPool(config);
        }
    };

    /** A 64 KiB buffer kept across reuse; the work writes a few bytes, a different line each time. */
    public static final Kind<BufferObject> BUFFER = new Kind<>("buffer") {
        @Override
        BufferObject create() {
            return new BufferObject();
        }

        @Override
        void reset(BufferObject obj) {
            obj.length = 0;
        }

        @Override
        long work(BufferObject obj, long seq) {
            byte[] data = obj.data;
            int at = (int) (seq * 64) & (BufferObject.SIZE - 1);
            data[at] = (byte) seq;
            data[at + 1] = 1;
            data[BufferObject.SIZE - 1] = 2;
            obj.length = at + 2;
            return data[0] + obj.length;
        }

        @Override
        Pool<BufferObject> newPool(PoolConfig config) {
            return new BufferObjectPool(config);
        }
    };

    private final String name;

    private Kind(String name) {
        this.name = name;
    }

    /**
     * The kind a benchmark parameter names.
     *
     * @param name {@code small} or {@code buffer}
     * @return that kind
     */
    public static Kind<?> named(String name) {
        switch (name) {
            case "small":
                return SMALL;
            case "buffer":
                return BUFFER;
            default:
                throw new IllegalArgumentException("unknown object kind '" + name + "'; use small or buffer");
        }
    }

    abstract T create();

    abstract void reset(T obj);

    abstract long work(T obj, long seq);

    /** @return a new poolforge pool for this kind */
    abstract Pool<T> newPool(PoolConfig config);

    @Override
    public String toString() {
        return name;
    }
}
