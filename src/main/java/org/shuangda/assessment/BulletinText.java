package org.shuangda.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shuangda.assessment.Bulletin.Paragraph;
import org.shuangda.assessment.Bulletin.Paragraph.Style;
import org.shuangda.shared.documents.OfficialDocx;

/**
 * The 考核通报's first draft in the seeds' phrasing ("好的通报表扬，差的督促整改", seed 003; "予以通报表扬", seed 002): how the
 * assessment was done, the results by grade with each unit's total, the units praised (A), the units urged to
 * rectify (C and D) with their weakest items and the points they lost there, a veto named as such, the requirements,
 * the issuing office and the date. The office edits it before issuing.
 */
final class BulletinText {

    static final int WEAK_ITEMS = 3;
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六"};

    private BulletinText() {
    }

    static List<Paragraph> compose(RankingTable table, LocalDate today) {
        Scheme s = table.scheme();
        List<Paragraph> out = new ArrayList<>();
        boolean regions = s.targetKind() == TargetKind.REGIONS;
        String who = regions ? "地区" : "单位";
        out.add(p(Style.TITLE, "关于" + s.regionName() + s.year() + "年度打击侵犯知识产权和制售假冒伪劣商品工作检查考核结果的通报"));
        out.add(p(Style.ADDRESSEE, regions ? "各县（市、区）打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室：" : "各成员单位："));
        out.add(p(Style.BODY, "根据《" + s.title() + "》，" + s.issuingUnitName() + "组织开展了" + s.year()
                + "年度打击侵犯知识产权和制售假冒伪劣商品工作检查考核。考核采取单位自评、初评、复评相结合的方式，对"
                + table.lines().size() + "个" + who + "的工作情况进行了考核，并向被考核" + who + "反馈了初步结果、受理了申诉。现将考核结果通报如下："));
        int section = 0;
        out.add(p(Style.HEADING, NUMERALS[section++] + "、考核结果"));
        StringBuilder result = new StringBuilder();
        for (Grade g : Grade.values()) {
            List<Ranking.Line> lines = table.lines().stream().filter(l -> l.card().grade() == g).toList();
            if (lines.isEmpty()) {
                continue;
            }
            result.append(result.isEmpty() ? "" : "；").append("考核等次为").append(label(g)).append("的")
                    .append(lines.size()).append("个：")
                    .append(String.join("、", lines.stream().map(l -> l.name() + "（" + points(l.card().total()) + "分）")
                            .toList()));
        }
        out.add(p(Style.BODY, result.append("。").toString()));
        for (Ranking.Line l : table.lines()) {
            if (l.card().vetoed()) {
                List<String> vetoes = l.card().vetoes().stream().map(id -> s.item(id).map(Scheme.Item::title).orElse(""))
                        .toList();
                out.add(p(Style.BODY, l.name() + "因" + String.join("、", vetoes) + "，实行一票否决，考核等次为不合格。"));
            }
        }
        out.add(p(Style.BODY, "各" + who + "得分及排名见附件《考核结果排名表》。"));
        List<Ranking.Line> praised = table.lines().stream().filter(l -> l.card().grade() == Grade.A).toList();
        if (!praised.isEmpty()) {
            out.add(p(Style.HEADING, NUMERALS[section++] + "、通报表扬"));
            out.add(p(Style.BODY, "对考核等次为优秀的" + names(praised) + "予以通报表扬。希望受到表扬的" + who
                    + "珍惜荣誉，戒骄戒躁，再接再厉，继续发挥示范带动作用。"));
        }
        List<Ranking.Line> urged = table.lines().stream()
                .filter(l -> l.card().grade() == Grade.C || l.card().grade() == Grade.D).toList();
        if (!urged.isEmpty()) {
            out.add(p(Style.HEADING, NUMERALS[section++] + "、督促整改"));
            for (Ranking.Line l : urged) {
                List<Scorecard.Shortfall> weak = l.card().weakest(s, WEAK_ITEMS);
                String items = weak.isEmpty() ? "" : "，在" + String.join("、", weak.stream()
                        .map(w -> "“" + w.item().title() + "”（得" + points(w.points()) + "分，满分"
                                + points(w.item().maxPoints()) + "分）").toList()) + "等方面失分较多";
                out.add(p(Style.BODY, l.name() + "（" + points(l.card().total()) + "分，" + label(l.card().grade()) + "）"
                        + items + "。"));
            }
            out.add(p(Style.BODY, "请以上" + who + "认真查找差距，分析原因，制定整改措施，限时整改完善，并于本通报印发之日起30日内将整改情况书面报送"
                    + s.issuingUnitName() + "。"));
        }
        out.add(p(Style.HEADING, NUMERALS[section] + "、工作要求"));
        out.add(p(Style.BODY, "各" + who + "要对照考核任务清单，坚守已有成果，对好的经验做法继续保持巩固；补短板、强弱项，对存在的问题抓紧研究解决；"
                + "精心准备检查考核资料，确保" + (s.year() + 1) + "年度检查考核工作晋位升级。"));
        out.add(p(Style.SIGNATURE, s.issuingUnitName()));
        out.add(p(Style.SIGNATURE, OfficialDocx.chineseDate(today)));
        return out;
    }

    static String label(Grade g) {
        return switch (g) {
            case A -> "优秀";
            case B -> "良好";
            case C -> "合格";
            case D -> "不合格";
        };
    }

    static String points(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String names(List<Ranking.Line> lines) {
        return lines.size() == 1 ? lines.get(0).name()
                : lines.get(0).name() + "等" + lines.size() + "个" + "单位";
    }

    private static Paragraph p(Style style, String text) {
        return new Paragraph(style, text);
    }
}
