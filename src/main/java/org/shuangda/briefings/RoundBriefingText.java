package org.shuangda.briefings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shuangda.campaigns.CampaignView;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Template;

/**
 * A round's 通报 ("关于第二次数据报送情况的通报"), worded after the seeds: the round's figures, the campaign's
 * so far ("自专项行动开展以来,共计…"), the units praised (按时报送,数据完整,予以通报表扬) and urged (未按时报送;
 * 至今未报送,请于X月X日前补报), the next round's date, and the office's signature with the date.
 */
final class RoundBriefingText {

    /** How many units a sentence names before "等N个单位". */
    static final int LISTED = 10;

    private RoundBriefingText() {
    }

    record Input(CampaignView campaign, Round round, List<Round> allRounds, Template template,
            java.util.Map<String, java.math.BigDecimal> roundTotals,
            java.util.Map<String, java.math.BigDecimal> totalsSoFar, UnitStanding standing, boolean rounded,
            LocalDate today, LocalDate makeUpBy, String office) {
    }

    static List<Paragraph> compose(Input in) {
        Round round = in.round();
        UnitStanding units = in.standing();
        List<Paragraph> text = new ArrayList<>();
        text.add(Paragraph.title("关于" + round.name() + "情况的通报"));
        text.add(new Paragraph(Paragraph.Style.ADDRESSEE, "各成员单位："));
        text.add(Paragraph.body("按照《" + in.campaign().title() + "》的部署，" + DocumentFacts.monthDay(round.dueOn())
                + "进行了" + round.name() + "。截至" + DocumentFacts.fullDate(in.today()) + "，应报送单位" + units.expected()
                + "个，" + tally(units) + "现将有关情况通报如下："));
        text.add(Paragraph.heading("一、数据报送情况"));
        String period = "本次报送期间（" + DocumentFacts.monthDay(round.periodFrom()) + "至"
                + DocumentFacts.monthDay(round.periodTo()) + "），";
        text.add(Paragraph.body(FigureSentence.sentence(period + "各成员单位共计", in.template(), in.roundTotals(),
                in.rounded(), period + "暂无经审核的统计数据。")));
        text.add(Paragraph.body(FigureSentence.sentence("自专项行动开展以来，共计", in.template(), in.totalsSoFar(),
                in.rounded(), "自专项行动开展以来，暂无经审核的统计数据。")));
        text.add(Paragraph.heading("二、各单位报送情况"));
        if (!units.praised().isEmpty()) {
            text.add(Paragraph.body(UnitStanding.listed(units.praised(), LISTED) + "按时报送，数据完整，予以通报表扬。"));
        }
        if (units.underReview() > 0) {
            text.add(Paragraph.body((units.praised().isEmpty() ? "" : "另有") + units.underReview()
                    + "个单位按时报送，数据正在审核。"));
        }
        if (!units.late().isEmpty()) {
            text.add(Paragraph.body(UnitStanding.listed(units.late(), LISTED) + "未按时报送，请引起重视。"));
        }
        if (!units.returned().isEmpty()) {
            text.add(Paragraph.body(UnitStanding.listed(units.returned(), LISTED) + "报送的数据经审核退回修改，请于"
                    + DocumentFacts.monthDay(in.makeUpBy()) + "前修改后重新报送。"));
        }
        if (!units.missing().isEmpty()) {
            text.add(Paragraph.body(UnitStanding.listed(units.missing(), LISTED) + "至今未报送，请于"
                    + DocumentFacts.monthDay(in.makeUpBy()) + "前补报。"));
        }
        if (units.late().isEmpty() && units.returned().isEmpty() && units.missing().isEmpty()) {
            text.add(Paragraph.body("各成员单位均按时报送。"));
        }
        text.add(Paragraph.heading("三、下一步工作要求"));
        String next = nextRound(in).map(r -> r.name() + "截止时间为" + DocumentFacts.monthDay(r.dueOn()) + "，请各单位按时报送。")
                .orElse("");
        text.add(Paragraph.body("各成员单位要高度重视专项行动的信息收集报送工作，确定一名信息联络员，认真填报专项行动统计报表，"
                + "按时上报有关资料。" + next));
        text.add(Paragraph.signature(in.office()));
        text.add(Paragraph.signature(DocumentFacts.fullDate(in.today())));
        return text;
    }

    /**
     * "按时报送18个，逾期报送1个，退回修改2个，未报送1个。": the four groups of the tally (they add up to the units
     * expected); a group with none is left out, and a round where all are on time says so.
     */
    static String tally(UnitStanding units) {
        if (units.onTime().size() == units.expected()) {
            return "均已按时报送。";
        }
        List<String> parts = new ArrayList<>();
        parts.add("按时报送" + units.onTime().size() + "个");
        if (!units.late().isEmpty()) {
            parts.add("逾期报送" + units.late().size() + "个");
        }
        if (!units.returned().isEmpty()) {
            parts.add("退回修改" + units.returned().size() + "个");
        }
        if (!units.missing().isEmpty()) {
            parts.add("未报送" + units.missing().size() + "个");
        }
        return String.join("，", parts) + "。";
    }

    private static Optional<Round> nextRound(Input in) {
        return in.allRounds().stream().filter(r -> r.seq() > in.round().seq()).findFirst();
    }
}
