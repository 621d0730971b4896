package org.shuangda.briefings;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.briefings.BriefingStore.Placed;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.Campaign;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generated documents. The office ({@code REPORT_REVIEW} over the campaign's region) composes drafts, edits
 * and issues them; whoever sees the campaign ({@code CAMPAIGN_VIEW}) reads the issued ones. Drafts are
 * invisible outside the office, and anything out of scope is "not found".
 */
@Service
public class Briefings {

    private final BriefingStore store;
    private final BriefingDrafts drafts;
    private final Campaigns campaigns;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Briefings(BriefingStore store, BriefingDrafts drafts, Campaigns campaigns, JdbcClient jdbc,
            ApplicationEventPublisher events) {
        this.store = store;
        this.drafts = drafts;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The campaign's documents the caller may see, newest first. */
    public List<Briefing> list(long campaignId) {
        campaigns.get(campaignId);
        Actor actor = Actors.require();
        return store.listByCampaign(campaignId).stream().filter(p -> visible(p, actor)).map(Placed::briefing).toList();
    }

    public Briefing get(long id) {
        Actor actor = Actors.require();
        return store.find(id).filter(p -> visible(p, actor)).orElseThrow(() -> new NotFoundProblem("briefing", id))
                .briefing();
    }

    /** Whether the caller may edit and issue {@code briefing} (for buttons; writes check again). */
    public boolean mayReview(Briefing briefing) {
        Actor actor = Actors.require();
        return store.find(briefing.id()).filter(p -> reviews(p.regionPath(), actor)).isPresent();
    }

    @Transactional
    public Briefing draftForRound(long roundId, boolean rounded) {
        BriefingDrafts.Draft draft = drafts.forRound(roundId, rounded);
        return saveDraft(BriefingKind.ROUND_BRIEFING, draft.campaign(), roundId, rounded, draft.paragraphs());
    }

    @Transactional
    public Briefing draftForCampaign(long campaignId, boolean rounded) {
        BriefingDrafts.Draft draft = drafts.forCampaign(campaignId, rounded);
        return saveDraft(BriefingKind.STAGE_SUMMARY, draft.campaign(), null, rounded, draft.paragraphs());
    }

    private Briefing saveDraft(BriefingKind kind, Campaign campaign, Long roundId, boolean rounded,
            List<Paragraph> paragraphs) {
        requireReview(regionPath(campaign.regionCode()), "campaign", campaign.id());
        long id = store.insert(kind, campaign.id(), roundId, campaign.regionCode(), rounded,
                Actors.require().username(), paragraphs);
        Briefing saved = store.find(id).orElseThrow().briefing();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("campaignId", campaign.id());
        fields.put("roundId", roundId);
        fields.put("rounded", rounded);
        events.publishEvent(AuditableChange.created("briefing", id, saved.title(), fields));
        return saved;
    }

    /** Replaces a draft's text; blank paragraphs are dropped. {@code version} null means "the current one". */
    @Transactional
    public Briefing update(long id, Integer version, List<Paragraph> paragraphs) {
        Placed placed = reviewed(id);
        Briefing before = placed.briefing();
        if (before.issued()) {
            throw new BriefingRefused("briefings.refused.issuedEdit");
        }
        List<Paragraph> kept = ParagraphCheck.check(paragraphs);
        if (!store.replaceParagraphs(id, version == null ? before.version() : version, kept)) {
            throw new InvalidInput("version", "error.staleVersion");
        }
        Briefing after = store.find(id).orElseThrow().briefing();
        events.publishEvent(AuditableChange.updated("briefing", id, after.title(), texts(before), texts(after)));
        return after;
    }

    /** Issues a draft under {@code docNumber} (default: 2011年第1期, counted per campaign and year), dated today. */
    @Transactional
    public Briefing issue(long id, String docNumber) {
        Placed placed = reviewed(id);
        Briefing draft = placed.briefing();
        if (draft.issued()) {
            throw new BriefingRefused("briefings.refused.issuedTwice");
        }
        LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
        String number = docNumber == null || docNumber.isBlank() ? nextNumber(draft.campaignId(), today)
                : docNumber.strip();
        if (number.length() > 60) {
            throw new InvalidInput("docNumber", "briefings.error.docNumberLength", 60);
        }
        if (store.numberTaken(draft.campaignId(), number)) {
            throw new InvalidInput("docNumber", "briefings.error.docNumberTaken", number);
        }
        if (!store.issue(id, number, today, Actors.require().username())) {
            throw new BriefingRefused("briefings.refused.issuedTwice");
        }
        Briefing issued = store.find(id).orElseThrow().briefing();
        events.publishEvent(AuditableChange.updated("briefing", id, issued.title(),
                Map.of("status", draft.status(), "docNumber", "", "issuedOn", ""),
                Map.of("status", issued.status(), "docNumber", number, "issuedOn", today)));
        return issued;
    }

    /** The issued document as DOCX, built from the archived text; a draft has none (422). */
    public byte[] docx(long id) {
        Briefing briefing = get(id);
        if (!briefing.issued()) {
            throw new BriefingRefused("briefings.refused.notIssued");
        }
        return BriefingDocx.write(briefing);
    }

    private String nextNumber(long campaignId, LocalDate today) {
        int n = store.issuedIn(campaignId, today.getYear());
        String number;
        do {
            number = today.getYear() + "年第" + ++n + "期";
        } while (store.numberTaken(campaignId, number));
        return number;
    }

    private Placed reviewed(long id) {
        Actor actor = Actors.require();
        Actors.scopeFor(Permission.REPORT_REVIEW);
        return store.find(id).filter(p -> reviews(p.regionPath(), actor))
                .orElseThrow(() -> new NotFoundProblem("briefing", id));
    }

    private void requireReview(String regionPath, String what, Object id) {
        if (!reviews(regionPath, Actors.require())) {
            throw new NotFoundProblem(what, id);
        }
    }

    private static boolean reviews(String regionPath, Actor actor) {
        return actor.can(Permission.REPORT_REVIEW) && actor.scopeFor(Permission.REPORT_REVIEW).coversArea(regionPath);
    }

    private static boolean visible(Placed p, Actor actor) {
        return reviews(p.regionPath(), actor) || p.briefing().issued() && actor.can(Permission.CAMPAIGN_VIEW)
                && actor.scopeFor(Permission.CAMPAIGN_VIEW).coversArea(p.regionPath());
    }

    private String regionPath(String code) {
        return jdbc.sql("select path from region where code = :c").param("c", code).query(String.class).single();
    }

    private static Map<String, Object> texts(Briefing b) {
        return Map.of("paragraphs", b.paragraphs().stream().map(p -> p.style() + ": " + p.text()).toList());
    }
}
