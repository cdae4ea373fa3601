package dev.poolforge.processor.usage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * The analysis state at one program point: a {@link VarState} for each local variable and
 * parameter seen so far, and which of them hold the same object. Immutable. An unreachable point
 * has no store at all ({@code null}), which {@link #join} treats as the neutral element.
 *
 * <p>Variables that hold one object ({@code Item copy = item;}) form an alias group and always
 * share one state: releasing the object through one of them releases it for all. Groups are
 * must-aliases: where paths meet, two variables stay in one group only if they are in one group on
 * every path, so a finding never rests on an alias that only some paths make.
 */
final class Store {
    static final Store EMPTY = new Store(Map.of(), Map.of());

    private final Map<Element, VarState> vars;
    /** For each variable that shares its object with others, all of them (itself included); absent when alone. */
    private final Map<Element, Set<Element>> groups;

    private Store(Map<Element, VarState> vars, Map<Element, Set<Element>> groups) {
        this.vars = vars;
        this.groups = groups;
    }

    /** @return the variable's state, or null when it is not tracked in the analyzed body */
    VarState get(Element var) {
        return vars.get(var);
    }

    /** The variables holding the same object as {@code var}, {@code var} included. */
    Set<Element> aliasesOf(Element var) {
        return groups.getOrDefault(var, Set.of(var));
    }

    Set<Element> variables() {
        return vars.keySet();
    }

    /** {@code var} now holds an object no other variable holds, in this state. */
    Store bind(Element var, VarState state) {
        Map<Element, VarState> newVars = new HashMap<>(vars);
        newVars.put(var, state);
        return new Store(newVars, detach(var));
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
        Map<Element, VarState> newVars = new HashMap<>(vars);
        newVars.put(target, vars.get(source));
        return new Store(newVars, newGroups);
    }

    /** The object {@code var} holds is now in this state, under every name it has. */
    Store update(Element var, VarState state) {
        Map<Element, VarState> newVars = new HashMap<>(vars);
        aliasesOf(var).forEach(member -> newVars.put(member, state));
        return new Store(newVars, groups);
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
        Map<Element, VarState> joined = new HashMap<>(a.vars);
        b.vars.forEach((var, state) -> joined.merge(var, state, VarState::join));
        Map<Element, Set<Element>> groups = new HashMap<>();
        a.groups.forEach((var, group) -> {
            if (!groups.containsKey(var) && b.vars.containsKey(var)) {
                Set<Element> common = new HashSet<>(group);
                common.retainAll(b.aliasesOf(var));
                regroup(groups, common);
            }
        });
        return new Store(joined, groups);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Store && ((Store) o).vars.equals(vars) && ((Store) o).groups.equals(groups);
    }

    @Override
    public int hashCode() {
        return vars.hashCode();
    }
}
