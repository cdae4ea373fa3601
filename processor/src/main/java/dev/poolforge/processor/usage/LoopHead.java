package dev.poolforge.processor.usage;

/**
 * The state at a loop's head: the join of the state entering the loop and every back edge seen so
 * far. Each pass over the loop body starts from it; when a pass leaves it unchanged, that pass's
 * findings and jumps are final. The lattice is finite and the joins keep the earliest sites, so it
 * settles within a few passes.
 */
final class LoopHead {
    /** Bounds the work should a head ever fail to settle: the body then fails, with a warning. */
    private static final int MAX_PASSES = 64;

    private final Jumps jumps;
    private final int jumpMark;
    private final Store entry;
    private Store head;
    private int passes;

    LoopHead(Jumps jumps, Store entry) {
        this.jumps = jumps;
        this.jumpMark = jumps.mark();
        this.entry = entry;
        this.head = entry;
    }

    /** The state to start a pass from; forgets the jumps of the previous pass, which this one adds again. */
    Store start() {
        jumps.forgetSince(jumpMark);
        return head;
    }

    /** Joins the back edge into the head; whether the head changed, so that another pass is needed. */
    boolean again(Store backEdge) {
        Store next = Store.join(entry, backEdge);
        if (next == null || next.equals(head)) {
            return false;
        }
        if (++passes == MAX_PASSES) {
            throw new IllegalStateException("loop state did not settle after " + passes + " passes");
        }
        head = next;
        return true;
    }
}
