package org.shuangda.briefings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.briefings.BriefingStore.Placed;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.CampaignView;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generated documents. The office ({@code REPORT_REVIEW} over the campaign's region) composes drafts, edits
 * and issues them ({@link BriefingAction}); whoever sees the campaign ({@code CAMPAIGN_VIEW}) reads the issued
 * ones. Drafts are invisible outside the office, and anything out of scope is "not found".
 */
@Service
public class Briefings {

    private final BriefingStore store;
    private final BriefingDrafts drafts;
    private final Campaigns campaigns;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Briefings(BriefingStore store, BriefingDrafts drafts, Campaigns campaigns, Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.drafts = drafts;
        this.campaigns = campaigns;
        this.clock = clock;
        this.events = events;
    }

    /** The campaign's documents the caller may see, newest first. */
    public List<Briefing> list(Actor actor, long campaignId) {
        campaigns.get(actor, campaignId);
        return store.listByCampaign(campaignId).stream().filter(p -> visible(p, actor)).map(Placed::briefing).toList();
    }

    public Briefing get(Actor actor, long id) {
        return store.find(id).filter(p -> visible(p, actor)).orElseThrow(() -> new NotFoundProblem("briefing", id))
                .briefing();
    }

    /** The steps {@code actor} may take on {@code briefing} now (the editor and the issue form). */
    public List<BriefingAction> actionsFor(Actor actor, Briefing briefing) {
        boolean reviews = store.find(briefing.id()).filter(p -> reviews(p.regionPath(), actor)).isPresent();
        return reviews ? LifecycleAction.available(BriefingAction.class, actor, briefing.status()) : List.of();
    }

    @Transactional
    public Briefing draftForRound(Actor actor, long roundId, boolean rounded) {
        BriefingDrafts.Draft draft = drafts.forRound(actor, roundId, rounded);
        return saveDraft(actor, BriefingKind.ROUND_BRIEFING, draft.campaign(), roundId, rounded, draft.paragraphs());
    }

    @Transactional
    public Briefing draftForCampaign(Actor actor, long campaignId, boolean rounded) {
        BriefingDrafts.Draft draft = drafts.forCampaign(actor, campaignId, rounded);
        return saveDraft(actor, BriefingKind.STAGE_SUMMARY, draft.campaign(), null, rounded, draft.paragraphs());
    }

    private Briefing saveDraft(Actor actor, BriefingKind kind, CampaignView campaign, Long roundId, boolean rounded,
            List<Paragraph> paragraphs) {
        if (!reviews(store.regionPath(campaign.regionCode()), actor)) {
            throw new NotFoundProblem("campaign", campaign.id());
        }
        long id = store.insert(Briefing.draft(kind, campaign.id(), roundId, campaign.regionCode(), rounded,
                actor.username(), clock.instant(), paragraphs));
        Briefing saved = store.find(id).orElseThrow().briefing();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("campaignId", campaign.id());
        fields.put("roundId", roundId);
        fields.put("rounded", rounded);
        events.publishEvent(AuditableChange.created(actor, "briefing", id, saved.title(), fields));
        return saved;
    }

    /** Replaces a draft's text; blank paragraphs are dropped. {@code version} null means "the current one". */
    @Transactional
    public Briefing update(Actor actor, long id, Integer version, List<Paragraph> paragraphs) {
        Briefing before = reviewed(actor, id).briefing();
        Briefing edited = before.edit(paragraphs);
        if (!store.update(edited, version == null ? before.version() : version)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        Briefing after = store.find(id).orElseThrow().briefing();
        events.publishEvent(AuditableChange.updated(actor, "briefing", id, after.title(), texts(before),
                texts(after)));
        return after;
    }

    /** Issues a draft under {@code docNumber} (default: 〔2026〕1号, counted per campaign and year), dated today. */
    @Transactional
    public Briefing issue(Actor actor, long id, String docNumber) {
        Briefing draft = reviewed(actor, id).briefing();
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        String number = docNumber == null || docNumber.isBlank() ? nextNumber(draft.campaignId(), today)
                : docNumber.strip();
        Briefing issued = draft.issue(number, today, actor.username(), clock.instant());
        if (number.length() > 60) {
            throw new InvalidInput("docNumber", "briefings.error.docNumberLength", 60);
        }
        if (store.numberTaken(draft.campaignId(), number)) {
            throw new InvalidInput("docNumber", "briefings.error.docNumberTaken", number);
        }
        if (!store.update(issued, draft.version())) {
            throw new BriefingRefused("briefings.refused.issuedTwice"); // issued (or changed) by someone meanwhile
        }
        Briefing saved = store.find(id).orElseThrow().briefing();
        events.publishEvent(AuditableChange.updated(actor, "briefing", id, saved.title(),
                Map.of("status", draft.status(), "docNumber", "", "issuedOn", ""),
                Map.of("status", saved.status(), "docNumber", number, "issuedOn", today)));
        return saved;
    }

    /** The issued document as DOCX, built from the archived text; a draft has none (422). */
    public byte[] docx(Actor actor, long id) {
        Briefing briefing = get(actor, id);
        briefing.requireIssued();
        return BriefingDocx.write(briefing);
    }

    /** Whether the actor reviews the document's region (REPORT_REVIEW over it); 404 for an unknown one. */
    public boolean reviews(Actor actor, long id) {
        return reviews(store.find(id).orElseThrow(() -> new NotFoundProblem("briefing", id)).regionPath(), actor);
    }

    /** An issued document's paragraphs, for its public page (the caller has checked that it is public). */
    List<Paragraph> issuedParagraphs(long id) {
        return store.find(id).map(Placed::briefing).filter(Briefing::issued).map(Briefing::paragraphs)
                .orElseThrow(() -> new NotFoundProblem("briefing", id));
    }

    private String nextNumber(long campaignId, LocalDate today) {
        int n = store.issuedIn(campaignId, today.getYear());
        String number;
        do {
            number = "〔" + today.getYear() + "〕" + ++n + "号"; // 发文字号 with 六角括号 (GB/T 9704 7.2.4)
        } while (store.numberTaken(campaignId, number));
        return number;
    }

    private Placed reviewed(Actor actor, long id) {
        actor.require(Permission.REPORT_REVIEW);
        return store.find(id).filter(p -> reviews(p.regionPath(), actor))
                .orElseThrow(() -> new NotFoundProblem("briefing", id));
    }

    private static boolean reviews(String regionPath, Actor actor) {
        return actor.can(Permission.REPORT_REVIEW) && actor.scopeFor(Permission.REPORT_REVIEW).coversArea(regionPath);
    }

    private static boolean visible(Placed p, Actor actor) {
        return reviews(p.regionPath(), actor) || p.briefing().issued() && actor.can(Permission.CAMPAIGN_VIEW)
                && actor.scopeFor(Permission.CAMPAIGN_VIEW).coversArea(p.regionPath());
    }

    private static Map<String, Object> texts(Briefing b) {
        return Map.of("paragraphs", b.paragraphs().stream().map(p -> p.style() + ": " + p.text()).toList());
    }
}
