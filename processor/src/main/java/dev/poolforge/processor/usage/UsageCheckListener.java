package dev.poolforge.processor.usage;

import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.tools.Diagnostic;

/**
 * Runs the checks on each class right after javac has analyzed it (attributed and checked its
 * flow), when every expression has its type and before any desugaring rewrites the trees.
 */
final class UsageCheckListener implements TaskListener {
    private final Trees trees;
    private final BodyCheck check;

    UsageCheckListener(Trees trees, BodyCheck check) {
        this.trees = trees;
        this.check = check;
    }

    @Override
    public void finished(TaskEvent event) {
        if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
            return;
        }
        TreePath type = trees.getPath(event.getTypeElement());
        if (type == null) {
            return;
        }
        try {
            new BodyFinder(trees, event.getCompilationUnit(), check).scan(type, null);
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError failure) {
            // BodyFinder isolates each body; this catches a failure while walking the class itself.
            trees.printMessage(Diagnostic.Kind.WARNING, Findings.checkerFailure(
                    "class " + event.getTypeElement().getQualifiedName(), failure).message(),
                    type.getLeaf(), event.getCompilationUnit());
        }
    }
}
