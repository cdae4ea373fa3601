package dev.poolforge.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Debug mode's audit when two callers release one loan at the same moment (the rightful one and a
 * stale reference): exactly one release is accepted and the other throws, whichever wins.
 */
@JCStressTest
@Outcome(id = {"1, 0", "0, 1"}, expect = ACCEPTABLE, desc = "one release accepted, the other reported")
@State
public class StaleReleaseAuditStress {
    private final LoanTracker loans = new LoanTracker("audited", 0, 0);
    private final Object object = new Object();

    public StaleReleaseAuditStress() {
        loans.lend(object);
    }

    @Actor
    public void rightful(II_Result r) {
        r.r1 = accepted();
    }

    @Actor
    public void stale(II_Result r) {
        r.r2 = accepted();
    }

    private int accepted() {
        try {
            loans.giveBack(object);
            return 1;
        } catch (IllegalStateException reported) {
            return 0;
        }
    }
}
