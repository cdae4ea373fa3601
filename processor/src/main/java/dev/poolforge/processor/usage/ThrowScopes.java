package dev.poolforge.processor.usage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * The exceptional edges collected for each enclosing {@code try} block (or {@code catch} blocks of
 * one try): every statement that may throw adds the state before it and what it may throw. Outside
 * any try an exception leaves the body, which no check looks at.
 */
final class ThrowScopes {

    /**
     * @param store the state the exception leaves with: the one before the throwing statement
     * @param thrown what it may throw
     */
    record Edge(Store store, List<TypeMirror> thrown) {
    }

    private final Deque<List<Edge>> open = new ArrayDeque<>();

    void enter() {
        open.push(new ArrayList<>());
    }

    /** Whether a try block is open, so that edges are worth computing. */
    boolean collecting() {
        return !open.isEmpty();
    }

    /** The edges added since the matching {@link #enter}. */
    List<Edge> leave() {
        return open.pop();
    }

    /** An exception of one of these types may leave from this state (null: the point is unreachable). */
    void add(Store store, List<TypeMirror> thrown) {
        if (store != null && !thrown.isEmpty() && !open.isEmpty()) {
            List<Edge> edges = open.peek();
            Edge edge = new Edge(store, thrown);
            if (edges.isEmpty() || !edges.get(edges.size() - 1).equals(edge)) {
                edges.add(edge);
            }
        }
    }
}
