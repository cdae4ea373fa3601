package dev.poolforge.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/** A release and a rotate race on one lane ({@link LaneRace}). */
@JCStressTest
@Outcome(id = "1, 1, 1, 0", expect = ACCEPTABLE, desc = "every object in exactly one place")
@State
public class LaneReleaseVersusRotationStress extends LaneRace {
    @Actor
    public void releaseActor() {
        release();
    }

    @Actor
    public void rotateActor() {
        rotate();
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        places(r);
    }
}
