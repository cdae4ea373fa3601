package dev.poolforge.processor.usage;

import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Name;

/**
 * The {@link VarState} of each variable of a {@link Store}: an immutable map kept in two small
 * arrays. A body tracks a few variables, and its state changes at most statements and is joined
 * wherever paths meet, so copying a few array slots costs far less than copying a hash map at each
 * change. Variables are javac's elements, equal only to themselves, and are found by a linear scan.
 */
final class VarStates {
    static final VarStates EMPTY = new VarStates(new Element[0], new VarState[0]);

    private final Element[] vars;
    private final VarState[] states;

    private VarStates(Element[] vars, VarState[] states) {
        this.vars = vars;
        this.states = states;
    }

    /** @return the variable's state, or null when it has none */
    VarState get(Element var) {
        int i = indexOf(var);
        return i < 0 ? null : states[i];
    }

    boolean contains(Element var) {
        return indexOf(var) >= 0;
    }

    /** javac keeps one {@code Name} object per distinct name in a compile, so they compare quickly. */
    boolean hasVariableNamed(Name name) {
        for (Element var : vars) {
            if (var.getSimpleName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    List<Element> variables() {
        return List.of(vars);
    }

    /** These states with {@code var} in {@code state}; this map itself when that changes nothing. */
    VarStates with(Element var, VarState state) {
        int i = indexOf(var);
        if (i >= 0 && states[i].equals(state)) {
            return this;
        }
        Element[] newVars = i >= 0 ? vars : Arrays.copyOf(vars, vars.length + 1);
        VarState[] newStates = Arrays.copyOf(states, newVars.length);
        int at = i >= 0 ? i : vars.length;
        newVars[at] = var;
        newStates[at] = state;
        return new VarStates(newVars, newStates);
    }

    /** Where paths meet: each variable in the join of its states, or in the one state a single path gives it. */
    static VarStates join(VarStates a, VarStates b) {
        VarStates joined = a;
        for (int i = 0; i < b.vars.length; i++) {
            VarState mine = a.get(b.vars[i]);
            joined = joined.with(b.vars[i], mine == null ? b.states[i] : mine.join(b.states[i]));
        }
        return joined;
    }

    private int indexOf(Element var) {
        for (int i = 0; i < vars.length; i++) {
            if (vars[i] == var) {
                return i;
            }
        }
        return -1;
    }

    /** Equal when they map the same variables to equal states, in whatever order they were added. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof VarStates) || ((VarStates) o).vars.length != vars.length) {
            return false;
        }
        for (int i = 0; i < vars.length; i++) {
            if (!states[i].equals(((VarStates) o).get(vars[i]))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (int i = 0; i < vars.length; i++) {
            hash += System.identityHashCode(vars[i]) ^ states[i].hashCode();
        }
        return hash;
    }
}
