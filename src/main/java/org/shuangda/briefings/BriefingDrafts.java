package org.shuangda.briefings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.CampaignView;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Template;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Composes the text of a new draft from today's data. Only the office reviewing the campaign's region may
 * (others: 403 without the permission, 404 outside the region). Documents are written in Chinese whatever the
 * caller's language: they are official documents.
 */
@Component
class BriefingDrafts {

    record Draft(CampaignView campaign, List<Paragraph> paragraphs) {
    }

    private final DocumentFacts facts;
    private final Campaigns campaigns;
    private final BriefingStore store;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final int makeUpWorkingDays;

    BriefingDrafts(DocumentFacts facts, Campaigns campaigns, BriefingStore store, WorkingCalendar calendar,
            Clock clock, @Value("${shuangda.briefings.make-up-working-days:3}") int makeUpWorkingDays) {
        this.facts = facts;
        this.campaigns = campaigns;
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
        this.makeUpWorkingDays = makeUpWorkingDays;
    }

    Draft forRound(Actor actor, long roundId, boolean rounded) {
        DataScope review = actor.require(Permission.REPORT_REVIEW);
        Round round = facts.round(actor, roundId);
        CampaignView campaign = reviewedCampaign(actor, round.campaignId(), review);
        if (!review.coversArea(store.regionPath(round.regionCode()))) {
            throw new NotFoundProblem("round", roundId);
        }
        List<Round> all = facts.roundsOf(actor, campaign.id());
        Template template = facts.template(actor, round);
        LocalDate today = today();
        var input = new RoundBriefingText.Input(campaign, round, all, template, facts.totals(actor, round),
                facts.totalsSoFar(actor, all, round, template), facts.standing(actor, round), rounded, today,
                calendar.addWorkingDays(today, makeUpWorkingDays), office(actor, campaign));
        return new Draft(campaign, RoundBriefingText.compose(input));
    }

    Draft forCampaign(Actor actor, long campaignId, boolean rounded) {
        DataScope review = actor.require(Permission.REPORT_REVIEW);
        CampaignView campaign = reviewedCampaign(actor, campaignId, review);
        List<Round> rounds = facts.roundsOf(actor, campaignId);
        var standings = rounds.stream().map(r -> new StageSummaryText.RoundStanding(r, facts.standing(actor, r)))
                .toList();
        Template template = rounds.isEmpty() ? null : facts.template(actor, rounds.get(0));
        var totals = template == null ? java.util.Map.<String, java.math.BigDecimal>of()
                : facts.totalsSoFar(actor, rounds, rounds.get(rounds.size() - 1), template);
        var input = new StageSummaryText.Input(campaign, standings, template, totals, facts.tasks(actor, campaignId),
                rounded, today(), office(actor, campaign));
        return new Draft(campaign, StageSummaryText.compose(input));
    }

    private CampaignView reviewedCampaign(Actor actor, long campaignId, DataScope review) {
        CampaignView campaign = campaigns.get(actor, campaignId);
        if (!review.coversArea(store.regionPath(campaign.regionCode()))) {
            throw new NotFoundProblem("campaign", campaignId);
        }
        return campaign;
    }

    /** The signature: the leading group's office (领导小组办公室), else the office unit, else the caller's unit. */
    private static String office(Actor actor, CampaignView campaign) {
        if (campaign.leadingGroupName() != null) {
            return campaign.leadingGroupName() + "办公室";
        }
        return campaign.officeUnitName() != null ? campaign.officeUnitName() : actor.unitName();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }
}
