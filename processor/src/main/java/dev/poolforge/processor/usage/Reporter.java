package dev.poolforge.processor.usage;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Prints findings for one analyzed body on the exact tree, once each: the analysis visits some
 * code more than once (loops until a fixpoint, a finally block once per way of entering it), and
 * the first finding on a tree wins. Findings about a variable declared
 * {@code @SuppressWarnings("poolforge")} are dropped here.
 */
final class Reporter {
    private final Trees trees;
    private final CompilationUnitTree unit;
    private final Set<Map.Entry<Tree, String>> reported = new HashSet<>();

    Reporter(Trees trees, CompilationUnitTree unit) {
        this.trees = trees;
        this.unit = unit;
    }

    void report(Tree at, Element var, Finding finding) {
        if (!Suppressions.suppressed(var) && reported.add(Map.entry(at, finding.id()))) {
            trees.printMessage(finding.kind(), finding.message(), at, unit);
        }
    }

    long lineOf(Tree tree) {
        return unit.getLineMap().getLineNumber(positionOf(tree));
    }

    long positionOf(Tree tree) {
        return trees.getSourcePositions().getStartPosition(unit, tree);
    }

    long endLineOf(Tree tree) {
        return unit.getLineMap().getLineNumber(trees.getSourcePositions().getEndPosition(unit, tree) - 1);
    }
}
