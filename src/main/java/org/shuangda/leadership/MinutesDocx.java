package org.shuangda.leadership;

import java.util.List;
import org.shuangda.leadership.Meeting.Decision;
import org.shuangda.leadership.Meeting.Invitee;
import org.shuangda.shared.documents.OfficialDocx;

/**
 * The issued 会议纪要 in the official layout ({@link OfficialDocx}, GB/T 9704): the group's 红头 "…会议纪要" with the
 * number, the opening paragraph (when, where, who chaired, what was heard), the sections 会议认为 / 会议指出 /
 * 会议强调 / 会议要求, the numbered decisions with their lead and cooperating units and deadlines, the attendee list
 * (出席 / 请假), and the 版记.
 */
final class MinutesDocx {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
        "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

    private MinutesDocx() {
    }

    static byte[] write(Meeting m) {
        OfficialDocx doc = OfficialDocx.create();
        doc.redHeader(m.groupName() + "会议纪要", m.minutes().number());
        doc.title(m.title() + "纪要");
        doc.body(opening(m));
        section(doc, "会议认为", m.minutes().considers());
        section(doc, "会议指出", m.minutes().points());
        section(doc, "会议强调", m.minutes().emphasises());
        section(doc, "会议要求", m.minutes().requires());
        if (!m.decisions().isEmpty()) {
            doc.heading("会议议定事项");
            for (Decision d : m.decisions()) {
                doc.body(numeral(d.seq()) + "、" + d.text() + "（" + responsibility(d) + "）");
            }
        }
        doc.line("");
        doc.body("出席：" + names(m.invitees().stream().filter(i -> Boolean.TRUE.equals(i.attended())).toList()));
        List<Invitee> absent = m.invitees().stream().filter(i -> !Boolean.TRUE.equals(i.attended())).toList();
        if (!absent.isEmpty()) {
            doc.body("请假：" + String.join("、", absent.stream().map(Invitee::unitName).toList()));
        }
        doc.imprint(OfficialDocx.Imprint.of(null, m.groupName() + "办公室", m.minutes().issuedOn()));
        return doc.bytes();
    }

    /** e.g. 2026年12月8日，张副县长在县政府三楼会议室主持召开……，听取了…… */
    static String opening(Meeting m) {
        String day = OfficialDocx.chineseDate(m.heldAt().atZone(org.shuangda.calendar.WorkingCalendar.ZONE)
                .toLocalDate());
        StringBuilder out = new StringBuilder(day + "，" + m.chair() + "在" + m.place() + "主持召开" + m.title());
        if (!m.agenda().isEmpty()) {
            out.append("，").append(String.join("；", m.agenda().stream().map(Meeting.AgendaItem::title).toList()));
        }
        out.append("。").append(m.groupName()).append("各成员单位负责同志参加会议。现将会议议定事项纪要如下：");
        return out.toString();
    }

    /** A section's text, opened with its words (会议认为，…) unless the writer opened it so. */
    private static void section(OfficialDocx doc, String words, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String paragraph : text.strip().split("\\R+")) {
            if (paragraph.isBlank()) {
                continue;
            }
            doc.body(paragraph.startsWith(words) ? paragraph : words + "，" + paragraph);
            words = ""; // only the first paragraph carries the words
        }
    }

    static String responsibility(Decision d) {
        StringBuilder out = new StringBuilder(d.workGroupName() == null ? "" : "责任工作组：" + d.workGroupName() + "；");
        out.append("牵头单位：").append(d.leadUnitName());
        if (!d.cooperatorNames().isEmpty()) {
            out.append("；配合单位：").append(String.join("、", d.cooperatorNames()));
        }
        if (d.dueOn() != null) {
            out.append("；完成时限：").append(OfficialDocx.chineseDate(d.dueOn())).append("前");
        }
        return out.toString();
    }

    private static String names(List<Invitee> invitees) {
        return String.join("、", invitees.stream()
                .map(i -> i.attendee() == null || i.attendee().isBlank() ? i.unitName()
                        : i.unitName() + i.attendee() + (i.reply() == Meeting.Reply.SUBSTITUTE ? "（代）" : ""))
                .toList());
    }

    static String numeral(int n) {
        return n >= 1 && n <= NUMERALS.length ? NUMERALS[n - 1] : String.valueOf(n);
    }
}
