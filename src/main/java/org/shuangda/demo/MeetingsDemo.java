package org.shuangda.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.campaigns.CampaignDirectory;
import org.shuangda.campaigns.CampaignRef;
import org.shuangda.leadership.Commendations;
import org.shuangda.leadership.FundPurpose;
import org.shuangda.leadership.Funds;
import org.shuangda.leadership.Meeting;
import org.shuangda.leadership.MeetingForm;
import org.shuangda.leadership.MeetingKind;
import org.shuangda.leadership.Meetings;
import org.shuangda.leadership.MinutesForm;
import org.shuangda.leadership.MinutesForm.DecisionForm;
import org.shuangda.leadership.SoftwareLedger;
import org.shuangda.leadership.SoftwareLedgers;
import org.shuangda.leadership.WorkGroup;
import org.shuangda.leadership.WorkGroups;
import org.shuangda.organization.LeadingGroup;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The county leading group's own work in the demo: its three work groups (seed 000: 日常事务, 宣传报道, 案件查办指导);
 * a meeting last week for the current plan (seed 001's 会议纪要 in shape) whose notice went out, attendance recorded
 * and minutes drafted with two decisions, waiting for the office to issue them (which turns the decisions into
 * tasks; nothing is issued here, so the plan's demo tasks stay as they were); the plan's funds allocated and partly
 * disbursed (seed 000's "拨付到位"); the software ledgers of two units; an open commendation round.
 */
@Component
class MeetingsDemo implements DemoDataStep {

    private final Meetings meetings;
    private final WorkGroups workGroups;
    private final Funds funds;
    private final SoftwareLedgers software;
    private final Commendations commendations;
    private final CampaignDirectory campaigns;
    private final UnitDirectory units;
    private final Clock clock;

    MeetingsDemo(Meetings meetings, WorkGroups workGroups, Funds funds, SoftwareLedgers software,
            Commendations commendations, CampaignDirectory campaigns, UnitDirectory units, Clock clock) {
        this.meetings = meetings;
        this.workGroups = workGroups;
        this.funds = funds;
        this.software = software;
        this.commendations = commendations;
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
        long office = unit("黎城县人民政府办公室");
        long commerceCentre = unit("黎城县商务中心");
        workGroups.save(system, new WorkGroup(null, group.id(), null, null, "日常事务组", "负责领导小组日常工作，组织协调、督促检查，汇总上报信息。",
                commerceCentre, null, List.of(new WorkGroup.Member(WorkGroup.Role.HEAD, "商务中心主任", "", commerceCentre, null),
                        new WorkGroup.Member(WorkGroup.Role.LIAISON, "信息联络员", "", commerceCentre, null)), 0));
        workGroups.save(system, new WorkGroup(null, group.id(), null, null, "宣传报道组", "负责专项行动的宣传报道和舆论引导。",
                unit("中共黎城县委宣传部"), null, List.of(new WorkGroup.Member(WorkGroup.Role.HEAD, "宣传部报告员", "",
                        unit("中共黎城县委宣传部"), null)), 0));
        workGroups.save(system, new WorkGroup(null, group.id(), null, null, "案件查办指导组", "负责指导重大案件查办，协调行政执法与刑事司法衔接。",
                commerce, null, List.of(new WorkGroup.Member(WorkGroup.Role.HEAD, "工商局副局长", "", commerce, null),
                        new WorkGroup.Member(WorkGroup.Role.MEMBER, "公安局常务副局长", "", police, null),
                        new WorkGroup.Member(WorkGroup.Role.MEMBER, "质监局副局长", "", quality, null)), 0));
        Meeting m = meetings.create(system, new MeetingForm(group.id(), plan, MeetingKind.PROGRESS,
                "县双打领导小组推进会", today.minusDays(7).atTime(LocalTime.of(9, 30)), "县政府三楼会议室", "县长助理",
                List.of(), List.of(new Meeting.AgendaItem("通报第一阶段工作进展和数据报送情况", plan == null ? null
                        : Meeting.LinkKind.CAMPAIGN, plan),
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
                        new DecisionForm("确保在今年12月底前完成安装软件正版有关工作。", office,
                                List.of(), LocalDate.of(today.getYear(), 12, 31).isBefore(today.minusDays(7))
                                        ? null : LocalDate.of(today.getYear(), 12, 31))),
                held.version()));
        if (plan != null) {
            fundsAndCommendations(system, plan, today, commerce, police, quality);
        }
        software.saveComputers(system, police, 36);
        software.saveEntry(system, police, new SoftwareLedger.Entry(null, SoftwareLedger.Category.OS, "Windows 10 专业版",
                36, 36, null, LocalDate.of(today.getYear() - 1, 5, 10), new BigDecimal("43200.00"), "", 0));
        software.saveEntry(system, police, new SoftwareLedger.Entry(null, SoftwareLedger.Category.OFFICE, "WPS Office 2019 专业版",
                36, 30, LocalDate.of(today.getYear() + 1, 5, 9), null, null, "年底前补购6套授权", 0));
        software.saveComputers(system, office, 52);
        software.saveEntry(system, office, new SoftwareLedger.Entry(null, SoftwareLedger.Category.OS, "统信 UOS 桌面版",
                52, 52, null, null, null, "", 0));
    }

    private void fundsAndCommendations(Actor system, long plan, LocalDate today, long commerce, long police,
            long quality) {
        LocalDate paid = today.minusDays(10);
        funds.allocate(system, plan, commerce, FundPurpose.CASE_HANDLING, new BigDecimal("50000"), "办案经费");
        funds.allocate(system, plan, commerce, FundPurpose.PUBLICITY, new BigDecimal("20000"), "宣传月活动");
        funds.allocate(system, plan, police, FundPurpose.EQUIPMENT, new BigDecimal("30000"), "执法装备");
        funds.allocate(system, plan, quality, FundPurpose.TESTING, new BigDecimal("40000"), "抽检检测费");
        funds.disburse(system, plan, commerce, FundPurpose.CASE_HANDLING, new BigDecimal("50000"), paid,
                "黎财行〔" + today.getYear() + "〕15号", "");
        funds.disburse(system, plan, police, FundPurpose.EQUIPMENT, new BigDecimal("15000"), paid,
                "黎财行〔" + today.getYear() + "〕15号", "首批");
        funds.spend(system, plan, commerce, FundPurpose.CASE_HANDLING, new BigDecimal("12860.50"), today.minusDays(3),
                "鉴定费发票", "");
        commendations.open(system, plan, "关于表扬" + today.getYear() + "年全县双打工作先进集体和先进个人的通报", 1, 2,
                today.plusDays(20), true);
    }

    private long unit(String name) {
        return units.named(name).stream().map(UnitRef::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo unit " + name));
    }
}
