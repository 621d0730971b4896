package org.shuangda.reporting.rounds;

import java.util.List;
import org.shuangda.reporting.RoundProgress;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Service;

/** {@link RoundProgress}: the expected units of a round the actor may see, within their read scope. */
@Service
class ProgressQuery implements RoundProgress {

    private final RoundUnitsStore store;
    private final RoundService rounds;

    ProgressQuery(RoundUnitsStore store, RoundService rounds) {
        this.store = store;
        this.rounds = rounds;
    }

    @Override
    public List<Line> lines(Actor actor, long roundId) {
        return store.lines(rounds.visible(actor, roundId),
                ReportingAccess.readScope(actor).unitOwned("u.path", "u.region_path"));
    }
}
