package org.shuangda.cases.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.DayKind;
import org.shuangda.calendar.internal.CalendarEditor;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.CaseDraft;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.cases.CaseLifecycle;
import org.shuangda.cases.Cases;
import org.shuangda.cases.PenaltyDecision;
import org.shuangda.cases.PenaltyKind;
import org.shuangda.cases.Procedure;
import org.shuangda.cases.SeizedGoods;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cached due day of a pending publication follows the calendar: a holiday an administrator adds inside the
 * 20 working days moves it (on the office's list and in the API alike), removing it moves it back, and a record
 * already published keeps its day. The records are decided here, through the services, in March 2019 (a year no
 * other test edits).
 */
@WebTest
@EnableScenarios
class PublicationDueDateTests {

    static final LocalDate DECIDED = LocalDate.of(2019, 3, 4); // a Monday; 20 working days: 2019-04-01
    static final LocalDate HOLIDAY = LocalDate.of(2019, 3, 11); // a working Monday inside that period

    @Autowired Cases cases;
    @Autowired CaseLifecycle lifecycle;
    @Autowired Publications publications;
    @Autowired CalendarEditor calendarEditor;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @AfterEach
    void removeTheTestHoliday() {
        if (jdbc.sql("select count(*) from calendar_day where day = :d").param("d", HOLIDAY).query(Long.class)
                .single() > 0) {
            calendarEditor.remove(demo.actor("admin"), HOLIDAY);
        }
    }

    @Test
    void anAddedHolidayMovesThePendingDueDayOnTheListAndInTheApiAndRemovingItMovesItBack(Scenario scenario)
            throws Exception {
        Actor office = demo.actor("licheng.office");
        Actor admin = demo.actor("admin");
        long pending = decided("测试：公示期限随节假日顺延案", 1);
        long published = decided("测试：已公示记录期限不变案", 2);
        publications.publish(office, published);
        LocalDate due = LocalDate.of(2019, 4, 1);
        assertThat(dueOn(office, pending)).isEqualTo(due);

        scenario.stimulate(() -> calendarEditor.add(admin, HOLIDAY, DayKind.HOLIDAY, "测试假日"))
                .andWaitForStateChange(() -> dueOn(office, pending), day -> !day.equals(due))
                .andVerify(day -> assertThat(day).isEqualTo(LocalDate.of(2019, 4, 2)));
        assertThat(dueOn(office, published)).isEqualTo(due);
        mvc.perform(get("/publications").with(demo.as("licheng.office")))
                .andExpect(content().string(containsString("2019-04-02")));
        mvc.perform(get("/api/v1/publications/{id}", pending).with(demo.as("licheng.office")))
                .andExpect(jsonPath("$.publication.dueOn").value("2019-04-02"));

        scenario.stimulate(() -> calendarEditor.remove(admin, HOLIDAY))
                .andWaitForStateChange(() -> dueOn(office, pending), due::equals)
                .andVerify(day -> assertThat(day).isEqualTo(due));
    }

    private LocalDate dueOn(Actor office, long id) {
        return publications.get(office, id).view().publication().dueOn();
    }

    /**
     * A 黎城县 case decided on {@link #DECIDED} under the general procedure; returns its publication record. The
     * officer is also signed in on this thread while modules not yet converted (the market entities read by the
     * case validator) still read the actor from the security context.
     */
    private long decided(String title, int n) {
        demo.signIn("licheng.officer");
        try {
            return decidedAsOfficer(title, n);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long decidedAsOfficer(String title, int n) {
        Actor officer = demo.actor("licheng.officer");
        List<Long> officers = jdbc.sql("select id from app_user where username in ('licheng.officer', 'licheng.reporter')")
                .query(Long.class).list();
        long entity = jdbc.sql("select id from market_entity where region_code = '140426' order by id limit 1")
                .query(Long.class).single();
        long caseId = cases.register(new CaseDraft(null, title, CaseCategory.TRADEMARK, "化肥", "经查，当事人销售假冒注册商标复合肥。",
                new BigDecimal("8000"), new BigDecimal("1000"), new BigDecimal("8000"), List.of(PartyInput.entity(entity)),
                List.of(new SeizedGoods("假冒复合肥", new BigDecimal("20"), "袋", new BigDecimal("8000"))), officers,
                DECIDED.minusDays(3).atTime(9, 0)), officer).id();
        lifecycle.startInvestigation(caseId, officer);
        lifecycle.notifyParty(caseId, officer);
        lifecycle.decide(caseId, new PenaltyDecision("黎工商罚〔2019〕测试" + caseId + "-" + n + "号", Procedure.GENERAL,
                List.of(PenaltyKind.FINE), new BigDecimal("3000"), "《中华人民共和国商标法》第六十条第二款",
                "销售假冒注册商标复合肥20袋。", DECIDED), officer);
        return publications.list(demo.actor("licheng.office"), PublicationStatus.PENDING).stream()
                .map(PublicationView::publication).filter(p -> p.caseId() == caseId).findFirst().orElseThrow().id();
    }
}
