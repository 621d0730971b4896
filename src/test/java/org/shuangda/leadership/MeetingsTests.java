package org.shuangda.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.campaigns.ProgressKind;
import org.shuangda.campaigns.TaskAction;
import org.shuangda.campaigns.TaskFilter;
import org.shuangda.campaigns.TaskReports;
import org.shuangda.campaigns.TaskRow;
import org.shuangda.campaigns.Tasks;
import org.shuangda.leadership.Meeting.Reply;
import org.shuangda.leadership.MinutesForm.DecisionForm;
import org.shuangda.organization.LeadingGroup;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A meeting from notice to issued minutes, on the demo county's leading group: the notice reaches the invited
 * units' inboxes, a unit answers, the decisions become tasks of the meeting's campaign for their lead units, the
 * next meeting follows them up from the tasks, and the DOCX carries the sections, decisions and attendees.
 */
@WebTest
class MeetingsTests {

    @Autowired Meetings meetings;
    @Autowired Tasks tasks;
    @Autowired TaskReports reports;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    Actor office;
    LeadingGroup group;
    long campaignId;
    long commerce; // 黎城县工商行政管理局, where licheng.officer works
    long police;

    @BeforeEach
    void setUp() throws Exception {
        office = demo.actor("licheng.office");
        group = meetings.groupsToManage(office).get(0);
        commerce = unit("黎城县工商行政管理局");
        police = unit("黎城县公安局");
        String created = mvc.perform(post("/api/v1/campaigns").with(demo.as("licheng.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"会议议定事项测试专项行动 %d","docNumber":"黎政办发[2026]%d号","regionCode":"140426",
                         "startsOn":"2026-01-05","endsOn":"2027-06-30","phases":[{"name":"组织实施","startsOn":"2026-01-05",
                         "endsOn":"2027-06-20"}]}""".formatted(System.nanoTime(), System.nanoTime() % 100000)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        campaignId = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/v1/campaigns/" + campaignId + "/activate").with(demo.as("licheng.office")).with(csrf()))
                .andExpect(status().isOk());
    }

    @Test
    void decisionsBecomeTasksOfTheirLeadUnitsAndTheNextMeetingFollowsThemUp() throws Exception {
        Meeting first = heldMeeting("县双打领导小组2026年第三次会议", LocalDateTime.of(2026, 11, 3, 9, 30));
        meetings.writeMinutes(office, first.id(), new MinutesForm("今年以来全县双打工作取得阶段性成效。", "部分单位信息报送不及时。",
                "要加大案件查办力度。", "各成员单位按照职责分工抓好落实。", List.of(
                        new DecisionForm("县工商局牵头开展元旦春节市场专项检查。", commerce, List.of(police),
                                LocalDate.of(2027, 1, 31)),
                        new DecisionForm("确保在今年12月底前完成安装软件正版有关工作", police, List.of(), null)),
                first.version()));
        Meeting issued = meetings.issueMinutes(office, first.id(), null);

        assertThat(issued.status()).isEqualTo(MeetingStatus.MINUTES_ISSUED);
        assertThat(issued.minutes().number()).matches("〔\\d{4}〕\\d+号");
        assertThat(issued.decisions()).allSatisfy(d -> assertThat(d.taskId()).isNotNull());
        Actor officer = demo.actor("licheng.officer");
        TaskRow task = tasks.get(officer, issued.decisions().get(0).taskId());
        assertThat(task.task().leadUnitId()).isEqualTo(commerce);
        assertThat(task.task().cooperatorIds()).containsExactly(police);
        assertThat(task.task().dueOn()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(task.task().section()).isEqualTo(Meetings.TASK_SECTION);
        assertThat(task.task().description()).contains(issued.minutes().number());
        // without a deadline the task runs to the campaign's end
        assertThat(tasks.get(office, issued.decisions().get(1).taskId()).task().dueOn())
                .isEqualTo(LocalDate.of(2027, 6, 30));
        // the lead unit finds it among its own tasks
        assertThat(tasks.list(officer, TaskFilter.ofUnit(commerce)).stream().map(r -> r.task().id()))
                .contains(task.task().id());

        // whoever reads the issued minutes is offered a link only to the tasks he may open
        for (String reader : List.of("licheng.office", "licheng.officer", "licheng.police", "licheng.leader",
                "licheng.reporter", "licheng.prosecutor")) {
            var response = mvc.perform(get("/meetings/" + first.id()).with(demo.as(reader))).andReturn().getResponse();
            if (response.getStatus() != 200) {
                continue;
            }
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"/tasks/(\\d+)\"")
                    .matcher(response.getContentAsString());
            while (link.find()) {
                mvc.perform(get("/tasks/" + link.group(1)).with(demo.as(reader)))
                        .andExpect(status().isOk());
            }
        }

        reports.report(officer, task.task().id(), ProgressKind.PROGRESS, "已完成检查", null);
        reports.take(officer, task.task().id(), TaskAction.COMPLETE);

        Meeting next = meetings.create(office, form("县双打领导小组2026年第四次会议", LocalDateTime.of(2026, 11, 4, 9, 0)));
        FollowUp followUp = meetings.followUp(office, next).orElseThrow();
        assertThat(followUp.previous().id()).isEqualTo(first.id());
        assertThat(followUp.items()).hasSize(2);
        assertThat(followUp.items().get(0).done()).isTrue();
        assertThat(followUp.items().get(1).done()).isFalse();
        assertThat(followUp.doneCount()).isEqualTo(1);
        // and the page shows it
        String page = mvc.perform(get("/meetings/" + next.id()).with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("上次会议议定事项落实情况").contains("已完成 1 / 2 项");
    }

    @Test
    void theNoticeReachesTheInvitedUnitsAndAUnitAnswersIt() {
        Meeting m = meetings.create(office, form("县双打联席会议", LocalDateTime.of(2026, 12, 15, 14, 30)));
        assertThat(m.invitees()).extracting(Meeting.Invitee::unitId).contains(commerce, police);
        long before = inbox("licheng.officer", m.id());

        meetings.convene(office, m.id());

        assertThat(inbox("licheng.officer", m.id())).isEqualTo(before + 1);
        Actor officer = demo.actor("licheng.officer");
        assertThatThrownBy(() -> meetings.reply(officer, m.id(), Reply.SUBSTITUTE, " "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("attendee"));
        Meeting answered = meetings.reply(officer, m.id(), Reply.SUBSTITUTE, "李某某 副局长");
        Meeting.Invitee mine = answered.invitees().stream().filter(i -> i.unitId() == commerce).findFirst().orElseThrow();
        assertThat(mine.reply()).isEqualTo(Reply.SUBSTITUTE);
        assertThat(mine.attendee()).isEqualTo("李某某 副局长");
        // the answer is in the audit trail (written after the commit, by the audit module's listener)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> audits("meeting_invitee", m.id() + "/" + commerce) == 1);
        // the officer (own-unit scope) finds the meeting he is invited to in his list, and another county's does not
        assertThat(meetings.list(officer)).extracting(Meeting::id).contains(m.id());
        assertThat(meetings.list(demo.actor("pingshun.officer"))).extracting(Meeting::id).doesNotContain(m.id());
        // the officer sees the meeting (invited) but may not take the office's steps
        assertThat(meetings.actionsFor(officer, answered)).isEmpty();
        assertThatThrownBy(() -> meetings.recordAttendance(officer, m.id(), Set.of(commerce)))
                .isInstanceOfAny(NotFoundProblem.class, org.shuangda.shared.AccessDeniedProblem.class);
    }

    @Test
    void badMinutesAreRefusedWithTheReasonAndNothingIsWritten() {
        Meeting m = heldMeeting("县双打专题会", LocalDateTime.of(2026, 12, 10, 9, 0));
        InvalidInput e = catchInvalid(() -> meetings.writeMinutes(office, m.id(), new MinutesForm("会议认为……", "", "",
                "", List.of(new DecisionForm("没有牵头单位的事项", null, List.of(), null),
                        new DecisionForm("时限早于会议", commerce, List.of(), LocalDate.of(2026, 12, 1))),
                m.version())));
        assertThat(e.problems()).extracting(p -> p.field())
                .containsExactlyInAnyOrder("decisions[0].leadUnitId", "decisions[1].dueOn");
        Meeting after = meetings.get(office, m.id());
        assertThat(after.minutes().considers()).isEmpty();
        assertThat(after.decisions()).isEmpty();
        // empty minutes are not issued
        assertThat(catchInvalid(() -> meetings.issueMinutes(office, m.id(), null)).problems())
                .extracting(p -> p.field()).containsExactly("minutes");
        // a planned meeting cannot be held without its notice
        Meeting planned = meetings.create(office, form("未发通知的会议", LocalDateTime.of(2026, 12, 11, 9, 0)));
        assertThat(catchInvalid(() -> meetings.recordAttendance(office, planned.id(), Set.of())).problems())
                .extracting(p -> p.field()).containsExactly("status");
    }

    @Test
    void theMinutesDocxCarriesTheSectionsDecisionsAndAttendees() throws Exception {
        Meeting m = heldMeeting("县双打领导小组2026年第五次会议", LocalDateTime.of(2026, 12, 18, 9, 0));
        meetings.writeMinutes(office, m.id(), new MinutesForm("全县专项行动扎实推进。", "", "要强化协作配合。", "",
                List.of(new DecisionForm("县公安局加强行刑衔接。", police, List.of(commerce), LocalDate.of(2027, 3, 31))),
                m.version()));
        Meeting issued = meetings.issueMinutes(office, m.id(), "〔2026〕" + (900 + m.id() % 90) + "号");
        byte[] docx = mvc.perform(get("/meetings/" + m.id() + "/minutes.docx").with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertThat(text).contains(group.name() + "会议纪要").contains(issued.minutes().number())
                .contains("会议认为，全县专项行动扎实推进。").contains("会议强调，要强化协作配合。")
                .contains("一、县公安局加强行刑衔接。（牵头单位：黎城县公安局；配合单位：黎城县工商行政管理局；完成时限：2027年3月31日前）")
                .contains("出席：").contains("黎城县工商行政管理局");
        // the same number cannot be issued twice in the group
        Meeting other = heldMeeting("另一次会议", LocalDateTime.of(2026, 12, 19, 9, 0));
        meetings.writeMinutes(office, other.id(), new MinutesForm("会议认为……", "", "", "", List.of(), other.version()));
        assertThat(catchInvalid(() -> meetings.issueMinutes(office, other.id(), issued.minutes().number())).problems())
                .extracting(p -> p.field()).containsExactly("number");
    }

    @Test
    void anotherCountySeesNoneOfItAndTheApiAnswers404() throws Exception {
        Meeting m = meetings.create(office, form("县双打领导小组内部会议", LocalDateTime.of(2026, 12, 20, 9, 0)));
        Actor pingshun = demo.actor("pingshun.office");
        assertThat(meetings.list(pingshun)).extracting(Meeting::id).doesNotContain(m.id());
        assertThatThrownBy(() -> meetings.get(pingshun, m.id())).isInstanceOf(NotFoundProblem.class);
        mvc.perform(get("/api/v1/meetings/" + m.id()).with(demo.as("pingshun.office"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/meetings/" + m.id() + "/convene").with(demo.as("pingshun.office")).with(csrf()))
                .andExpect(status().isNotFound());
        // a unit of the county that is not invited and minutes not issued: not visible either
        mvc.perform(get("/api/v1/meetings/" + m.id()).with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("县双打领导小组内部会议"));
    }

    @Test
    void anAgendaItemLinksToWhatItDiscussesAndOnlyAsFarAsTheReaderMayOpenIt() throws Exception {
        // the picker offers the campaign; a record out of reach (another county's campaign) is refused with the field
        assertThat(mvc.perform(get("/meetings/new").with(demo.as("licheng.office"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("value=\"CAMPAIGN:" + campaignId + "\"");
        long elsewhere = jdbc.sql("select id from campaign where region_code = '140425' order by id limit 1")
                .query(Long.class).optional().orElse(-1L);
        MeetingForm foreign = new MeetingForm(group.id(), campaignId, MeetingKind.SPECIAL, "专题会", LocalDateTime.of(2026,
                12, 21, 9, 0), "县政府三楼会议室", "县长助理", List.of(), List.of(new Meeting.AgendaItem("平顺县的行动",
                        Meeting.LinkKind.CAMPAIGN, elsewhere)), 0);
        InvalidInput refused = catchInvalid(() -> meetings.create(office, foreign));
        assertThat(refused.getMessage()).contains("agenda[0].linkId");

        mvc.perform(post("/meetings/new").with(demo.as("licheng.office")).with(csrf())
                .param("leadingGroupId", String.valueOf(group.id())).param("campaignId", String.valueOf(campaignId))
                .param("kind", "SPECIAL").param("title", "议程关联测试专题会").param("heldAt", "2026-12-22T09:00")
                .param("place", "县政府三楼会议室").param("chair", "县长助理")
                .param("agendaTitle", "研究专项行动下一阶段工作").param("agendaLink", "CAMPAIGN:" + campaignId)
                .param("agendaTitle", "其他事项").param("agendaLink", ""))
                .andExpect(status().is3xxRedirection());
        Meeting saved = meetings.list(office).stream().filter(m -> m.title().equals("议程关联测试专题会")).findFirst()
                .orElseThrow();
        assertThat(saved.agenda()).extracting(Meeting.AgendaItem::linkKind)
                .containsExactly(Meeting.LinkKind.CAMPAIGN, null);
        assertThat(saved.agenda().get(0).linkId()).isEqualTo(campaignId);
        String page = mvc.perform(get("/meetings/" + saved.id()).with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/campaigns/" + campaignId + "\"");
        mvc.perform(get("/campaigns/" + campaignId).with(demo.as("licheng.office"))).andExpect(status().isOk());
    }

    private Meeting heldMeeting(String title, LocalDateTime at) {
        Meeting m = meetings.create(office, form(title, at));
        meetings.convene(office, m.id());
        return meetings.recordAttendance(office, m.id(), Set.of(commerce, police));
    }

    private MeetingForm form(String title, LocalDateTime at) {
        return new MeetingForm(group.id(), campaignId, MeetingKind.LEADING_GROUP, title, at, "县政府三楼会议室",
                "县长助理 王某某", List.of(), List.of(new Meeting.AgendaItem("通报全县双打工作进展", null, null)), 0);
    }

    private long unit(String name) {
        return jdbc.sql("select id from unit where name = :n").param("n", name).query(Long.class).single();
    }

    private long inbox(String username, long meetingId) {
        return jdbc.sql("""
                select count(*) from inbox_message m join app_user u on u.id = m.recipient_id
                 where u.username = :u and m.kind = 'MEETING_NOTICE' and m.link = :link""").param("u", username)
                .param("link", "/meetings/" + meetingId).query(Long.class).single();
    }

    private long audits(String type, String id) {
        return jdbc.sql("select count(*) from audit_entry where object_type = :t and object_id = :id")
                .param("t", type).param("id", id).query(Long.class).single();
    }

    private static InvalidInput catchInvalid(Runnable r) {
        try {
            r.run();
        } catch (InvalidInput e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    static Set<Long> ids(List<Meeting> list) {
        return list.stream().map(Meeting::id).collect(Collectors.toSet());
    }
}
