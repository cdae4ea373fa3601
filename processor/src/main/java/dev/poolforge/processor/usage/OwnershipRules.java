package dev.poolforge.processor.usage;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.Element;

/**
 * The findings: given the state before an operation, whether the operation is a bug on some path
 * reaching it, and which finding says so. The state comes from {@link OwnershipAnalysis}; the
 * wording from {@link Findings}.
 */
final class OwnershipRules {
    private final Reporter reporter;

    OwnershipRules(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Reading, writing, passing or copying the variable: wrong once its object may be back in the pool. */
    void use(Tree at, Element var, Store store) {
        VarState state = store.get(var);
        if (state.may(Ownership.RELEASED)) {
            reporter.report(at, store.aliasesOf(var), Findings.useAfterRelease(nameOf(var), state));
        }
    }

    /** {@code pool.release(var)}: wrong when the object may be released already, or belong to someone else. */
    void release(MethodInvocationTree call, Element var, Store store) {
        VarState state = store.get(var);
        if (state.may(Ownership.RELEASED)) {
            reporter.report(call, store.aliasesOf(var), Findings.doubleRelease(nameOf(var), state));
        } else if (state.may(Ownership.ESCAPED)) {
            reporter.report(call, store.aliasesOf(var), Findings.releaseAfterEscape(nameOf(var), state));
        }
    }

    /**
     * The variable is about to hold something else: its object is lost if it may still be owned and
     * no other variable holds it.
     *
     * @param why what takes the object's place, e.g. "it is assigned again on line 12"; worked out
     *     only for a finding
     */
    void overwrite(Element var, Store store, Supplier<String> why) {
        VarState state = store.get(var);
        if (state != null && state.may(Ownership.LIVE) && store.aliasesOf(var).size() == 1) {
            reporter.report(state.acquired().tree(), Set.of(var), Findings.neverReleased(nameOf(var), state, why.get()));
        }
    }

    /**
     * The body ends normally in this state: an object still owned is never given back. Paths that end
     * by an exception are not checked: an object that never goes back costs one allocation, not a leak.
     *
     * @param where how it ends, e.g. "the method returns on line 14"; worked out only for a finding
     */
    void exit(Store store, Supplier<String> where) {
        // Every body ends here, most with nothing live: sort (by name, for a stable order of
        // findings) only what is left to report.
        List<Element> live = new ArrayList<>();
        for (Element var : store.variables()) {
            if (store.get(var).may(Ownership.LIVE)) {
                live.add(var);
            }
        }
        live.sort(Comparator.comparing(OwnershipRules::nameOf));
        for (Element var : live) {
            reporter.report(store.get(var).acquired().tree(), store.aliasesOf(var),
                    Findings.neverReleased(nameOf(var), store.get(var), where.get()));
        }
    }

    private static String nameOf(Element var) {
        return var.getSimpleName().toString();
    }
}
