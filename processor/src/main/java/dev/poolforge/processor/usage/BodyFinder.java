package dev.poolforge.processor.usage;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.poolforge.processor.Suppression;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Walks one class (with everything nested in it) and runs the {@link BodyCheck} on every method
 * body, lambda body and initializer block that {@linkplain BodyCheck#concerns concerns} it, each on
 * its own: a failure inside the check of one body becomes one warning naming it, and the walk goes
 * on. Suppression is decided per finding by the {@link Reporter}, since
 * {@code @SuppressWarnings("poolforge")} silences warnings only and {@code "poolforge:Id"} one
 * finding only.
 */
final class BodyFinder extends TreePathScanner<Void, Void> {
    private final Trees trees;
    private final CompilationUnitTree unit;
    private final BodyCheck check;

    BodyFinder(Trees trees, CompilationUnitTree unit, BodyCheck check) {
        this.trees = trees;
        this.unit = unit;
        this.check = check;
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
        Element type = trees.getElement(getCurrentPath());
        for (Tree member : node.getMembers()) {
            if (member instanceof BlockTree && Syntax.contains(member, check::concerns)) {
                checkBody(member, "initializer", type, () -> "an initializer of " + type);
            }
        }
        return super.visitClass(node, unused);
    }

    /**
     * Checks the body if some tree in it concerns the check (a body that does not holds no nested
     * body that does), then walks it (with tree paths, which cost an object per tree) only if it
     * declares a lambda or a class, the only bodies nested in a method's, as the check says.
     */
    @Override
    public Void visitMethod(MethodTree node, Void unused) {
        if (node.getBody() == null || !Syntax.contains(node.getBody(), check::concerns)) {
            return null;
        }
        Element method = trees.getElement(getCurrentPath());
        return checkBody(node.getBody(), "method", method, () -> describe(method))
                ? super.visitMethod(node, unused)
                : null;
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        if (!Syntax.contains(node.getBody(), check::concerns)) {
            return null;
        }
        Element declaration = enclosingDeclaration();
        return checkBody(node.getBody(), "lambda", declaration, () -> "a lambda in " + describe(declaration))
                ? super.visitLambdaExpression(node, unused)
                : null;
    }

    /**
     * @param description names the body in the warning should its check fail
     * @return whether the body may declare a lambda or a class: as the check says, or true when it failed
     */
    private boolean checkBody(Tree body, String kind, Element declaration, Supplier<String> description) {
        try {
            return check.check(new TreePath(getCurrentPath(), body), kind, new Reporter(trees, unit, declaration));
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError failure) {
            if (declaration == null || !Suppression.isSuppressed(declaration, Findings.CHECKER_FAILURE, true)) {
                trees.printMessage(Diagnostic.Kind.WARNING,
                        Findings.checkerFailure(description.get(), failure).message(), body, unit);
            }
            return true;
        }
    }

    /** The method, field or class the current lambda is written in. */
    private Element enclosingDeclaration() {
        for (TreePath p = getCurrentPath(); ; p = p.getParentPath()) {
            Tree leaf = p.getLeaf();
            if (leaf instanceof MethodTree || leaf instanceof VariableTree || leaf instanceof ClassTree
                    || p.getParentPath() == null) {
                return trees.getElement(p);
            }
        }
    }

    /** {@code OrderService.handle(int)}: the class and the signature, as a user finds it. */
    private static String describe(Element element) {
        return element == null ? "code javac could not attribute"
                : element.getEnclosingElement().getSimpleName() + "." + element;
    }
}
