package org.shuangda.briefings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A generated document with its paragraphs as stored (edited by the office, frozen once issued): its steps
 * are {@link BriefingAction}s, which the guarded methods consult.
 *
 * @param roundId   the round of a 通报; null for a stage summary
 * @param rounded   whether figures were phrased rounded ("400余人次") when the draft was composed
 * @param docNumber issued number (e.g. 2011年第2期); null for a draft
 */
public record Briefing(long id, BriefingKind kind, long campaignId, Long roundId, String regionCode, boolean rounded,
        BriefingStatus status, String docNumber, LocalDate issuedOn, String issuedBy, Instant issuedAt,
        String createdBy, Instant createdAt, int version, List<Paragraph> paragraphs) {

    public Briefing {
        paragraphs = List.copyOf(paragraphs);
    }

    /** A new draft composed by {@code by} at {@code at} (not yet stored: its id is 0). */
    static Briefing draft(BriefingKind kind, long campaignId, Long roundId, String regionCode, boolean rounded,
            String by, Instant at, List<Paragraph> paragraphs) {
        return new Briefing(0, kind, campaignId, roundId, regionCode, rounded, BriefingStatus.DRAFT, null, null, null,
                null, by, at, 0, paragraphs);
    }

    /** The first title paragraph, else the first paragraph. */
    public String title() {
        return paragraphs.stream().filter(p -> p.style() == Paragraph.Style.TITLE).findFirst()
                .or(() -> paragraphs.stream().findFirst()).map(Paragraph::text).orElse("");
    }

    public boolean issued() {
        return status == BriefingStatus.ISSUED;
    }

    /** The draft with the edited paragraphs, blank ones dropped ({@link ParagraphCheck}); refused once issued. */
    Briefing edit(List<Paragraph> edited) {
        require(BriefingAction.EDIT);
        return new Briefing(id, kind, campaignId, roundId, regionCode, rounded, status, docNumber, issuedOn, issuedBy,
                issuedAt, createdBy, createdAt, version, ParagraphCheck.check(edited));
    }

    /** The draft issued under {@code number} on {@code on} by {@code by} at {@code at}; refused once issued. */
    Briefing issue(String number, LocalDate on, String by, Instant at) {
        require(BriefingAction.ISSUE);
        return new Briefing(id, kind, campaignId, roundId, regionCode, rounded, BriefingStatus.ISSUED, number, on, by,
                at, createdBy, createdAt, version, paragraphs);
    }

    /** The DOCX is made from the archived text: a draft has none. */
    void requireIssued() {
        if (!issued()) {
            throw new BriefingRefused("briefings.refused.notIssued");
        }
    }

    private void require(BriefingAction action) {
        if (!action.possibleIn(status)) {
            throw new BriefingRefused(action.refusal());
        }
    }
}
