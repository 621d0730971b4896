package org.shuangda.reporting.rollups;

import java.util.List;
import org.shuangda.reporting.Figures;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.rounds.RoundStore;
import org.shuangda.shared.NotFoundProblem;
import org.springframework.stereotype.Component;

/**
 * The rounds a roll-up counts: one round, or a campaign's — all of them for PERIOD figures, the latest alone
 * for CUMULATIVE ones (figures since the start: adding rounds would count them twice). Callers check the
 * actor's scope over the region they roll up.
 */
@Component
class CountedRounds {

    private final RoundStore rounds;

    CountedRounds(RoundStore rounds) {
        this.rounds = rounds;
    }

    Round round(long id) {
        return rounds.find(id).orElseThrow(() -> new NotFoundProblem("round", id));
    }

    /** The campaign's rounds in order; 404 when it has none. */
    List<Round> ofCampaign(long campaignId) {
        List<Round> all = rounds.ofCampaign(campaignId);
        if (all.isEmpty()) {
            throw new NotFoundProblem("campaign", campaignId);
        }
        return all;
    }

    /** Of a campaign's rounds {@code all}, those whose figures a campaign total adds up. */
    static List<Round> counted(List<Round> all, Template template) {
        return template.figures() == Figures.CUMULATIVE ? all.subList(all.size() - 1, all.size()) : all;
    }
}
