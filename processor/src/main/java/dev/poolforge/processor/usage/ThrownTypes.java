package dev.poolforge.processor.usage;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.UnionType;
import javax.lang.model.util.Types;

/**
 * Which exceptions a piece of code may throw, and which {@code catch} clauses may receive them,
 * from the attributed trees. An expression throws only through what it calls or allocates: the
 * checked exceptions an invoked method or constructor declares, and an unchecked one from any call,
 * allocation or array access. Everything else (reading and writing locals and fields, comparisons,
 * arithmetic) is taken not to throw, so that a statement like {@code return item;} does not carry its
 * state into a {@code catch}.
 */
final class ThrownTypes {
    private final Trees trees;
    private final Types types;
    private final JavaBaseTypes javaBase;
    /** Looked up at first use, as {@link JavaBaseTypes} does, then kept: they are asked for at most statements. */
    private List<TypeMirror> anything;
    private List<TypeMirror> unchecked;

    ThrownTypes(Trees trees, Types types, JavaBaseTypes javaBase) {
        this.trees = trees;
        this.types = types;
        this.javaBase = javaBase;
    }

    /** What an implicit {@code close()} of try-with-resources, or other code not in the trees, may throw. */
    List<TypeMirror> anything() {
        if (anything == null) {
            anything = List.of(javaBase.erasure(Throwable.class.getName()));
        }
        return anything;
    }

    /** What any call, allocation or array access may throw without declaring it. */
    private List<TypeMirror> unchecked() {
        if (unchecked == null) {
            unchecked = List.of(javaBase.erasure(RuntimeException.class.getName()),
                    javaBase.erasure(Error.class.getName()));
        }
        return unchecked;
    }

    /**
     * The exceptions evaluating this expression may throw, not counting the bodies of lambdas and
     * classes it declares (they run later, if at all); empty when it cannot throw. The walk makes a
     * tree path only for the calls it resolves, as {@link FlowWalk} does.
     */
    List<TypeMirror> of(TreePath expression) {
        List<TypeMirror> thrown = new ArrayList<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                addCall(thrown, invoked(node));
                return super.visitMethodInvocation(node, unused);
            }

            @Override
            public Void visitNewClass(NewClassTree node, Void unused) {
                addCall(thrown, invoked(node));
                scan(node.getEnclosingExpression(), unused);
                scan(node.getArguments(), unused);
                return null;
            }

            @Override
            public Void visitNewArray(NewArrayTree node, Void unused) {
                add(thrown, unchecked());
                return super.visitNewArray(node, unused);
            }

            @Override
            public Void visitArrayAccess(ArrayAccessTree node, Void unused) {
                add(thrown, unchecked());
                return super.visitArrayAccess(node, unused);
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                return null;
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return null;
            }

            private Element invoked(Tree call) {
                return trees.getElement(call == expression.getLeaf() ? expression : new TreePath(expression, call));
            }
        }.scan(expression.getLeaf(), null);
        return thrown;
    }

    /** What {@code throw value} throws: the value's static type or any subtype of it. */
    List<TypeMirror> ofThrow(TreePath value) {
        TypeMirror type = trees.getTypeMirror(value);
        return type == null || type.getKind() != TypeKind.DECLARED ? anything() : List.of(types.erasure(type));
    }

    /** The types a catch clause names, one or (for {@code catch (A | B e)}) several. */
    List<TypeMirror> caughtBy(TreePath catchClause) {
        CatchTree clause = (CatchTree) catchClause.getLeaf();
        TypeMirror type = trees.getTypeMirror(new TreePath(catchClause, clause.getParameter()));
        if (type instanceof UnionType) {
            return List.copyOf(((UnionType) type).getAlternatives());
        }
        return type == null ? anything() : List.of(type);
    }

    /** Whether a clause catching {@code caught} may receive an exception of one of the {@code thrown} types. */
    boolean mayCatch(List<TypeMirror> caught, List<TypeMirror> thrown) {
        for (TypeMirror t : thrown) {
            for (TypeMirror c : caught) {
                if (types.isSubtype(t, c) || types.isSubtype(c, t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether clauses catching {@code caught} receive every exception of the {@code thrown} types. */
    boolean catchesAll(List<TypeMirror> caught, List<TypeMirror> thrown) {
        return thrown.stream().allMatch(t -> caught.stream().anyMatch(c -> types.isSubtype(t, c)));
    }

    private void addCall(List<TypeMirror> thrown, Element invoked) {
        add(thrown, unchecked());
        if (invoked instanceof ExecutableElement) {
            ((ExecutableElement) invoked).getThrownTypes().forEach(t -> add(thrown, List.of(types.erasure(t))));
        } else {
            add(thrown, anything());
        }
    }

    private void add(List<TypeMirror> thrown, List<TypeMirror> more) {
        for (TypeMirror type : more) {
            if (!containsSameType(thrown, type)) {
                thrown.add(type);
            }
        }
    }

    private boolean containsSameType(List<TypeMirror> known, TypeMirror type) {
        for (TypeMirror each : known) {
            if (each == type || types.isSameType(each, type)) {
                return true;
            }
        }
        return false;
    }
}
