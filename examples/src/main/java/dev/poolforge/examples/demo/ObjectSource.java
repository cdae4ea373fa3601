package dev.poolforge.examples.demo;

import dev.poolforge.Pool;
import java.util.function.Supplier;

/**
 * Where the workload gets its objects: from a pool, or from {@code new}. Everything else about
 * the two variants is the same code.
 *
 * @param <T> the type of the objects
 */
interface ObjectSource<T> {
    T take();

    /** Called once the workload is done with {@code obj}; it must not use it afterwards. */
    void giveBack(T obj);

    static <T> ObjectSource<T> pooled(Pool<T> pool) {
        return new ObjectSource<>() {
            @Override
            public T take() {
                return pool.acquire();
            }

            @Override
            public void giveBack(T obj) {
                pool.release(obj);
            }
        };
    }

    /** Every take is a new object; given-back objects are left to the garbage collector. */
    static <T> ObjectSource<T> allocating(Supplier<T> constructor) {
        return new ObjectSource<>() {
            @Override
            public T take() {
                return constructor.get();
            }

            @Override
            public void giveBack(T obj) {
            }
        };
    }
}
