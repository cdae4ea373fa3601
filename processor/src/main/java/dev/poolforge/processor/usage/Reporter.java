package dev.poolforge.processor.usage;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import dev.poolforge.processor.Suppression;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints findings for one analyzed body on the exact tree, once each: the analysis visits some
 * code more than once (loops until a fixpoint, a finally block once per way of entering it), and
 * the first finding on a tree wins. Suppressed findings are dropped here, by the one rule of
 * {@link Suppression}, asked of the variables the finding is about and of the declaration (method,
 * field or class) whose body is analyzed.
 */
final class Reporter {
    private final Trees trees;
    private final CompilationUnitTree unit;
    private final Element declaration;
    private final Set<Map.Entry<Tree, String>> reported = new HashSet<>();

    /**
     * @param declaration the method, field or class whose body this reports on; may be null when
     *     javac could not attribute it
     */
    Reporter(Trees trees, CompilationUnitTree unit, Element declaration) {
        this.trees = trees;
        this.unit = unit;
        this.declaration = declaration;
    }

    /**
     * @param vars the variables the finding is about (one object's names); a suppression on any of
     *     them counts
     */
    void report(Tree at, Set<Element> vars, Finding finding) {
        boolean warning = finding.kind() != Diagnostic.Kind.ERROR;
        boolean suppressed = (declaration != null && Suppression.isSuppressed(declaration, finding.id(), warning))
                || vars.stream().anyMatch(var -> Suppression.isSuppressed(var, finding.id(), warning));
        if (!suppressed && reported.add(Map.entry(at, finding.id()))) {
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
