package dev.poolforge.processor.code;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.poolforge.processor.Suppression;
import javax.lang.model.element.Element;

/** Prints findings on the exact tree, unless {@link Suppression} silences them on an element they are about. */
final class FindingPrinter {
    private final Trees trees;

    FindingPrinter(Trees trees) {
        this.trees = trees;
    }

    /**
     * @param at the tree the finding is printed on
     * @param about the elements a {@code @SuppressWarnings} may sit on (or around): the field, the
     *     method, the pooled class; the finding is printed unless one of them silences it
     */
    void report(CodeFinding finding, TreePath at, Element[] about, Object... args) {
        for (Element element : about) {
            if (element != null && Suppression.isSuppressed(element, finding.id(), finding.isWarning())) {
                return;
            }
        }
        trees.printMessage(finding.kind(), finding.message(args), at.getLeaf(), at.getCompilationUnit());
    }
}
