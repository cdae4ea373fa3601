package dev.poolforge.processor.usage;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
    private static final List<String> STORING_METHODS = List.of(
            "add", "addFirst", "addLast", "offer", "offerFirst", "offerLast", "push",
            "put", "putIfAbsent", "set", "replace");

    private final Trees trees;
    private final Types types;
    private final JavaBaseTypes javaBase;
    private final ThrownTypes thrownTypes;
    /*
     * Names are compared as javac's own Name objects, looked up once: contentEquals on a javac Name
     * decodes it into a new String on every call, and these tests run on every call in a body.
     */
    private final Name acquire;
    private final Name release;
    private final Name pool;
    private final Set<Name> storingMethods;

    PoolCalls(Trees trees, Types types, Elements elements) {
        this.trees = trees;
        this.types = types;
        this.javaBase = new JavaBaseTypes(elements, types);
        this.thrownTypes = new ThrownTypes(trees, types, javaBase);
        this.acquire = elements.getName("acquire");
        this.release = elements.getName("release");
        this.pool = elements.getName(POOL);
        this.storingMethods = STORING_METHODS.stream().map(elements::getName).collect(Collectors.toUnmodifiableSet());
    }


    /** What the calls (and other code) of an analyzed body may throw. */
    ThrownTypes thrownTypes() {
        return thrownTypes;
    }

    boolean isAcquire(TreePath call) {
        return isPoolMethod(call, acquire);
    }

    boolean isRelease(TreePath call) {
        return isPoolMethod(call, release);
    }

    /** {@code list.add(x)}, {@code map.put(k, x)} and the like, on any collection or map. */
    boolean isCollectionStore(TreePath call) {
        if (!storingMethods.contains(methodName(call.getLeaf()))) {
            return false; // a call's name is its method's: the look-up below is only for the names that matter
        }
        ExecutableElement method = invoked(call);
        if (method == null) {
            return false;
        }
        TypeMirror owner = types.erasure(method.getEnclosingElement().asType());
        return types.isSubtype(owner, javaBase.erasure("java.util.Collection"))
                || types.isSubtype(owner, javaBase.erasure("java.util.Map"));
    }

    /** Whether the tree calls a method named {@code acquire} or {@code release}: a test by name, before any type. */
    boolean isPoolMethodByName(Tree tree) {
        Name name = methodName(tree);
        return acquire.equals(name) || release.equals(name);
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

    /** The name of the method a call invokes, as written; null for any other tree. */
    private static Name methodName(Tree tree) {
        if (!(tree instanceof MethodInvocationTree)) {
            return null;
        }
        ExpressionTree select = ((MethodInvocationTree) tree).getMethodSelect();
        if (select instanceof MemberSelectTree) {
            return ((MemberSelectTree) select).getIdentifier();
        }
        return select instanceof IdentifierTree ? ((IdentifierTree) select).getName() : null;
    }

    private boolean isPoolMethod(TreePath call, Name name) {
        if (!name.equals(methodName(call.getLeaf()))) {
            return false;
        }
        ExecutableElement method = invoked(call);
        return method != null && ((TypeElement) method.getEnclosingElement()).getQualifiedName().equals(pool);
    }

    private ExecutableElement invoked(TreePath call) {
        Element element = trees.getElement(call);
        return element != null && element.getKind() == ElementKind.METHOD ? (ExecutableElement) element : null;
    }
}
