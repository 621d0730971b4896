package org.shuangda.briefings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A generated document with its paragraphs as stored (edited by the office, frozen once issued).
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

    /** The first title paragraph, else the first paragraph. */
    public String title() {
        return paragraphs.stream().filter(p -> p.style() == Paragraph.Style.TITLE).findFirst()
                .or(() -> paragraphs.stream().findFirst()).map(Paragraph::text).orElse("");
    }

    public boolean issued() {
        return status == BriefingStatus.ISSUED;
    }
}
