package dev.poolforge.processor.usage;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * The analysis state at one program point: a {@link VarState} for each local variable declared so
 * far. Immutable. An unreachable point has no store at all ({@code null}), which {@link #join}
 * treats as the neutral element.
 */
final class Store {
    static final Store EMPTY = new Store(Map.of());

    private final Map<Element, VarState> vars;

    private Store(Map<Element, VarState> vars) {
        this.vars = vars;
    }

    /** @return the variable's state, or null when it is not a local of the analyzed body */
    VarState get(Element var) {
        return vars.get(var);
    }

    Set<Map.Entry<Element, VarState>> entries() {
        return vars.entrySet();
    }

    Store with(Element var, VarState state) {
        Map<Element, VarState> copy = new HashMap<>(vars);
        copy.put(var, state);
        return new Store(copy);
    }

    /** The state where paths reaching with {@code a} and with {@code b} meet; either may be null. */
    static Store join(Store a, Store b) {
        if (a == null) {
            return b;
        }
        if (b == null || a.equals(b)) {
            return a;
        }
        Map<Element, VarState> joined = new HashMap<>(a.vars);
        b.vars.forEach((var, state) -> joined.merge(var, state, VarState::join));
        return new Store(joined);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Store && ((Store) o).vars.equals(vars);
    }

    @Override
    public int hashCode() {
        return vars.hashCode();
    }
}
