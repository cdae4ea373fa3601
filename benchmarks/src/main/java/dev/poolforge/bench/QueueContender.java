package dev.poolforge.bench;

import java.util.Queue;

/**
 * The pool people write first: a shared concurrent queue of idle objects, created on a miss and
 * dropped when a bounded queue is full. Used with a {@code ConcurrentLinkedQueue} (unbounded, one
 * node allocated per release) and with JCTools' {@code MpmcArrayQueue} (bounded, no allocation).
 */
final class QueueContender<T> extends Contender<T> {
    private final Queue<T> idle;

    QueueContender(Kind<T> kind, Queue<T> idle) {
        super(kind);
        this.idle = idle;
    }

    @Override
    public Object acquire() {
        T obj = idle.poll();
        return obj != null ? obj : create();
    }

    @Override
    public void release(Object lease) {
        T obj = object(lease);
        kind.reset(obj);
        idle.offer(obj);
    }

    @Override
    public String retained() {
        return Integer.toString(idle.size());
    }
}
