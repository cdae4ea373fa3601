package dev.poolforge.processor.usage;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Recognizes the calls the analysis reacts to, by the method javac resolved rather than by name,
 * so that any subclass of {@code dev.poolforge.Pool} counts, generated or hand-written, from
 * sources or from a jar. {@code acquire} and {@code release} are final in {@code Pool}, so every
 * call of them resolves to {@code Pool}'s own method.
 */
final class PoolCalls {
    private static final String POOL = "dev.poolforge.Pool";

    /** Methods of collections and maps that keep their argument: calling one hands the object off. */
    private static final Set<String> STORING_METHODS = Set.of(
            "add", "addFirst", "addLast", "offer", "offerFirst", "offerLast", "push",
            "put", "putIfAbsent", "set", "replace");

    private final Trees trees;
    private final Types types;
    private final TypeMirror collection;
    private final TypeMirror map;
    private final ThrownTypes thrownTypes;

    PoolCalls(Trees trees, Types types, Elements elements) {
        this.trees = trees;
        this.types = types;
        this.collection = erasureOf(elements, "java.util.Collection");
        this.map = erasureOf(elements, "java.util.Map");
        this.thrownTypes = new ThrownTypes(trees, types, elements);
    }

    /** What the calls (and other code) of an analyzed body may throw. */
    ThrownTypes thrownTypes() {
        return thrownTypes;
    }

    boolean isAcquire(TreePath call) {
        return isPoolMethod(call, "acquire");
    }

    boolean isRelease(TreePath call) {
        return isPoolMethod(call, "release");
    }

    /** {@code list.add(x)}, {@code map.put(k, x)} and the like, on any collection or map. */
    boolean isCollectionStore(TreePath call) {
        ExecutableElement method = invoked(call);
        if (method == null || !STORING_METHODS.contains(method.getSimpleName().toString())) {
            return false;
        }
        TypeMirror owner = types.erasure(method.getEnclosingElement().asType());
        return types.isSubtype(owner, collection) || types.isSubtype(owner, map);
    }

    /**
     * Whether the code calls a method named {@code acquire} or {@code release} at all: a cheap test
     * by name, before any type is looked at. Code that calls neither cannot misuse a pool, so most
     * bodies of a project are skipped after this one pass.
     */
    static boolean mayUsePools(Tree code) {
        Boolean found = new TreeScanner<Boolean, Void>() {
            @Override
            public Boolean visitMethodInvocation(MethodInvocationTree node, Void unused) {
                Name name = methodName(node);
                return name != null && (name.contentEquals("acquire") || name.contentEquals("release"))
                        || Boolean.TRUE.equals(super.visitMethodInvocation(node, unused));
            }

            @Override
            public Boolean reduce(Boolean a, Boolean b) {
                return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
            }
        }.scan(code, null);
        return Boolean.TRUE.equals(found);
    }

    /**
     * The pool as the user wrote it, for messages: {@code orderItemPool}, {@code this.pool},
     * {@code pools.items()}; "this pool" for a call without a receiver.
     */
    static String receiver(MethodInvocationTree call) {
        ExpressionTree select = call.getMethodSelect();
        return select instanceof MemberSelectTree
                ? ((MemberSelectTree) select).getExpression().toString()
                : "this pool";
    }

    private static Name methodName(MethodInvocationTree call) {
        ExpressionTree select = call.getMethodSelect();
        if (select instanceof MemberSelectTree) {
            return ((MemberSelectTree) select).getIdentifier();
        }
        return select instanceof IdentifierTree ? ((IdentifierTree) select).getName() : null;
    }

    private boolean isPoolMethod(TreePath call, String name) {
        ExecutableElement method = invoked(call);
        return method != null
                && method.getSimpleName().contentEquals(name)
                && ((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals(POOL);
    }

    private ExecutableElement invoked(TreePath call) {
        Element element = trees.getElement(call);
        return element != null && element.getKind() == ElementKind.METHOD ? (ExecutableElement) element : null;
    }

    private TypeMirror erasureOf(Elements elements, String name) {
        return types.erasure(elements.getTypeElement(name).asType());
    }
}
