package org.shuangda.briefings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.campaigns.TaskFilter;
import org.shuangda.campaigns.TaskRow;
import org.shuangda.campaigns.Tasks;
import org.shuangda.reporting.Figures;
import org.shuangda.reporting.RoundProgress;
import org.shuangda.reporting.RoundView;
import org.shuangda.reporting.Rollups;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Rounds;
import org.shuangda.reporting.Template;
import org.shuangda.reporting.Templates;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * What a document says, read through the reporting and campaigns modules' public services (so their scope
 * rules apply: the caller is the office generating the draft). Totals are accepted figures only. Every
 * method takes the acting office; reporting's services read it from the request until they take it as a
 * parameter too.
 */
@Component
class DocumentFacts {

    private final Rounds rounds;
    private final Rollups rollups;
    private final RoundProgress progress;
    private final Templates templates;
    private final Tasks tasks;

    DocumentFacts(Rounds rounds, Rollups rollups, RoundProgress progress, Templates templates, Tasks tasks) {
        this.rounds = rounds;
        this.rollups = rollups;
        this.progress = progress;
        this.templates = templates;
        this.tasks = tasks;
    }

    Round round(Actor actor, long roundId) {
        return rounds.get(actor, roundId).round();
    }

    /** The campaign's rounds in order. */
    List<Round> roundsOf(Actor actor, long campaignId) {
        return rounds.list(actor, campaignId).stream().map(RoundView::round).sorted(Comparator.comparingInt(Round::seq))
                .toList();
    }

    Template template(Actor actor, Round round) {
        return templates.get(actor, round.templateId());
    }

    /** The round's accepted totals over its region. */
    Map<String, BigDecimal> totals(Actor actor, Round round) {
        return rollups.forRound(actor, round.id(), null).total().values();
    }

    /**
     * The campaign's totals from its first round up to {@code upTo}: the sum of the rounds for PERIOD figures,
     * {@code upTo}'s own for CUMULATIVE ones (already totals since the start; adding them would count twice).
     */
    Map<String, BigDecimal> totalsSoFar(Actor actor, List<Round> all, Round upTo, Template template) {
        if (template.figures() == Figures.CUMULATIVE) {
            return totals(actor, upTo);
        }
        Map<String, BigDecimal> sum = new LinkedHashMap<>();
        for (Round round : all) {
            if (round.seq() <= upTo.seq() && round.templateId() == upTo.templateId()) {
                totals(actor, round).forEach((code, value) -> sum.merge(code, value, BigDecimal::add));
            }
        }
        return sum;
    }

    UnitStanding standing(Actor actor, Round round) {
        return UnitStanding.of(progress.lines(actor, round.id()));
    }

    List<TaskRow> tasks(Actor actor, long campaignId) {
        return tasks.list(actor, TaskFilter.ofCampaign(campaignId));
    }

    static String fullDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String monthDay(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
