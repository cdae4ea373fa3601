package dev.poolforge.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/** A take and a clear race on one lane ({@link LaneRace}). */
@JCStressTest
@Outcome(id = "0, 1, 1, 1", expect = ACCEPTABLE, desc = "the take got the current object, the clear the victim")
@Outcome(id = "1, 0, 1, 1", expect = ACCEPTABLE, desc = "the clear got the current object, the take the victim")
@Outcome(id = "0, 0, 1, 2", expect = ACCEPTABLE, desc = "the clear got both, the take nothing")
@State
public class LaneTakeVersusClearStress extends LaneRace {
    @Actor
    public void takeActor() {
        take();
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
