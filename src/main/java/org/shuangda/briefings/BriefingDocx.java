package org.shuangda.briefings;

import org.shuangda.shared.documents.OfficialDocx;

/**
 * Writes an issued document as DOCX in the platform's one official layout ({@link OfficialDocx}, GB/T 9704): a
 * round's 通报 under the office's 红头 (发文机关标志 in red, the 发文字号 centred under it, the red line), a stage
 * summary with its number under the title; title in 2号 小标宋, headings in 黑体, text in 3号 仿宋, the
 * signature and date, page numbers "— 1 —" outside-aligned, and the 版记 (印发机关, 印发日期) at the foot.
 */
final class BriefingDocx {

    static final String TITLE_FONT = OfficialDocx.XIAOBIAOSONG;
    static final String TEXT_FONT = OfficialDocx.FANGSONG;
    static final String HEADING_FONT = OfficialDocx.HEITI;

    private BriefingDocx() {
    }

    static byte[] write(Briefing briefing) {
        String office = office(briefing);
        OfficialDocx doc = OfficialDocx.create();
        if (briefing.kind() == BriefingKind.ROUND_BRIEFING && !office.isBlank()) {
            doc.redHeader(office, briefing.docNumber());
        } else {
            doc.numberUnderTitle(briefing.docNumber());
        }
        for (Paragraph p : briefing.paragraphs()) {
            switch (p.style()) {
                case TITLE -> doc.title(p.text());
                case ADDRESSEE -> doc.addressee(p.text());
                case HEADING -> doc.heading(p.text());
                case BODY -> doc.body(p.text());
                case SIGNATURE -> doc.signature(p.text());
            }
        }
        doc.imprint(OfficialDocx.Imprint.of(null, office, briefing.issuedOn()));
        return doc.bytes();
    }

    /** The issuing office: the first signature line (the second is the date). */
    private static String office(Briefing briefing) {
        return briefing.paragraphs().stream().filter(p -> p.style() == Paragraph.Style.SIGNATURE).findFirst()
                .map(Paragraph::text).map(String::strip).orElse("");
    }
}
