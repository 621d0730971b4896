package org.shuangda.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A 考核通报 composed from a published scheme's scores, stored as paragraphs the office edits, then issued under a
 * number and archived (never changed again), like the reporting 通报.
 */
public record Bulletin(long id, long schemeId, BulletinStatus status, String docNumber, LocalDate issuedOn,
        String issuedBy, Instant issuedAt, String createdBy, Instant createdAt, int version, List<Paragraph> paragraphs) {

    public enum BulletinStatus {
        DRAFT,
        ISSUED
    }

    /** One paragraph; its style decides font and alignment in the DOCX (as the 通报's). */
    public record Paragraph(Style style, String text) {

        public enum Style {
            TITLE,
            ADDRESSEE,
            HEADING,
            BODY,
            SIGNATURE
        }
    }

    public Bulletin {
        paragraphs = List.copyOf(paragraphs);
    }

    public boolean issued() {
        return status == BulletinStatus.ISSUED;
    }

    public String title() {
        return paragraphs.stream().filter(p -> p.style() == Paragraph.Style.TITLE).findFirst()
                .or(() -> paragraphs.stream().findFirst()).map(Paragraph::text).orElse("");
    }

    /** Refuses a change once issued (422). */
    void requireDraft() {
        if (issued()) {
            throw new AssessmentRefused("assessment.refused.bulletin", "assessment.bulletinStatus." + status.name());
        }
    }
}
