package dev.poolforge.processor.usage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Name;

/**
 * The analysis state at one program point: a {@link VarState} for each local variable and
 * parameter seen so far, and which of them hold the same object. Immutable. An unreachable point
 * has no store at all ({@code null}), which {@link #join} treats as the neutral element.
 *
 * <p>Variables that hold one object ({@code Item copy = item;}) form an alias group and always
 * share one state: releasing the object through one of them releases it for all. Groups are
 * must-aliases: where paths meet, two variables stay in one group only if they are in one group on
 * every path, so a finding never rests on an alias that only some paths make.
 *
 * <p>It also knows which boolean locals hold a known constant ({@code boolean success = false;}
 * ... {@code success = true;}), so that a branch on such a flag that no path can take is not
 * analyzed: the {@code finally { if (!success) pool.release(buf); }} of Netty's code.
 */
final class Store {
    static final Store EMPTY = new Store(VarStates.EMPTY, Map.of(), Map.of());

    private final VarStates vars;
    /** For each variable that shares its object with others, all of them (itself included); absent when alone. */
    private final Map<Element, Set<Element>> groups;
    /** The boolean locals whose value every path reaching here agrees on. */
    private final Map<Element, Boolean> flags;

    private Store(VarStates vars, Map<Element, Set<Element>> groups, Map<Element, Boolean> flags) {
        this.vars = vars;
        this.groups = groups;
        this.flags = flags;
    }

    /** @return the flag's value on every path here, or null when it is not known */
    Boolean flag(Element var) {
        return flags.get(var);
    }

    /** The boolean local now holds this value; null when it is not known. */
    Store withFlag(Element var, Boolean value) {
        if (Objects.equals(flags.get(var), value)) {
            return this;
        }
        Map<Element, Boolean> newFlags = new HashMap<>(flags);
        if (value == null) {
            newFlags.remove(var);
        } else {
            newFlags.put(var, value);
        }
        return new Store(vars, groups, newFlags);
    }

    /** @return the variable's state, or null when it is not tracked in the analyzed body */
    VarState get(Element var) {
        return vars.get(var);
    }

    /** The variables holding the same object as {@code var}, {@code var} included. */
    Set<Element> aliasesOf(Element var) {
        return groups.getOrDefault(var, Set.of(var));
    }

    List<Element> variables() {
        return vars.variables();
    }

    /** Whether some variable with this simple name has a state here: a cheap test before resolving a name. */
    boolean tracksVariableNamed(Name name) {
        return vars.hasVariableNamed(name);
    }

    /** {@code var} now holds an object no other variable holds, in this state. */
    Store bind(Element var, VarState state) {
        return new Store(vars.with(var, state), groups.containsKey(var) ? detach(var) : groups, flags);
    }

    /** {@code target} now holds the object {@code source} holds. */
    Store alias(Element target, Element source) {
        if (aliasesOf(source).contains(target)) {
            return this;
        }
        Map<Element, Set<Element>> newGroups = detach(target);
        Set<Element> group = new HashSet<>(aliasesOf(source));
        group.add(target);
        Set<Element> shared = Set.copyOf(group);
        shared.forEach(member -> newGroups.put(member, shared));
        return new Store(vars.with(target, vars.get(source)), newGroups, flags);
    }

    /** The object {@code var} holds is now in this state, under every name it has. */
    Store update(Element var, VarState state) {
        if (state.equals(vars.get(var))) {
            return this; // every alias shares the state, so none changes
        }
        VarStates newVars = vars;
        for (Element member : aliasesOf(var)) {
            newVars = newVars.with(member, state);
        }
        return new Store(newVars, groups, flags);
    }

    /** The groups with {@code var} taken out of its own. */
    private Map<Element, Set<Element>> detach(Element var) {
        Map<Element, Set<Element>> newGroups = new HashMap<>(groups);
        Set<Element> group = newGroups.remove(var);
        if (group != null) {
            Set<Element> rest = new HashSet<>(group);
            rest.remove(var);
            regroup(newGroups, rest);
        }
        return newGroups;
    }

    /** Records {@code members} as one group; a group of one is no group. */
    private static void regroup(Map<Element, Set<Element>> groups, Set<Element> members) {
        if (members.size() == 1) {
            groups.remove(members.iterator().next());
            return;
        }
        Set<Element> shared = Set.copyOf(members);
        shared.forEach(member -> groups.put(member, shared));
    }

    /** The state where paths reaching with {@code a} and with {@code b} meet; either may be null. */
    static Store join(Store a, Store b) {
        if (a == null) {
            return b;
        }
        if (b == null || a.equals(b)) {
            return a;
        }
        Map<Element, Set<Element>> groups = a.groups.isEmpty() && b.groups.isEmpty() ? Map.of() : joinGroups(a, b);
        return new Store(VarStates.join(a.vars, b.vars), groups, joinFlags(a.flags, b.flags));
    }

    /** The flags both paths agree on. */
    private static Map<Element, Boolean> joinFlags(Map<Element, Boolean> a, Map<Element, Boolean> b) {
        if (a.isEmpty() || a.equals(b)) {
            return a;
        }
        Map<Element, Boolean> flags = new HashMap<>(a);
        flags.entrySet().removeIf(flag -> !flag.getValue().equals(b.get(flag.getKey())));
        return flags;
    }

    /**
     * Variables on both paths stay in one group where both paths group them together. A variable
     * that only one path declares (the copy made in a loop body, seen again at the loop head) joins
     * the group its path gives it, when that group's variables on both paths stayed together.
     */
    private static Map<Element, Set<Element>> joinGroups(Store a, Store b) {
        Map<List<Set<Element>>, Set<Element>> classes = new HashMap<>();
        for (Element var : a.vars.variables()) {
            if (b.vars.contains(var)) {
                classes.computeIfAbsent(List.of(a.aliasesOf(var), b.aliasesOf(var)), key -> new HashSet<>()).add(var);
            }
        }
        Map<List<Set<Element>>, Set<Element>> oneSided = new HashMap<>();
        addOneSided(a, b, 0, classes, oneSided);
        addOneSided(b, a, 1, classes, oneSided);
        Map<Element, Set<Element>> groups = new HashMap<>();
        classes.values().forEach(members -> regroup(groups, members));
        oneSided.values().forEach(members -> regroup(groups, members));
        return groups;
    }

    private static void addOneSided(Store side, Store other, int index, Map<List<Set<Element>>, Set<Element>> classes,
            Map<List<Set<Element>>, Set<Element>> oneSided) {
        for (Element var : side.vars.variables()) {
            if (other.vars.contains(var)) {
                continue;
            }
            Set<Element> group = side.aliasesOf(var);
            List<Set<Element>> matching = classes.entrySet().stream()
                    .filter(c -> c.getKey().get(index).equals(group))
                    .map(Map.Entry::getValue)
                    .limit(2)
                    .toList();
            if (matching.size() == 1) {
                matching.get(0).add(var);
            } else {
                oneSided.computeIfAbsent(Arrays.asList(index == 0 ? group : null, index == 1 ? group : null),
                        key -> new HashSet<>()).add(var);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Store && ((Store) o).vars.equals(vars) && ((Store) o).groups.equals(groups)
                && ((Store) o).flags.equals(flags);
    }

    @Override
    public int hashCode() {
        return vars.hashCode();
    }
}
