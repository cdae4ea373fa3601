package dev.poolforge.bench;

/** A bounded array stack of idle objects for one thread: the cheapest pool there is. */
final class ArrayStack {
    private final Object[] items;
    private int size;

    ArrayStack(int capacity) {
        this.items = new Object[capacity];
    }

    /** @return the last pushed object, or null when empty */
    Object pop() {
        if (size == 0) {
            return null;
        }
        Object obj = items[--size];
        items[size] = null;
        return obj;
    }

    /** Pushes the object, or drops it when full. */
    void push(Object obj) {
        if (size < items.length) {
            items[size++] = obj;
        }
    }
}
