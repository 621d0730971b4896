package org.shuangda.assessment;

import java.util.List;
import org.shuangda.assessment.Bulletin.Paragraph;
import org.shuangda.shared.documents.OfficialDocx;

/**
 * The issued 考核通报 in the platform's official layout ({@link OfficialDocx}, GB/T 9704, as the reporting 通报): the
 * office's 红头 and number, the archived paragraphs, the signature, then 附件 考核结果排名表 as a ruled table, and the
 * 版记.
 */
final class BulletinDocx {

    private BulletinDocx() {
    }

    static byte[] write(Bulletin bulletin, RankingTable table) {
        String office = bulletin.paragraphs().stream().filter(p -> p.style() == Paragraph.Style.SIGNATURE).findFirst()
                .map(Paragraph::text).map(String::strip).orElse(table.scheme().issuingUnitName());
        OfficialDocx doc = OfficialDocx.create();
        doc.redHeader(office, bulletin.docNumber());
        for (Paragraph p : bulletin.paragraphs()) {
            switch (p.style()) {
                case TITLE -> doc.title(p.text());
                case ADDRESSEE -> doc.addressee(p.text());
                case HEADING -> doc.heading(p.text());
                case BODY -> doc.body(p.text());
                case SIGNATURE -> doc.signature(p.text());
            }
        }
        doc.line("附件：考核结果排名表");
        List<List<String>> rows = table.lines().stream().map(l -> List.of(String.valueOf(l.rank()), l.name(),
                BulletinText.points(l.card().total()), BulletinText.points(l.card().computed()),
                l.card().vetoed() ? "是" : "否", BulletinText.label(l.card().grade()))).toList();
        doc.table(List.of("名次", "被考核单位", "总分", "数据项得分", "一票否决", "等次"), rows, new int[] {1, 4, 2, 2, 2, 2},
                new boolean[] {true, false, true, true, false, false});
        doc.imprint(OfficialDocx.Imprint.of(null, office, bulletin.issuedOn()));
        return doc.bytes();
    }
}
