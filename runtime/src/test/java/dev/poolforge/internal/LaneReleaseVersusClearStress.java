package dev.poolforge.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/** A release and a clear race on one lane ({@link LaneRace}). */
@JCStressTest
@Outcome(id = "0, 1, 0, 2", expect = ACCEPTABLE, desc = "the release swapped; the clear got its object and the victim")
@Outcome(id = "0, 0, 1, 2", expect = ACCEPTABLE, desc = "the clear got both; the released object stayed or came back")
@State
public class LaneReleaseVersusClearStress extends LaneRace {
    @Actor
    public void releaseActor() {
        release();
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
