package dev.poolforge.processor.usage;

import com.sun.source.tree.Tree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import javax.lang.model.element.Name;

/**
 * The abrupt exits of a body ({@code break}, {@code continue}, {@code yield}, {@code return}) that
 * have not reached their target yet, with the state they carry, and the statements they can
 * target. A target collects its jumps when its own analysis ends; a {@code finally} block takes
 * the jumps that leave it and sends them on with the state after the block.
 */
final class Jumps {

    /** What a statement can be the target of. */
    enum Kind {
        LOOP, SWITCH, SWITCH_EXPRESSION, LABELED, BODY
    }

    /**
     * @param tree the statement or expression a jump goes to
     * @param label its label, or null
     */
    record Target(Tree tree, Name label, Kind kind) {
    }

    /**
     * @param target where the jump goes
     * @param toNextIteration a {@code continue}: it goes back to the loop head, not past the loop
     * @param store the state it carries
     * @param origin the jump statement, for messages
     */
    record Jump(Tree target, boolean toNextIteration, Store store, Tree origin) {
    }

    private final Deque<Target> targets = new ArrayDeque<>();
    private final List<Jump> pending = new ArrayList<>();

    void enter(Target target) {
        targets.push(target);
    }

    void leave() {
        targets.pop();
    }

    /** The innermost target that a break/continue with this label (or none) goes to. */
    Tree targetOf(Name label, boolean isContinue) {
        Predicate<Target> matches = label != null
                ? t -> label.equals(t.label())
                : isContinue ? t -> t.kind() == Kind.LOOP : t -> t.kind() == Kind.LOOP || t.kind() == Kind.SWITCH;
        return innermost(matches);
    }

    Tree innermost(Kind kind) {
        return innermost(t -> t.kind() == kind);
    }

    void add(Jump jump) {
        pending.add(jump);
    }

    /** A mark for {@link #since} and {@link #forgetSince}. */
    int mark() {
        return pending.size();
    }

    /** The jumps added since the mark, removed: the ones a finally block intercepts. */
    List<Jump> since(int mark) {
        List<Jump> taken = new ArrayList<>(pending.subList(mark, pending.size()));
        forgetSince(mark);
        return taken;
    }

    /** Drops the jumps of an earlier pass over a loop body; the next pass adds them again. */
    void forgetSince(int mark) {
        pending.subList(mark, pending.size()).clear();
    }

    /** Removes the jumps to this target and returns them. */
    List<Jump> arriving(Tree target, boolean toNextIteration) {
        List<Jump> arrived = new ArrayList<>();
        for (Iterator<Jump> it = pending.iterator(); it.hasNext(); ) {
            Jump jump = it.next();
            if (jump.target() == target && jump.toNextIteration() == toNextIteration) {
                arrived.add(jump);
                it.remove();
            }
        }
        return arrived;
    }

    /** The state where the jumps to this target meet, or null when there are none. */
    Store joinArriving(Tree target, boolean toNextIteration) {
        Store joined = null;
        for (Jump jump : arriving(target, toNextIteration)) {
            joined = Store.join(joined, jump.store());
        }
        return joined;
    }

    private Tree innermost(Predicate<Target> matches) {
        for (Target target : targets) {
            if (matches.test(target)) {
                return target.tree();
            }
        }
        throw new IllegalStateException("no enclosing target for a jump");
    }
}
