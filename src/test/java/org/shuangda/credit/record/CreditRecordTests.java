package org.shuangda.credit.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.CaseDraft;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.cases.CaseLifecycle;
import org.shuangda.cases.Cases;
import org.shuangda.cases.PenaltyDecided;
import org.shuangda.cases.PenaltyDecision;
import org.shuangda.cases.PenaltyKind;
import org.shuangda.cases.Procedure;
import org.shuangda.cases.SeizedGoods;
import org.shuangda.credit.CreditFact;
import org.shuangda.credit.CreditFactKind;
import org.shuangda.credit.CreditFacts;
import org.shuangda.credit.DisplayTier;
import org.shuangda.credit.NewCreditFact;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The credit record: penalty intake with tiers and periods, the record page and API in scope, and the daily
 * display expiry (idempotent), all on the demo data and the real calendar.
 */
@WebTest
class CreditRecordTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired Cases cases;
    @Autowired CaseLifecycle lifecycle;
    @Autowired CreditFacts facts;
    @Autowired CreditIntake intake;
    @Autowired DisplayExpiry expiry;
    @Autowired DisplayPeriods periods;

    static final Actor SYSTEM = Actor.system("测试");

    LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    long lichengEntity(int n) {
        return jdbc.sql("select id from market_entity where region_code = '140426' order by id offset :n limit 1")
                .param("n", n).query(Long.class).single();
    }

    long decided(String title, LocalDate on, PenaltyDecision decision, long entity) {
        Actor officer = demo.actor("licheng.officer");
        List<Long> officers = jdbc.sql("select id from app_user where username in ('licheng.officer', 'licheng.inspector')")
                .query(Long.class).list();
        long caseId = cases.register(officer, new CaseDraft(null, title, CaseCategory.TRADEMARK, "化肥",
                "经查，当事人销售假冒注册商标复合肥。", new BigDecimal("8000"), new BigDecimal("1000"), new BigDecimal("8000"),
                List.of(PartyInput.entity(entity)), List.of(new SeizedGoods("假冒复合肥", new BigDecimal("20"), "袋",
                        new BigDecimal("8000"))), officers, on.minusDays(3).atTime(9, 0))).id();
        lifecycle.startInvestigation(officer, caseId);
        lifecycle.notifyParty(officer, caseId);
        lifecycle.decide(officer, caseId, decision);
        return caseId;
    }

    Optional<CreditFact> penaltyOf(long entity, String decisionNumber) {
        for (int i = 0; i < 100; i++) { // the listener runs after the deciding commit
            Optional<CreditFact> f = facts.record(SYSTEM, entity).stream()
                    .filter(x -> x.kind() == CreditFactKind.PENALTY
                            && decisionNumber.equals(x.detail().get("decisionNumber"))).findFirst();
            if (f.isPresent()) {
                return f;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Optional.empty();
    }

    @Test
    void aGeneralProcedureFineBecomesAGeneralFactShownForOneYearOnceOnly() throws Exception {
        long entity = lichengEntity(3);
        LocalDate on = today().minusDays(10);
        String number = "黎工商罚〔测〕信用1号";
        long caseId = decided("信用档案测试一", on, new PenaltyDecision(number, Procedure.GENERAL, List.of(PenaltyKind.FINE),
                new BigDecimal("30000"), "《中华人民共和国商标法》第六十条第二款", "销售假冒注册商标复合肥20袋。", on), entity);
        CreditFact fact = penaltyOf(entity, number).orElseThrow();
        assertThat(fact.tier()).isEqualTo(DisplayTier.GENERAL);
        assertThat(fact.sourceModule()).isEqualTo("cases");
        assertThat(fact.sourceRef()).isEqualTo("case:" + caseId);
        assertThat(fact.publicFrom()).isEqualTo(on);
        assertThat(fact.publicUntil()).isEqualTo(on.plusYears(1));
        assertThat(fact.summary()).contains("罚款人民币30,000.00元").contains(number);

        Actor officer = demo.actor("licheng.officer");
        PenaltyDecided again = new PenaltyDecided(caseId, "x", officer.unitId(), officer.unitRegionPath(), number,
                Procedure.GENERAL, List.of(PenaltyKind.FINE), new BigDecimal("30000"), on);
        assertThat(intake.record(again)).as("a re-delivered event records nothing").isZero();

        mvc.perform(get("/credit/entities/{id}", entity).with(demo.as("licheng.officer")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(number)));
        mvc.perform(get("/api/v1/credit/entities/{id}", entity).with(demo.as("licheng.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facts[?(@.id == " + fact.id() + ")].tier").value("GENERAL"))
                .andExpect(jsonPath("$.facts[?(@.id == " + fact.id() + ")].shownToday").value(true))
                .andExpect(jsonPath("$.facts[?(@.id == " + fact.id() + ")].restorableFrom")
                        .value(on.plusMonths(3).plusDays(1).toString()));
        mvc.perform(get("/credit/entities/{id}", entity).with(demo.as("pingshun.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/credit/entities/{id}", entity).with(demo.as("pingshun.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/entities/{id}", entity).with(demo.as("licheng.officer")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("/credit/entities/" + entity)));
    }

    @Test
    void aWarningOnlyIsRecordedUnshownAndASimpleProcedureNotAtAll() {
        long entity = lichengEntity(4);
        LocalDate on = today().minusDays(5);
        decided("信用档案测试二", on, new PenaltyDecision("黎工商罚〔测〕信用2号", Procedure.GENERAL,
                List.of(PenaltyKind.WARNING), null, "《产品质量法》第五十条", "标识不规范。", on), entity);
        CreditFact warning = penaltyOf(entity, "黎工商罚〔测〕信用2号").orElseThrow();
        assertThat(warning.tier()).isEqualTo(DisplayTier.NOT_SHOWN);
        assertThat(warning.publicFrom()).isNull();
        assertThat(warning.shownOn(today())).isFalse();

        Actor officer = demo.actor("licheng.officer");
        assertThat(intake.record(new PenaltyDecided(1L, "x", officer.unitId(), officer.unitRegionPath(), "简易1号",
                Procedure.SIMPLE, List.of(PenaltyKind.FINE), new BigDecimal("200"), on))).isZero();
    }

    @Test
    void periodsCountOnTheCalendarAsTheRuleSays() {
        WorkingCalendar calendar = periods.calendar();
        // a minor period ending on 国庆 stays that day: a display period is no time limit for an act
        assertThat(periods.lastDayShown(DisplayTier.MINOR, LocalDate.of(2025, 7, 1), null))
                .isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
        assertThat(periods.lastDayShown(DisplayTier.SERIOUS, LocalDate.of(2024, 2, 29), null))
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(periods.earliestApplication(DisplayTier.GENERAL, LocalDate.of(2025, 6, 30), null))
                .isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(periods.earliestApplication(DisplayTier.SERIOUS, LocalDate.of(2025, 6, 30), null))
                .isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(periods.earliestApplication(DisplayTier.MINOR, LocalDate.of(2025, 6, 30), null)).isNull();
        // received on Friday 13 February 2026: the 调休 Saturday 14th counts, 春节 does not
        assertThat(periods.acceptanceClock(LocalDate.of(2026, 2, 13), null).due(calendar).orElseThrow().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(periods.decisionClock(LocalDate.of(2026, 2, 13), null).due(calendar).orElseThrow().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(periods.decisionClock(LocalDate.of(2026, 2, 13), null).extend(10, "批准").due(calendar)
                .orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        // accepted the day before 国庆 2025: the clock runs on the 9th and 10th
        assertThat(periods.acceptanceClock(LocalDate.of(2025, 9, 30), null).due(calendar).orElseThrow().toLocalDate())
                .isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void theExpiryHidesWhatEndedBeforeTheDayAndASecondRunChangesNothing() throws Exception {
        long entity = lichengEntity(5);
        Actor officer = demo.actor("licheng.officer");
        LocalDate from = LocalDate.of(2025, 7, 1);
        LocalDate until = periods.lastDayShown(DisplayTier.MINOR, from, null); // 2025-10-01, a holiday
        long id = facts.record(SYSTEM, new NewCreditFact(entity, CreditFactKind.PENALTY, "cases", "test:expiry:1", from,
                officer.unitId(), officer.unitRegionPath(), "行政处罚：通报批评（测试）", Map.of("decisionNumber", "测试期满1号"),
                DisplayTier.MINOR, from, until)).orElseThrow();

        expiry.run(SYSTEM, until); // may hide other tests' facts that ended earlier (the database is shared)
        assertThat(facts.fact(SYSTEM, id).hiddenAt()).as("still shown on its last day, a holiday").isNull();
        assertThat(expiry.run(SYSTEM, until).hidden()).as("a second run of the same day").isZero();
        DisplayExpiry.Run first = expiry.run(SYSTEM, until.plusDays(1));
        assertThat(first.hidden()).isPositive();
        CreditFact hidden = facts.fact(SYSTEM, id);
        assertThat(hidden.hiddenAt()).isNotNull();
        assertThat(hidden.hiddenReason()).isEqualTo(CreditFacts.EXPIRED);
        assertThat(expiry.run(SYSTEM, until.plusDays(1)).hidden()).as("second run").isZero();
        assertThat(facts.fact(SYSTEM, id).hiddenAt()).isEqualTo(hidden.hiddenAt());
        assertThat(jdbc.sql("select (select count(*) from audit_entry where object_type = 'credit_fact' and object_id = :o)"
                        + " + (select count(*) from audit_pending where object_type = 'credit_fact' and object_id = :o)")
                .param("o", "expiry:" + until.plusDays(1)).query(Long.class).single()).isEqualTo(first.batches());

        mvc.perform(post("/api/v1/credit/expiry").header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.today").value(today().toString()));
        mvc.perform(post("/api/v1/credit/expiry").header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.hidden").value(0));
        mvc.perform(post("/api/v1/credit/expiry").header("Authorization", "Bearer " + DemoUsers.OFFICER_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)).andExpect(status().isForbidden());
    }

    @Test
    void theDemoEntityOfThePiratedBooksCaseHasAHistoricalRecord() throws Exception {
        long entity = jdbc.sql("""
                select p.entity_id from case_party p join enforcement_case c on c.id = p.case_id
                 where c.title = '销售假冒“鸿雁”注册商标开关插座案'""").query(Long.class).single();
        List<CreditFact> record = List.of();
        for (int i = 0; i < 100 && record.stream().filter(f -> f.kind() == CreditFactKind.PENALTY).count() < 4 /* at least the demo's */; i++) {
            Thread.sleep(100); // the intake runs after the demo's commit
            record = facts.record(SYSTEM, entity);
        }
        LocalDate today = today();
        List<String> demoCases = jdbc.sql("""
                select 'case:' || id from enforcement_case where title in ('销售盗版教辅图书案', '销售盗版少儿读物案',
                 '销售假冒“鸿雁”注册商标开关插座案', '销售未标注出版单位教辅资料案')""").query(String.class).list();
        assertThat(demoCases).hasSize(4);
        List<CreditFact> penalties = record.stream().filter(f -> f.kind() == CreditFactKind.PENALTY
                && demoCases.contains(f.sourceRef())).toList();
        assertThat(penalties).extracting(CreditFact::tier).containsExactlyInAnyOrder(DisplayTier.GENERAL,
                DisplayTier.GENERAL, DisplayTier.GENERAL, DisplayTier.NOT_SHOWN);
        assertThat(penalties).filteredOn(f -> f.tier() == DisplayTier.GENERAL && f.publicUntil().isBefore(today))
                .as("the fine of fourteen months ago is no longer shown").hasSize(1);
        assertThat(penalties).filteredOn(f -> f.shownOn(today) || Restorations.RESTORED_REASON.equals(f.hiddenReason()))
                .as("the two fines of this year (unless a journey restored one)").hasSize(2);
        String page = mvc.perform(get("/credit/entities/{id}", entity).with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page);
        for (CreditFact f : penalties) {
            assertThat(doc.select("#fact-" + f.id())).as(f.summary()).hasSize(1);
        }
        assertThat(doc.select("#credit-record").text()).contains("不公示").contains("起申请信用修复");
        CreditFact ended = penalties.stream().filter(f -> f.publicUntil() != null && f.publicUntil().isBefore(today))
                .findFirst().orElseThrow();
        assertThat(doc.select("#fact-" + ended.id() + " .shown").text()).containsAnyOf("公示期已满", "已停止公示");
    }

    @Test
    void theExpiryInSmallBatchesReadsOnAfterEachBatchAndHidesEveryOneOnce() {
        long entity = lichengEntity(6);
        Actor officer = demo.actor("licheng.officer");
        LocalDate from = LocalDate.of(2024, 1, 2);
        LocalDate until = periods.lastDayShown(DisplayTier.MINOR, from, null);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(facts.record(SYSTEM, new NewCreditFact(entity, CreditFactKind.PENALTY, "cases", "test:batches:" + i,
                    from, officer.unitId(), officer.unitRegionPath(), "行政处罚：通报批评（分批测试）", Map.of(),
                    DisplayTier.MINOR, from, until)).orElseThrow());
        }
        DisplayExpiry small = new DisplayExpiry(facts, clock, 2);
        DisplayExpiry.Run run = small.run(SYSTEM, until.plusDays(1));
        assertThat(run.hidden()).isGreaterThanOrEqualTo(5);
        assertThat(run.batches()).isGreaterThanOrEqualTo(3);
        for (long id : ids) {
            assertThat(facts.fact(SYSTEM, id).hiddenReason()).isEqualTo(CreditFacts.EXPIRED);
        }
        assertThat(small.run(SYSTEM, until.plusDays(1)).hidden()).isZero();
    }
}
