package dev.poolforge.processor.usage;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Name;
import javax.lang.model.type.TypeMirror;

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
final class OwnershipAnalysis extends TreePathScanner<Void, Void> {
    private final Trees trees;
    private final PoolCalls calls;
    private final ThrownTypes thrownTypes;
    private final Reporter reporter;
    private final OwnershipRules rules;
    /** "method", "lambda" or "initializer", for messages. */
    private final String bodyKind;
    private final Jumps jumps = new Jumps();
    private final ThrowScopes edges = new ThrowScopes();
    private final Conditions conditions = new Conditions(this::local);

    /** The state here; null where no path reaches. */
    private Store current;
    /** How a value being scanned leaves this body ("returned", ...), or null when it does not. */
    private String handOff;
    /** The label of the loop about to be visited, given by its enclosing labeled statement. */
    private Name pendingLabel;

    private OwnershipAnalysis(Trees trees, PoolCalls calls, Reporter reporter, String bodyKind) {
        this.trees = trees;
        this.calls = calls;
        this.thrownTypes = calls.thrownTypes();
        this.reporter = reporter;
        this.rules = new OwnershipRules(reporter);
        this.bodyKind = bodyKind;
    }

    /** The check of bodies that poolforge runs, for {@link BodyFinder}. */
    static BodyCheck using(Trees trees, PoolCalls calls) {
        return (body, kind, reporter) -> {
            if (PoolCalls.mayUsePools(body.getLeaf())) {
                new OwnershipAnalysis(trees, calls, reporter, kind).analyze(body);
            }
        };
    }

    private void analyze(TreePath body) {
        Tree root = body.getLeaf();
        jumps.enter(new Jumps.Target(root, null, Jumps.Kind.BODY));
        current = entryState(body.getParentPath());
        scan(body, null);
        if (current != null) {
            rules.exit(current, "the " + bodyKind + " ends on line " + reporter.endLineOf(root));
        }
        for (Jumps.Jump exit : jumps.arriving(root, false)) {
            rules.exit(exit.store(), "the " + bodyKind + " returns on line " + reporter.lineOf(exit.origin()));
        }
    }

    /** The parameters of the method or lambda, of any reference type, in an unknown state. */
    private Store entryState(TreePath declaration) {
        Tree leaf = declaration.getLeaf();
        List<? extends VariableTree> parameters = leaf instanceof MethodTree ? ((MethodTree) leaf).getParameters()
                : leaf instanceof LambdaExpressionTree ? ((LambdaExpressionTree) leaf).getParameters()
                : List.of();
        Store entry = Store.EMPTY;
        for (VariableTree parameter : parameters) {
            Element var = trees.getElement(new TreePath(declaration, parameter));
            if (var != null && !var.asType().getKind().isPrimitive()) {
                entry = entry.bind(var, VarState.UNKNOWN);
            }
        }
        return entry;
    }

    // ---- variables: declaration, assignment, use

    @Override
    public Void visitVariable(VariableTree node, Void unused) {
        Element var = trees.getElement(getCurrentPath());
        if (var == null
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
        String stored = storedIn(node.getVariable());
        if (stored != null) {
            handOff(node.getExpression(), stored);
        } else {
            scan(node.getExpression(), unused);
        }
        return null;
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
        Element var = trees.getElement(getCurrentPath());
        VarState state = stateOf(var);
        if (state == null) {
            return null;
        }
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
            rules.overwrite(var, current, String.format(overwriteFormat, reporter.lineOf(at)));
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
            return VarState.live(site(value, PoolCalls.receiver((MethodInvocationTree) value)));
        }
        return VarState.UNKNOWN;
    }

    // ---- calls: release, storing into collections, everything else is a use

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        TreePath call = getCurrentPath();
        List<? extends ExpressionTree> args = node.getArguments();
        if (calls.isRelease(call) && local(args.get(0)) != null) {
            scan(node.getMethodSelect(), unused);
            release(local(args.get(0)), node);
            return null;
        }
        if (calls.isCollectionStore(call)) {
            scan(node.getMethodSelect(), unused);
            args.forEach(arg -> handOff(arg, "added to " + PoolCalls.receiver(node)));
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
                VarState.released(Site.earlier(state.released(), site(call, PoolCalls.receiver(call)))));
    }

    // ---- escapes: return, stores, captures

    @Override
    public Void visitReturn(ReturnTree node, Void unused) {
        if (node.getExpression() != null) {
            handOff(node.getExpression(), "returned");
        }
        jump(jumps.innermost(Jumps.Kind.BODY), false, node);
        return null;
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree node, Void unused) {
        handOff(node.getQualifierExpression(), "captured by a method reference");
        return null;
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        escapeCaptured(node.getBody(), "captured by a lambda");
        return null;
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
        escapeCaptured(node, "captured by a local class");
        return null;
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void unused) {
        scan(node.getEnclosingExpression(), unused);
        scan(node.getArguments(), unused);
        if (node.getClassBody() != null) {
            escapeCaptured(node.getClassBody(), "captured by an anonymous class");
        }
        return null;
    }

    /**
     * Scans a value that leaves the body in the way {@code how} says. The variable escapes when it
     * is the value itself, or reaches it through parentheses, a cast, a branch of {@code ?:} or a
     * constructor argument; anywhere else in the value (a receiver, a method argument) it is only read.
     */
    private void handOff(ExpressionTree value, String how) {
        String outer = handOff;
        handOff = how;
        scan(value, null);
        handOff = outer;
    }

    /**
     * Adds the exceptional edge of each statement that may throw, from the state before it (the
     * expression is the statement's own: its condition, value, initializer); and keeps
     * {@link #handOff} only through the trees a handed-off value passes unchanged.
     */
    @Override
    public Void scan(Tree tree, Void unused) {
        if (current != null && edges.collecting()
                && tree instanceof ExpressionTree && getCurrentPath().getLeaf() instanceof StatementTree) {
            edges.add(current, thrownTypes.of(pathOf(tree)));
        }
        if (handOff == null || Syntax.passesValueThrough(tree)) {
            return super.scan(tree, unused);
        }
        String outer = handOff;
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
                    current = current.update(var, state.escape(site(node, how)));
                }
                return null;
            }
        }.scan(new TreePath(getCurrentPath(), code), null);
    }

    /** "stored in field 'f'" or "stored in array a" when assigning to it keeps the value, else null. */
    private String storedIn(ExpressionTree target) {
        if (target instanceof ArrayAccessTree) {
            return "stored in array " + ((ArrayAccessTree) target).getExpression();
        }
        Element element = trees.getElement(pathOf(target));
        return element != null && element.getKind() == ElementKind.FIELD
                ? "stored in field '" + element.getSimpleName() + "'"
                : null;
    }

    // ---- branches

    @Override
    public Void visitIf(IfTree node, Void unused) {
        scan(node.getCondition(), unused);
        Store afterCondition = current;
        current = conditions.assume(afterCondition, node.getCondition(), true);
        scan(node.getThenStatement(), unused);
        Store afterThen = current;
        current = conditions.assume(afterCondition, node.getCondition(), false);
        scan(node.getElseStatement(), unused);
        current = Store.join(afterThen, current);
        return null;
    }

    @Override
    public Void visitSwitch(SwitchTree node, Void unused) {
        switchCases(node, node.getExpression(), node.getCases(), Jumps.Kind.SWITCH);
        return null;
    }

    @Override
    public Void visitSwitchExpression(SwitchExpressionTree node, Void unused) {
        switchCases(node, node.getExpression(), node.getCases(), Jumps.Kind.SWITCH_EXPRESSION);
        return null;
    }

    /**
     * Each case starts from the state after the selector; an old-style case also from the end of the
     * case before it (fall-through). A switch statement without {@code default} may run no case.
     */
    private void switchCases(Tree node, ExpressionTree selector, List<? extends CaseTree> cases, Jumps.Kind kind) {
        scan(selector, null);
        Store entry = current;
        Store fallThrough = null;
        Store completed = null;
        boolean hasDefault = false;
        jumps.enter(new Jumps.Target(node, null, kind));
        for (CaseTree c : cases) {
            hasDefault |= c.getExpressions().isEmpty();
            boolean rule = c.getCaseKind() == CaseTree.CaseKind.RULE;
            current = rule ? entry : Store.join(entry, fallThrough);
            scan(c, null);
            if (rule) {
                completed = Store.join(completed, current);
            } else {
                fallThrough = current;
            }
        }
        jumps.leave();
        completed = Store.join(completed, fallThrough);
        if (!hasDefault && kind == Jumps.Kind.SWITCH) {
            completed = Store.join(completed, entry);
        }
        current = Store.join(completed, jumps.joinArriving(node, false));
    }

    // ---- loops

    @Override
    public Void visitWhileLoop(WhileLoopTree node, Void unused) {
        loop(node, takeLabel(), () -> {
            Store exit = exitAt(node.getCondition());
            scan(node.getStatement(), unused);
            arriveContinues(node);
            return exit;
        });
        return null;
    }

    @Override
    public Void visitDoWhileLoop(DoWhileLoopTree node, Void unused) {
        loop(node, takeLabel(), () -> {
            scan(node.getStatement(), unused);
            arriveContinues(node);
            return exitAt(node.getCondition());
        });
        return null;
    }

    @Override
    public Void visitForLoop(ForLoopTree node, Void unused) {
        Name label = takeLabel();
        scan(node.getInitializer(), unused);
        loop(node, label, () -> {
            Store exit = node.getCondition() == null ? null : exitAt(node.getCondition());
            scan(node.getStatement(), unused);
            arriveContinues(node);
            scan(node.getUpdate(), unused);
            return exit;
        });
        return null;
    }

    @Override
    public Void visitEnhancedForLoop(EnhancedForLoopTree node, Void unused) {
        Name label = takeLabel();
        scan(node.getExpression(), unused);
        loop(node, label, () -> {
            Store exit = current;
            scan(node.getVariable(), unused);
            scan(node.getStatement(), unused);
            arriveContinues(node);
            return exit;
        });
        return null;
    }

    /** One pass over a loop, from its head to its back edge (left in {@link #current}). */
    @FunctionalInterface
    private interface LoopPass {
        /** @return the state in which the loop ends at its condition, or null if it cannot */
        Store run();
    }

    /** Repeats passes over the loop until its head settles, then continues after the loop. */
    private void loop(Tree node, Name label, LoopPass pass) {
        LoopHead head = new LoopHead(jumps, current);
        Store exit;
        jumps.enter(new Jumps.Target(node, label, Jumps.Kind.LOOP));
        do {
            current = head.start();
            exit = pass.run();
        } while (head.again(current));
        jumps.leave();
        current = Store.join(exit, jumps.joinArriving(node, false));
    }

    /** Scans a loop condition; the state leaving the loop there, or null for {@code true}. */
    private Store exitAt(ExpressionTree condition) {
        scan(condition, null);
        return Syntax.isTrue(condition) ? null : current;
    }

    /** The {@code continue}s of this loop rejoin here, at the end of its body. */
    private void arriveContinues(Tree loop) {
        current = Store.join(current, jumps.joinArriving(loop, true));
    }

    @Override
    public Void visitLabeledStatement(LabeledStatementTree node, Void unused) {
        StatementTree statement = node.getStatement();
        if (statement instanceof WhileLoopTree || statement instanceof DoWhileLoopTree
                || statement instanceof ForLoopTree || statement instanceof EnhancedForLoopTree) {
            pendingLabel = node.getLabel();
            scan(statement, unused);
            return null;
        }
        jumps.enter(new Jumps.Target(node, node.getLabel(), Jumps.Kind.LABELED));
        scan(statement, unused);
        jumps.leave();
        current = Store.join(current, jumps.joinArriving(node, false));
        return null;
    }

    private Name takeLabel() {
        Name label = pendingLabel;
        pendingLabel = null;
        return label;
    }

    // ---- jumps and exceptions

    @Override
    public Void visitBreak(BreakTree node, Void unused) {
        jump(jumps.targetOf(node.getLabel(), false), false, node);
        return null;
    }

    @Override
    public Void visitContinue(ContinueTree node, Void unused) {
        jump(jumps.targetOf(node.getLabel(), true), true, node);
        return null;
    }

    @Override
    public Void visitYield(YieldTree node, Void unused) {
        scan(node.getValue(), unused);
        jump(jumps.innermost(Jumps.Kind.SWITCH_EXPRESSION), false, node);
        return null;
    }

    @Override
    public Void visitThrow(ThrowTree node, Void unused) {
        scan(node.getExpression(), unused);
        edges.add(current, thrownTypes.ofThrow(pathOf(node.getExpression())));
        current = null;
        return null;
    }

    /**
     * A catch clause starts from the states before the statements of the try block that may throw
     * what it catches (and that no earlier clause catches in full); a finally block runs once for
     * each way of entering it (normally, by an exception, by each jump out of the try), so that each
     * way continues with its own state.
     */
    @Override
    public Void visitTry(TryTree node, Void unused) {
        int jumpMark = jumps.mark();
        edges.enter();
        scan(node.getResources(), unused);
        scan(node.getBlock(), unused);
        if (!node.getResources().isEmpty()) {
            edges.add(current, thrownTypes.anything()); // the resources' close() runs after the block
        }
        List<ThrowScopes.Edge> fromTry = edges.leave();
        Store completed = current;
        List<TypeMirror> caughtSoFar = new ArrayList<>();
        edges.enter();
        for (CatchTree handler : node.getCatches()) {
            List<TypeMirror> caught = thrownTypes.caughtBy(new TreePath(getCurrentPath(), handler));
            current = null;
            for (ThrowScopes.Edge edge : fromTry) {
                if (thrownTypes.mayCatch(caught, edge.thrown()) && !thrownTypes.catchesAll(caughtSoFar, edge.thrown())) {
                    current = Store.join(current, edge.store());
                }
            }
            caughtSoFar.addAll(caught);
            scan(handler, unused);
            completed = Store.join(completed, current);
        }
        List<ThrowScopes.Edge> uncaught = new ArrayList<>(edges.leave());
        fromTry.stream().filter(edge -> !thrownTypes.catchesAll(caughtSoFar, edge.thrown())).forEach(uncaught::add);
        if (node.getFinallyBlock() == null) {
            uncaught.forEach(edge -> edges.add(edge.store(), edge.thrown()));
            current = completed;
            return null;
        }
        current = null;
        List<TypeMirror> rethrown = new ArrayList<>();
        for (ThrowScopes.Edge edge : uncaught) {
            current = Store.join(current, edge.store());
            rethrown.addAll(edge.thrown());
        }
        scan(node.getFinallyBlock(), unused);
        edges.add(current, rethrown);
        for (Jumps.Jump leaving : jumps.since(jumpMark)) {
            current = leaving.store();
            scan(node.getFinallyBlock(), unused);
            if (current != null) {
                jumps.add(new Jumps.Jump(leaving.target(), leaving.toNextIteration(), current, leaving.origin()));
            }
        }
        current = completed;
        scan(node.getFinallyBlock(), unused);
        return null;
    }

    private void jump(Tree target, boolean toNextIteration, Tree origin) {
        if (current != null) {
            jumps.add(new Jumps.Jump(target, toNextIteration, current, origin));
        }
        current = null;
    }

    // ---- state helpers

    private VarState stateOf(Element var) {
        return current == null || var == null ? null : current.get(var);
    }

    /** The tracked local variable this expression is, or null. */
    private Element local(ExpressionTree expression) {
        ExpressionTree bare = Syntax.withoutParentheses(expression);
        if (!(bare instanceof IdentifierTree)) {
            return null;
        }
        Element var = trees.getElement(pathOf(bare));
        return stateOf(var) != null ? var : null;
    }

    /**
     * A path for a tree below the current node. Only its leaf matters to the questions asked of it
     * (which element an identifier or call denotes), so intermediate trees may be skipped.
     */
    private TreePath pathOf(Tree below) {
        return new TreePath(getCurrentPath(), below);
    }

    private Site site(Tree tree, String detail) {
        return new Site(tree, reporter.positionOf(tree), reporter.lineOf(tree), detail);
    }
}
