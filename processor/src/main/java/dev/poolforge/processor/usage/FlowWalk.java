package dev.poolforge.processor.usage;

import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Name;
import javax.lang.model.type.TypeMirror;

/**
 * How states flow through the statements of a body: where paths split and meet (branches,
 * switches, loops until their head settles, labeled blocks), where jumps go ({@code break},
 * {@code continue}, {@code yield}, {@code return}), and the exceptional edges of {@code try},
 * {@code catch} and {@code finally}. What each operation does to a variable's state is the
 * subclass's part ({@link OwnershipAnalysis}).
 *
 * <p>It walks without a tree path per tree (which costs an object at every tree javac compiles):
 * the questions asked of a tree (which element an identifier or call denotes, the type of an
 * expression) depend on the tree alone, so {@link #pathOf} makes a path for the trees asked about,
 * hung directly under the body's.
 */
abstract class FlowWalk extends TreeScanner<Void, Void> {
    final Trees trees;
    final Jumps jumps = new Jumps();
    private final ThrownTypes thrownTypes;
    private final ThrowScopes edges = new ThrowScopes();
    private final Conditions conditions = new Conditions(this::local);

    /** The state here; null where no path reaches. */
    Store current;
    /** The label of the loop about to be visited, given by its enclosing labeled statement. */
    private Name pendingLabel;
    /** The path of the body walked. */
    private TreePath body;
    /** The tree being visited. */
    private Tree visiting;

    FlowWalk(Trees trees, ThrownTypes thrownTypes) {
        this.trees = trees;
        this.thrownTypes = thrownTypes;
    }

    /** The tracked local variable this expression is, or null. */
    abstract Element local(ExpressionTree expression);

    /**
     * Adds the exceptional edge of each statement that may throw, from the state before it: the
     * expression scanned is the statement's own (its condition, value, initializer).
     */
    @Override
    public Void scan(Tree tree, Void unused) {
        if (tree == null) {
            return null;
        }
        if (current != null && edges.collecting() && tree instanceof ExpressionTree && visiting instanceof StatementTree) {
            edges.add(current, thrownTypes.of(pathOf(tree)));
        }
        Tree outer = visiting;
        visiting = tree;
        super.scan(tree, unused);
        visiting = outer;
        return null;
    }

    /** Walks the body at {@code path}. */
    void walk(TreePath path) {
        body = path;
        scan(path.getLeaf(), null);
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
            List<TypeMirror> caught = thrownTypes.caughtBy(pathOf(handler));
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
            scanAgainIfReached(node.getFinallyBlock());
            if (current != null) {
                jumps.add(new Jumps.Jump(leaving.target(), leaving.toNextIteration(), current, leaving.origin()));
            }
        }
        current = completed;
        scanAgainIfReached(node.getFinallyBlock());
        return null;
    }

    /**
     * Walks code already walked once, unless no path reaches it now: without a state the walk
     * changes nothing (no finding, jump or edge), and the first walk found what it declares.
     */
    private void scanAgainIfReached(Tree code) {
        if (current != null) {
            scan(code, null);
        }
    }

    void jump(Tree target, boolean toNextIteration, Tree origin) {
        if (current != null) {
            jumps.add(new Jumps.Jump(target, toNextIteration, current, origin));
        }
        current = null;
    }

    /**
     * A path for a tree in the body. Only its leaf matters to the questions asked of it (which
     * element an identifier or call denotes, the type of an expression), so the trees between the
     * body and it are left out.
     */
    TreePath pathOf(Tree tree) {
        return tree == body.getLeaf() ? body : new TreePath(body, tree);
    }

    /** A path for the tree being visited, as {@link #pathOf} makes one. */
    TreePath currentPath() {
        return pathOf(visiting);
    }
}
