package org.shuangda.leadership;

import org.shuangda.leadership.CommendationRound.Kind;
import org.shuangda.leadership.CommendationRound.Nomination;
import org.shuangda.shared.documents.OfficialDocx;

/**
 * The 表扬通知 in the official layout ({@link OfficialDocx}): the office's 红头 and number, the title, addressee, the
 * opening, 一、先进集体 and 二、先进个人 (name, post and unit), the call to learn from them, signature and date.
 */
final class CommendationDocx {

    private CommendationDocx() {
    }

    static byte[] write(CommendationRound round, String office) {
        OfficialDocx doc = OfficialDocx.create();
        doc.redHeader(office, round.noticeNumber());
        doc.title(round.title());
        doc.addressee("各成员单位：");
        doc.body(round.campaignTitle() + "开展以来，各成员单位认真履行职责，密切协作配合，涌现出一批成绩突出的先进集体和先进个人。"
                + "为表扬先进，激励广大干部职工再接再厉，经研究，决定对以下先进集体和先进个人予以通报表扬。");
        int section = 1;
        if (!round.approved(Kind.COLLECTIVE).isEmpty()) {
            doc.heading(MinutesDocx.numeral(section++) + "、先进集体");
            doc.body(String.join("、", round.approved(Kind.COLLECTIVE).stream().map(Nomination::nomineeName).toList()));
        }
        if (!round.approved(Kind.INDIVIDUAL).isEmpty()) {
            doc.heading(MinutesDocx.numeral(section) + "、先进个人");
            for (Nomination n : round.approved(Kind.INDIVIDUAL)) {
                doc.body(n.nomineeName() + (n.personTitle().isBlank() ? "" : "（" + n.personTitle() + "）"));
            }
        }
        doc.body("希望受到表扬的集体和个人珍惜荣誉，再接再厉；各成员单位要以先进为榜样，扎实做好打击侵犯知识产权和制售假冒伪劣商品工作。");
        doc.signature(office);
        doc.signature(OfficialDocx.chineseDate(round.issuedOn()));
        doc.imprint(OfficialDocx.Imprint.of(null, office, round.issuedOn()));
        return doc.bytes();
    }
}
