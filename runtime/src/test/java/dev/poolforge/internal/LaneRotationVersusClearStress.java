package dev.poolforge.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/** A rotation and a clear race on one lane ({@link LaneRace}). */
@JCStressTest
@Outcome(id = "1, 0, 1, 1", expect = ACCEPTABLE, desc = "the rotation dropped the victim, the clear the current one")
@Outcome(id = "0, 0, 1, 2", expect = ACCEPTABLE, desc = "the clear got both before the rotation")
@Outcome(id = "1, 1, 1, 0", expect = ACCEPTABLE, desc = "the rotation moved the current object after the clear passed")
@State
public class LaneRotationVersusClearStress extends LaneRace {
    @Actor
    public void rotateActor() {
        rotate();
    }

    @Actor
    public void clearActor() {
        clear();
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        places(r);
    }
}
