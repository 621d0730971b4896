package org.shuangda.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.CampaignDirectory;
import org.shuangda.campaigns.CampaignRef;
import org.shuangda.leadership.Meeting;
import org.shuangda.leadership.MeetingForm;
import org.shuangda.leadership.MeetingKind;
import org.shuangda.leadership.Meetings;
import org.shuangda.leadership.MinutesForm;
import org.shuangda.leadership.MinutesForm.DecisionForm;
import org.shuangda.organization.LeadingGroup;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The county's leading group met last week for the current plan (seed 001's 会议纪要 in shape): the notice went
 * out, attendance is recorded and the minutes are drafted with two decisions, waiting for the office to issue
 * them (which turns the decisions into tasks). Nothing is issued here, so the plan's demo tasks stay as they were.
 */
@Component
class MeetingsDemo implements DemoDataStep {

    private final Meetings meetings;
    private final CampaignDirectory campaigns;
    private final UnitDirectory units;
    private final Clock clock;

    MeetingsDemo(Meetings meetings, CampaignDirectory campaigns, UnitDirectory units, Clock clock) {
        this.meetings = meetings;
        this.campaigns = campaigns;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 560; // after the campaigns (400) and the city's plan (550)
    }

    @Override
    public void load(Actor system) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        LeadingGroup group = meetings.groupsToManage(system).stream().filter(g -> g.regionCode().equals("140426"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no demo leading group of 黎城县"));
        Long plan = campaigns.findByTitle(today.minusWeeks(3).getYear() + "年黎城县“双打”工作方案")
                .map(CampaignRef::id).orElse(null);
        long commerce = unit("黎城县工商行政管理局");
        long police = unit("黎城县公安局");
        long quality = unit("黎城县质量技术监督局");
        Meeting m = meetings.create(system, new MeetingForm(group.id(), plan, MeetingKind.PROGRESS,
                "县双打领导小组推进会", today.minusDays(7).atTime(LocalTime.of(9, 30)), "县政府三楼会议室", "县长助理",
                List.of(), List.of(new Meeting.AgendaItem("通报第一阶段工作进展和数据报送情况", null, null),
                        new Meeting.AgendaItem("部署元旦春节期间市场专项整治", null, null)), 0));
        meetings.convene(system, m.id());
        Meeting held = meetings.recordAttendance(system, m.id(), Set.copyOf(
                m.invitees().stream().map(Meeting.Invitee::unitId).filter(id -> id != quality).toList()));
        meetings.writeMinutes(system, m.id(), new MinutesForm(
                "全县打击侵犯知识产权和制售假冒伪劣商品工作开展以来，各成员单位按照分工，扎实推进，取得了阶段性成效。",
                "个别单位信息报送不及时，案件查办力度有待加强。",
                "要进一步提高认识，加强协作配合，形成打击合力。",
                "各成员单位要按照职责分工，抓好议定事项的落实，按时报送工作进展。",
                List.of(new DecisionForm("由县工商局牵头，县公安局配合，开展元旦春节期间市场专项检查，重点检查商场超市和集贸市场。",
                                commerce, List.of(police), today.plusDays(30)),
                        new DecisionForm("确保在今年12月底前完成安装软件正版有关工作。", unit("黎城县人民政府办公室"),
                                List.of(), LocalDate.of(today.getYear(), 12, 31).isBefore(today.minusDays(7))
                                        ? null : LocalDate.of(today.getYear(), 12, 31))),
                held.version()));
    }

    private long unit(String name) {
        return units.named(name).stream().map(UnitRef::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo unit " + name));
    }
}
