package dev.poolforge.processor.usage;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeKind;

/**
 * The walk over one method, lambda or initializer body: visits its statements in execution order
 * with a {@link Store} of variable states, joins the states where paths meet, repeats loop bodies
 * until their entry state stops changing, and asks {@link OwnershipRules} at each operation whether
 * the state makes it wrong.
 *
 * <p>What the walk models, each for no finding on correct code and none missed on a real bug:
 * <ul>
 *   <li>Local variables and parameters are tracked. A parameter starts in an unknown state: the
 *       method does not own it, so it is never {@code NeverReleased}, but once the method releases
 *       it any further use is caught. Copying one local into another makes them aliases of one
 *       object ({@link Store}).
 *   <li>Passing the object to a method or constructor while it is live is a use, not an escape:
 *       most such calls just read it. What escapes it: storing it in a field or array, adding it to
 *       a collection or map ({@code add}, {@code put}, ...), returning it, and capturing it in a
 *       lambda, method reference, local or anonymous class; also passing it to a constructor whose
 *       result is itself stored or returned ({@code return new Holder(item)}).
 *   <li>Exceptional edges: a statement that may throw ({@link ThrownTypes}) sends the state before
 *       it to the enclosing {@code catch} clauses that may catch what it throws, and to the
 *       {@code finally}: a call that throws did not complete, so {@code item = pool.acquire()} did
 *       not assign and {@code pool.release(item)} did not release.
 *   <li>{@code if (x != null)} / {@code if (x == null)} tell which branch holds no object, so the
 *       common {@code finally { if (x != null) pool.release(x); }} is understood.
 * </ul>
 */
final class OwnershipAnalysis extends FlowWalk {
    private final PoolCalls calls;
    private final Reporter reporter;
    private final OwnershipRules rules;
    /** "method", "lambda" or "initializer", for messages. */
    private final String bodyKind;

    /**
     * How a value being scanned leaves this body ("returned", ...), or null when it does not. Worked
     * out only for a finding: naming the receiver of {@code list.add(x)} prints its tree.
     */
    private Supplier<String> handOff;
    /**
     * Whether the body declares a lambda or a class. The walk visits every tree of the body (in
     * loops and finally blocks more than once), so it notes them for {@link BodyFinder}, which
     * checks their bodies on their own.
     */
    private boolean nestsBodies;

    private OwnershipAnalysis(Trees trees, PoolCalls calls, Reporter reporter, String bodyKind) {
        super(trees, calls.thrownTypes());
        this.calls = calls;
        this.reporter = reporter;
        this.rules = new OwnershipRules(reporter);
        this.bodyKind = bodyKind;
    }

    /**
     * The check of bodies that poolforge runs, for {@link BodyFinder}: only code that calls a
     * method named {@code acquire} or {@code release} can misuse a pool, so most bodies of a
     * project are passed over after a walk without types.
     */
    static BodyCheck using(Trees trees, PoolCalls calls) {
        return new BodyCheck() {
            @Override
            public boolean check(TreePath body, String kind, Reporter reporter) {
                OwnershipAnalysis analysis = new OwnershipAnalysis(trees, calls, reporter, kind);
                analysis.analyze(body);
                return analysis.nestsBodies;
            }

            @Override
            public boolean concerns(Tree tree) {
                return calls.isPoolMethodByName(tree);
            }
        };
    }

    private void analyze(TreePath body) {
        Tree root = body.getLeaf();
        jumps.enter(new Jumps.Target(root, null, Jumps.Kind.BODY));
        current = entryState(body.getParentPath());
        walk(body);
        if (current != null) {
            rules.exit(current, () -> "the " + bodyKind + " ends on line " + reporter.endLineOf(root));
        }
        for (Jumps.Jump exit : jumps.arriving(root, false)) {
            rules.exit(exit.store(), () -> "the " + bodyKind + " returns on line " + reporter.lineOf(exit.origin()));
        }
    }

    /**
     * Whether the walk follows this local or parameter: one of a reference type, which may hold a
     * pooled object, or a boolean, which may be a flag that decides a release. Counters and other
     * numbers are left out, so that loops settle and stores stay small.
     */
    private static boolean isTracked(Element var) {
        TypeKind kind = var.asType().getKind();
        return !kind.isPrimitive() || kind == TypeKind.BOOLEAN;
    }

    /** The parameters of the method or lambda that {@link #isTracked} accepts, in an unknown state. */
    private Store entryState(TreePath declaration) {
        Tree leaf = declaration.getLeaf();
        List<? extends VariableTree> parameters = leaf instanceof MethodTree ? ((MethodTree) leaf).getParameters()
                : leaf instanceof LambdaExpressionTree ? ((LambdaExpressionTree) leaf).getParameters()
                : List.of();
        Store entry = Store.EMPTY;
        for (VariableTree parameter : parameters) {
            Element var = trees.getElement(new TreePath(declaration, parameter));
            if (var != null && isTracked(var)) {
                entry = entry.bind(var, VarState.UNKNOWN);
            }
        }
        return entry;
    }

    // ---- variables: declaration, assignment, use

    @Override
    public Void visitVariable(VariableTree node, Void unused) {
        Element var = trees.getElement(currentPath());
        if (var == null || !isTracked(var)
                || var.getKind() != ElementKind.LOCAL_VARIABLE && var.getKind() != ElementKind.RESOURCE_VARIABLE) {
            return super.visitVariable(node, unused);
        }
        assign(var, node.getInitializer(), node, "it is declared again on line %d, in the next iteration");
        return null;
    }

    @Override
    public Void visitAssignment(AssignmentTree node, Void unused) {
        Element target = local(node.getVariable());
        if (target != null) {
            assign(target, node.getExpression(), node, "it is assigned again on line %d");
            return null;
        }
        scan(node.getVariable(), unused);
        Supplier<String> stored = storedIn(node.getVariable());
        if (stored != null) {
            handOff(node.getExpression(), stored);
        } else {
            scan(node.getExpression(), unused);
        }
        return null;
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
        Element var = tracked(node);
        if (var == null) {
            return null;
        }
        VarState state = current.get(var);
        rules.use(node, var, current);
        if (handOff != null) {
            current = current.update(var, state.escape(site(node, handOff)));
        }
        return null;
    }

    /**
     * Evaluates the value and gives it to the variable: a copy of another local makes the two
     * aliases; {@code acquire()} a new live object; anything else an object of unknown state.
     */
    private void assign(Element var, ExpressionTree value, Tree at, String overwriteFormat) {
        ExpressionTree bare = value == null ? null : Syntax.withoutParentheses(value);
        Element source = bare == null ? null : local(bare);
        if (source != null) {
            rules.use(bare, source, current);
        } else {
            scan(value, null);
        }
        if (current == null) {
            return;
        }
        boolean dropped = bare != null && Syntax.isNull(bare); // x = null: the object is left to the GC on purpose
        if (current.get(var) != null && !dropped && (source == null || !current.aliasesOf(source).contains(var))) {
            rules.overwrite(var, current, () -> String.format(overwriteFormat, reporter.lineOf(at)));
        }
        current = source != null ? current.alias(var, source) : current.bind(var, valueState(bare));
        current = current.withFlag(var, source != null ? current.flag(source) : Syntax.booleanConstant(bare));
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
        super.visitCompoundAssignment(node, unused);
        Element target = local(node.getVariable());
        if (target != null) {
            current = current.withFlag(target, null);
        }
        return null;
    }

    private VarState valueState(ExpressionTree value) {
        if (value instanceof MethodInvocationTree && calls.isAcquire(pathOf(value))) {
            return VarState.live(site(value, () -> PoolCalls.receiver((MethodInvocationTree) value)));
        }
        return VarState.UNKNOWN;
    }

    // ---- calls: release, storing into collections, everything else is a use

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        TreePath call = currentPath();
        List<? extends ExpressionTree> args = node.getArguments();
        if (calls.isRelease(call) && local(args.get(0)) != null) {
            scan(node.getMethodSelect(), unused);
            release(local(args.get(0)), node);
            return null;
        }
        if (calls.isCollectionStore(call)) {
            scan(node.getMethodSelect(), unused);
            args.forEach(arg -> handOff(arg, () -> "added to " + PoolCalls.receiver(node)));
            return null;
        }
        return super.visitMethodInvocation(node, unused);
    }

    private void release(Element var, MethodInvocationTree call) {
        VarState state = stateOf(var);
        if (state == null) {
            return;
        }
        rules.release(call, var, current);
        current = current.update(var,
                VarState.released(Site.earlier(state.released(), site(call, () -> PoolCalls.receiver(call)))));
    }

    // ---- escapes: return, stores, captures

    @Override
    public Void visitReturn(ReturnTree node, Void unused) {
        if (node.getExpression() != null) {
            handOff(node.getExpression(), () -> "returned");
        }
        jump(jumps.innermost(Jumps.Kind.BODY), false, node);
        return null;
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree node, Void unused) {
        handOff(node.getQualifierExpression(), () -> "captured by a method reference");
        return null;
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        nestsBodies = true;
        escapeCaptured(node.getBody(), "captured by a lambda");
        return null;
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
        nestsBodies = true;
        escapeCaptured(node, "captured by a local class");
        return null;
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void unused) {
        scan(node.getEnclosingExpression(), unused);
        scan(node.getArguments(), unused);
        if (node.getClassBody() != null) {
            nestsBodies = true;
            escapeCaptured(node.getClassBody(), "captured by an anonymous class");
        }
        return null;
    }

    /**
     * Scans a value that leaves the body in the way {@code how} says. The variable escapes when it
     * is the value itself, or reaches it through parentheses, a cast, a branch of {@code ?:} or a
     * constructor argument; anywhere else in the value (a receiver, a method argument) it is only read.
     */
    private void handOff(ExpressionTree value, Supplier<String> how) {
        Supplier<String> outer = handOff;
        handOff = how;
        scan(value, null);
        handOff = outer;
    }

    /** Keeps {@link #handOff} only through the trees a handed-off value passes unchanged. */
    @Override
    public Void scan(Tree tree, Void unused) {
        if (handOff == null || Syntax.passesValueThrough(tree)) {
            return super.scan(tree, unused);
        }
        Supplier<String> outer = handOff;
        handOff = null;
        super.scan(tree, unused);
        handOff = outer;
        return null;
    }

    /** Every tracked variable the code (a lambda body, a class) mentions escapes into it here. */
    private void escapeCaptured(Tree code, String how) {
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitIdentifier(IdentifierTree node, Void unused) {
                Element var = trees.getElement(getCurrentPath());
                VarState state = stateOf(var);
                if (state != null) {
                    rules.use(node, var, current);
                    current = current.update(var, state.escape(site(node, () -> how)));
                }
                return null;
            }
        }.scan(pathOf(code), null);
    }

    /** "stored in field 'f'" or "stored in array a" when assigning to it keeps the value, else null. */
    private Supplier<String> storedIn(ExpressionTree target) {
        if (target instanceof ArrayAccessTree) {
            return () -> "stored in array " + ((ArrayAccessTree) target).getExpression();
        }
        Element element = trees.getElement(pathOf(target));
        return element != null && element.getKind() == ElementKind.FIELD
                ? () -> "stored in field '" + element.getSimpleName() + "'"
                : null;
    }

    // ---- state helpers

    private VarState stateOf(Element var) {
        return current == null || var == null ? null : current.get(var);
    }

    @Override
    Element local(ExpressionTree expression) {
        ExpressionTree bare = Syntax.withoutParentheses(expression);
        return bare instanceof IdentifierTree ? tracked((IdentifierTree) bare) : null;
    }

    /**
     * The tracked variable the identifier names, or null. Names are compared first: most
     * identifiers name a type, a field, a method or an untracked local, and are passed over
     * without a tree path or a symbol look-up.
     */
    private Element tracked(IdentifierTree identifier) {
        if (current == null || !current.tracksVariableNamed(identifier.getName())) {
            return null;
        }
        Element var = trees.getElement(pathOf(identifier));
        return stateOf(var) != null ? var : null;
    }

    private Site site(Tree tree, Supplier<String> detail) {
        return new Site(tree, reporter.positionOf(tree), () -> reporter.lineOf(tree), detail);
    }
}
