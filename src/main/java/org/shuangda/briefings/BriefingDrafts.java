package org.shuangda.briefings;

import java.time.LocalDate;
import java.util.List;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.Campaign;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Template;
import org.shuangda.shared.Actors;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Composes the text of a new draft from today's data. Only the office reviewing the campaign's region may
 * (others: 403 without the permission, 404 outside the region). Documents are written in Chinese whatever the
 * caller's language: they are official documents.
 */
@Component
class BriefingDrafts {

    record Draft(Campaign campaign, List<Paragraph> paragraphs) {
    }

    private final DocumentFacts facts;
    private final Campaigns campaigns;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;
    private final int makeUpWorkingDays;

    BriefingDrafts(DocumentFacts facts, Campaigns campaigns, WorkingCalendar calendar, JdbcClient jdbc,
            @Value("${shuangda.briefings.make-up-working-days:3}") int makeUpWorkingDays) {
        this.facts = facts;
        this.campaigns = campaigns;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.makeUpWorkingDays = makeUpWorkingDays;
    }

    Draft forRound(long roundId, boolean rounded) {
        DataScope review = Actors.scopeFor(Permission.REPORT_REVIEW);
        Round round = facts.round(roundId);
        Campaign campaign = reviewedCampaign(round.campaignId(), review);
        if (!review.coversArea(regionPath(round.regionCode()))) {
            throw new NotFoundProblem("round", roundId);
        }
        List<Round> all = facts.roundsOf(campaign.id());
        Template template = facts.template(round);
        LocalDate today = today();
        var input = new RoundBriefingText.Input(campaign, round, all, template, facts.totals(round),
                facts.totalsSoFar(all, round, template), facts.standing(round), rounded, today,
                calendar.addWorkingDays(today, makeUpWorkingDays), office(campaign));
        return new Draft(campaign, RoundBriefingText.compose(input));
    }

    Draft forCampaign(long campaignId, boolean rounded) {
        DataScope review = Actors.scopeFor(Permission.REPORT_REVIEW);
        Campaign campaign = reviewedCampaign(campaignId, review);
        List<Round> rounds = facts.roundsOf(campaignId);
        var standings = rounds.stream().map(r -> new StageSummaryText.RoundStanding(r, facts.standing(r))).toList();
        Template template = rounds.isEmpty() ? null : facts.template(rounds.get(0));
        var totals = template == null ? java.util.Map.<String, java.math.BigDecimal>of()
                : facts.totalsSoFar(rounds, rounds.get(rounds.size() - 1), template);
        var input = new StageSummaryText.Input(campaign, standings, template, totals, facts.tasks(campaignId), rounded,
                today(), office(campaign));
        return new Draft(campaign, StageSummaryText.compose(input));
    }

    private Campaign reviewedCampaign(long campaignId, DataScope review) {
        Campaign campaign = campaigns.get(campaignId);
        if (!review.coversArea(regionPath(campaign.regionCode()))) {
            throw new NotFoundProblem("campaign", campaignId);
        }
        return campaign;
    }

    /** The signature: the leading group's office (领导小组办公室), else the office unit, else the caller's unit. */
    private static String office(Campaign campaign) {
        if (campaign.leadingGroupName() != null) {
            return campaign.leadingGroupName() + "办公室";
        }
        return campaign.officeUnitName() != null ? campaign.officeUnitName() : Actors.require().unitName();
    }

    private String regionPath(String code) {
        return jdbc.sql("select path from region where code = :c").param("c", code).query(String.class).single();
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingCalendar.ZONE);
    }
}
