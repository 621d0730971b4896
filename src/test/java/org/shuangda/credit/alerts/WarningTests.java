package org.shuangda.credit.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.complaints.Category;
import org.shuangda.complaints.FilingReceived;
import org.shuangda.complaints.Track;
import org.shuangda.credit.CreditFactKind;
import org.shuangda.credit.CreditFacts;
import org.shuangda.credit.DisplayTier;
import org.shuangda.credit.NewCreditFact;
import org.shuangda.credit.RiskGradeChanged;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Early warnings: each trigger fires at its threshold and not below it, within its window and not outside it,
 * never twice for the same subject; a county's own rule applies in the county only; the board and the
 * acknowledgement follow the reader's scope. Places are made-up township codes under each county, so that what
 * other tests file does not change the counts.
 */
@WebTest
class WarningTests {

    private static final AtomicLong FILING = new AtomicLong(8_000_000_000L + System.nanoTime() % 1_000_000);

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired WarningEvaluator evaluator;
    @Autowired MarketEntities entities;
    @Autowired CreditFacts facts;
    @Autowired org.shuangda.credit.record.Restorations restorations;
    @Autowired Clock clock;
    @Autowired javax.sql.DataSource dataSource;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired org.springframework.context.ApplicationEventPublisher publisher;
    AlertFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AlertFixtures(entities, facts);
    }

    FilingReceived filing(String place, Category category, MarketEntity about, Instant at) {
        long id = FILING.incrementAndGet();
        return new FilingReceived(id, "TST" + id, Track.COMPLAINT, category, place,
                about == null ? null : about.name(), about == null ? null : about.uscc(), at);
    }

    int warnings(String kind, String subjectKey) {
        return jdbc.sql("select count(*) from credit_warning where kind = :k and subject_key = :s")
                .param("k", kind).param("s", subjectKey).query(Integer.class).single();
    }

    long warningId(String kind, String subjectKey) {
        return jdbc.sql("select id from credit_warning where kind = :k and subject_key = :s order by id desc limit 1")
                .param("k", kind).param("s", subjectKey).query(Long.class).single();
    }

    @Test
    void complaintsAboutOneEntityWarnAtTheThresholdWithinTheWindowAndOnlyOnce() {
        MarketEntity shop = fixtures.entity("黎城县预警测试投诉集中商行", "140426");
        String place = "/140000/140400/140426/990101/";
        String subject = "entity:" + shop.id();
        Instant now = clock.instant();
        // the national default: 3 within 30 days. One 40 days ago does not count.
        evaluator.received(filing(place, Category.QUALITY, shop, now.minus(Duration.ofDays(40))));
        evaluator.received(filing(place, Category.QUALITY, shop, now.minus(Duration.ofDays(3))));
        FilingReceived second = filing(place, Category.QUALITY, shop, now.minus(Duration.ofDays(1)));
        // (the return value counts every kind: a county's own category rule of another test may fire too)
        evaluator.received(second);
        assertThat(warnings("COMPLAINTS_ENTITY", subject)).isZero();
        FilingReceived third = filing(place, Category.PRICE, shop, now);
        assertThat(evaluator.received(third)).isPositive();
        assertThat(warnings("COMPLAINTS_ENTITY", subject)).isEqualTo(1);
        List<Long> behind = jdbc.sql("select unnest(filing_ids) from credit_warning where kind = 'COMPLAINTS_ENTITY'"
                + " and subject_key = :s").param("s", subject).query(Long.class).list();
        assertThat(behind).hasSize(3).contains(second.filingId(), third.filingId());
        // the same event again, a fourth complaint, the daily run: still one warning
        assertThat(evaluator.received(third)).isZero();
        evaluator.received(filing(place, Category.QUALITY, shop, now));
        evaluator.evaluateAll();
        assertThat(warnings("COMPLAINTS_ENTITY", subject)).isEqualTo(1);
    }

    @Test
    void aCountysOwnCategoryRuleAppliesInTheCountyOnlyAndFiresAtItsThreshold() throws Exception {
        // refused: no CREDIT_SETTINGS (403); a threshold of 0 (422 naming it); nothing saved
        mvc.perform(put("/api/v1/credit/warnings/rules/COMPLAINTS_CATEGORY").with(demo.as("licheng.officer"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"threshold\":2,\"windowDays\":10}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/credit/warnings/rules/COMPLAINTS_CATEGORY").with(demo.as("licheng.office"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"threshold\":0,\"windowDays\":99999}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("threshold")))
                .andExpect(content().string(containsString("windowDays")));
        // the page's form: without its CSRF token refused; with a wrong window shown again (422) naming the figures
        mvc.perform(post("/credit/warnings/rules/COMPLAINTS_CATEGORY").with(demo.as("licheng.office"))
                        .param("threshold", "2").param("windowDays", "10"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/credit/warnings/rules/COMPLAINTS_CATEGORY").with(demo.as("licheng.office")).with(csrf())
                        .param("enabled", "true").param("threshold", "2").param("windowDays", "4000"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("天数 4000 超出范围：须在 1 至 3660 之间")))
                .andExpect(content().string(containsString("value=\"4000\"")));
        assertThat(jdbc.sql("select count(*) from credit_warning_rule where kind = 'COMPLAINTS_CATEGORY'"
                + " and owner_region_path is not null").query(Integer.class).single()).isZero();
        mvc.perform(put("/api/v1/credit/warnings/rules/COMPLAINTS_CATEGORY").with(demo.as("licheng.office"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\":true,\"threshold\":2,\"windowDays\":10}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ownerRegionPath").value(AlertFixtures.LICHENG))
                .andExpect(jsonPath("$.threshold").value(2));

        Instant now = clock.instant();
        String here = "/140000/140400/140426/990201/";
        String there = "/140000/140400/140425/990202/";
        evaluator.received(filing(here, Category.FOOD, null, now.minus(Duration.ofDays(11))));   // outside 10 days
        evaluator.received(filing(here, Category.FOOD, null, now));
        assertThat(warnings("COMPLAINTS_CATEGORY", "category:FOOD@" + here)).isZero();
        evaluator.received(filing(here, Category.FOOD, null, now));
        assertThat(warnings("COMPLAINTS_CATEGORY", "category:FOOD@" + here)).isEqualTo(1);
        // 平顺县 keeps the national 5
        for (int i = 0; i < 4; i++) {
            evaluator.received(filing(there, Category.FOOD, null, now));
        }
        assertThat(warnings("COMPLAINTS_CATEGORY", "category:FOOD@" + there)).isZero();
        evaluator.received(filing(there, Category.FOOD, null, now));
        assertThat(warnings("COMPLAINTS_CATEGORY", "category:FOOD@" + there)).isEqualTo(1);
        // a place's total: the national 10
        String town = "/140000/140400/140425/990203/";
        for (int i = 0; i < 9; i++) {
            evaluator.received(filing(town, Category.values()[i % 3], null, now));
        }
        assertThat(warnings("COMPLAINTS_PLACE", "place:" + town)).isZero();
        evaluator.received(filing(town, Category.OTHER, null, now));
        assertThat(warnings("COMPLAINTS_PLACE", "place:" + town)).isEqualTo(1);
        // the page shows the county's own version to the county office
        mvc.perform(get("/credit/warnings/rules").with(demo.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("rule-COMPLAINTS_CATEGORY")))
                .andExpect(content().string(containsString("山西省 长治市 黎城县")));
    }

    @Test
    void repeatedFailedSamplesWarnOnTheSecondFailureThroughTheEvent() {
        MarketEntity shop = fixtures.entity("黎城县预警测试抽检不合格食品店", "140426");
        LocalDate today = LocalDate.now(clock);
        fixtures.fact(shop.id(), CreditFactKind.SAMPLE_FAILED, "test-sample:" + shop.id() + ":1", today.minusDays(400),
                AlertFixtures.LICHENG, "抽检不合格：米粉（菌落总数）");   // outside 365 days
        fixtures.fact(shop.id(), CreditFactKind.SAMPLE_FAILED, "test-sample:" + shop.id() + ":2", today.minusDays(30),
                AlertFixtures.LICHENG, "抽检不合格：米粉（二氧化硫）");
        evaluator.evaluateAll();
        assertThat(warnings("SAMPLES_FAILED", "entity:" + shop.id())).isZero();
        long third = fixtures.fact(shop.id(), CreditFactKind.SAMPLE_FAILED, "test-sample:" + shop.id() + ":3",
                today, AlertFixtures.LICHENG, "抽检不合格：米粉（苯甲酸）");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> warnings("SAMPLES_FAILED", "entity:" + shop.id()) == 1);
        evaluator.evaluateAll();
        assertThat(warnings("SAMPLES_FAILED", "entity:" + shop.id())).isEqualTo(1);
        assertThat(jdbc.sql("select fact_ids from credit_warning where kind = 'SAMPLES_FAILED' and subject_key = :s")
                .param("s", "entity:" + shop.id()).query((rs, n) -> List.of((Long[]) rs.getArray(1).getArray()))
                .single()).hasSize(2).contains(third);
    }

    @Test
    void aGradeFallingToCOrDWarnsOncePerFallAndAnUpgradeOrBDoesNot() {
        MarketEntity shop = fixtures.entity("黎城县预警测试降级商贸公司", "140426");
        String subject = "entity:" + shop.id();
        assertThat(evaluator.gradeChanged(new RiskGradeChanged(shop.id(), "A", "B", "B：1 次处罚（+10）"))).isZero();
        assertThat(evaluator.gradeChanged(new RiskGradeChanged(shop.id(), "B", "C", "C：2 次处罚（+30）"))).isEqualTo(1);
        assertThat(evaluator.gradeChanged(new RiskGradeChanged(shop.id(), "B", "C", "C：2 次处罚（+30）"))).isZero();
        assertThat(evaluator.gradeChanged(new RiskGradeChanged(shop.id(), "D", "C", "C：有所好转"))).isZero();
        assertThat(evaluator.gradeChanged(new RiskGradeChanged(shop.id(), "C", "D", "D：列入严重违法失信名单（+60）")))
                .isEqualTo(1);
        assertThat(warnings("GRADE_FELL", subject)).isEqualTo(2);
        assertThat(jdbc.sql("select summary from credit_warning where kind = 'GRADE_FELL' and subject_key = :s"
                + " order by id limit 1").param("s", subject).query(String.class).single())
                .isEqualTo(shop.name() + "：信用风险等级由 B 降为 C（C：2 次处罚（+30））");
    }

    @Test
    void aDisplayPeriodEndingWithinTheDaysAheadWarnsOnceAndOneEndingLaterDoesNot() {
        MarketEntity shop = fixtures.entity("黎城县预警测试公示到期商行", "140426");
        LocalDate today = LocalDate.now(clock);
        long soon = facts.record(AlertFixtures.SYSTEM, new NewCreditFact(shop.id(), CreditFactKind.PENALTY, "cases",
                "test-case:" + shop.id() + ":1", today.minusMonths(3), null, AlertFixtures.LICHENG,
                "行政处罚：罚款人民币8,000.00元", Map.of(), DisplayTier.GENERAL, today.minusMonths(3),
                today.plusDays(15))).orElseThrow();
        long later = facts.record(AlertFixtures.SYSTEM, new NewCreditFact(shop.id(), CreditFactKind.PENALTY, "cases",
                "test-case:" + shop.id() + ":2", today.minusMonths(3), null, AlertFixtures.LICHENG,
                "行政处罚：罚款人民币9,000.00元", Map.of(), DisplayTier.GENERAL, today.minusMonths(3),
                today.plusDays(16))).orElseThrow();
        evaluator.evaluateAll();
        evaluator.evaluateAll();
        assertThat(warnings("PERIOD_ENDING", "fact:" + soon)).isEqualTo(1);
        assertThat(warnings("PERIOD_ENDING", "fact:" + later)).isZero();
    }

    @Test
    void aRestorationWarnsOnceWhenItsRunningClockEndsWithinTheDaysAheadAndNotEarlier() {
        MarketEntity shop = fixtures.entity("黎城县预警测试修复到期商行", "140426");
        org.shuangda.shared.Actor officer = demo.actor("licheng.officer");
        LocalDate today = LocalDate.now(clock);
        String number = "黎工商罚〔预警〕修" + shop.id() + "号";
        facts.record(AlertFixtures.SYSTEM, new NewCreditFact(shop.id(), CreditFactKind.PENALTY, "cases",
                "test-case:" + shop.id() + ":restoration", today.minusMonths(4), officer.unitId(),
                officer.unitRegionPath(), "行政处罚：罚款人民币6,000.00元（测试）",
                Map.of("decisionNumber", number, "revocation", false), DisplayTier.GENERAL, today.minusMonths(4),
                today.plusMonths(8))).orElseThrow();
        var application = restorations.applyFor(officer, new org.shuangda.credit.record.Restorations.Application(
                shop.uscc(), number, "王经理", "13800000001", "罚款已缴纳，违法行为已改正，承诺守法经营。"), List.of())
                .restoration();
        String subject = "restoration:" + application.id();
        // the acceptance is due 2 working days after receipt: that many calendar days ahead, or more over a weekend
        int daysAhead = (int) java.time.temporal.ChronoUnit.DAYS.between(today, application.acceptDue());
        Integer before = jdbc.sql("select window_days from credit_warning_rule where kind = 'RESTORATION_DUE'"
                + " and owner_region_path is null").query(Integer.class).single();
        try {
            setRestorationWindow(daysAhead - 1);
            evaluator.evaluateAll();
            assertThat(warnings("RESTORATION_DUE", subject)).as("due a day beyond the window").isZero();
            setRestorationWindow(daysAhead);
            evaluator.evaluateAll();
            evaluator.evaluateAll();
            assertThat(warnings("RESTORATION_DUE", subject)).as("due on the window's last day, once").isEqualTo(1);
            assertThat(jdbc.sql("select summary from credit_warning where kind = 'RESTORATION_DUE' and subject_key = :s")
                    .param("s", subject).query(String.class).single())
                    .contains(application.number(), "受理", application.acceptDue().toString());
        } finally {
            setRestorationWindow(before);
        }
    }

    void setRestorationWindow(int days) {
        jdbc.sql("update credit_warning_rule set window_days = :d where kind = 'RESTORATION_DUE'"
                + " and owner_region_path is null").param("d", Math.max(1, days)).update();
    }

    @Test
    void theBoardAndTheAcknowledgementFollowTheScopeAndANoteIsRequired() throws Exception {
        String town = "/140000/140400/140425/990301/";
        Instant now = clock.instant();
        for (int i = 0; i < 10; i++) {
            evaluator.received(filing(town, Category.COUNTERFEIT, null, now));
        }
        long id = warningId("COMPLAINTS_PLACE", "place:" + town);
        // 黎城县 neither lists nor opens nor acknowledges 平顺县's warning
        mvc.perform(get("/api/v1/credit/warnings").with(demo.as("licheng.officer")).param("size", "101"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("size")));
        mvc.perform(get("/api/v1/credit/warnings").with(demo.as("licheng.officer")).param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("\"id\":" + id + ","))));
        mvc.perform(get("/credit/warnings/" + id).with(demo.as("licheng.officer"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/credit/warnings/" + id + "/acknowledgement").with(demo.as("licheng.officer"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"已核查处置完毕\"}"))
                .andExpect(status().isNotFound());
        // 平顺县 sees it on the board, on its home to-dos and with the filings behind it
        mvc.perform(get("/credit/warnings").with(demo.as("pingshun.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("warning-" + id)));
        mvc.perform(get("/").with(demo.as("pingshun.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/credit/warnings/" + id)));
        mvc.perform(get("/credit/warnings/" + id).with(demo.as("pingshun.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("warning-filings")))
                .andExpect(content().string(containsString("acknowledge-form")));
        // a missing note: the page again, 422, nothing changed
        mvc.perform(post("/credit/warnings/" + id + "/acknowledge").with(demo.as("pingshun.officer")).with(csrf())
                        .param("note", " "))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("确认说明为 0 个字符")));
        assertThat(jdbc.sql("select acknowledged_at is null from credit_warning where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(post("/api/v1/credit/warnings/" + id + "/acknowledgement").with(demo.as("pingshun.officer"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"已约谈该地区经营者并开展专项检查\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warning.ackNote").value("已约谈该地区经营者并开展专项检查"))
                .andExpect(jsonPath("$.warning.acknowledgedBy").value("pingshun.officer"))
                .andExpect(jsonPath("$.filings.length()").value(10));
        mvc.perform(post("/api/v1/credit/warnings/" + id + "/acknowledgement").with(demo.as("pingshun.officer"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"再次确认\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/credit/warnings").param("open", "false").with(demo.as("changzhi.office")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("warning-" + id)));
    }

    @Test
    void theDailyEvaluationDoesNothingWhileAnotherInstanceHoldsItsLockAndRaisesOnceAfter() throws Exception {
        MarketEntity shop = fixtures.entity("黎城县预警测试锁定公示到期商行", "140426");
        LocalDate today = LocalDate.now(clock);
        long soon = facts.record(AlertFixtures.SYSTEM, new NewCreditFact(shop.id(), CreditFactKind.PENALTY, "cases",
                "test-case-lock:" + shop.id(), today.minusMonths(3), null, AlertFixtures.LICHENG,
                "行政处罚：罚款人民币6,000.00元", Map.of(), DisplayTier.GENERAL, today.minusMonths(3),
                today.plusDays(3))).orElseThrow();
        // another instance evaluating: it holds the lock (here a session lock on a connection of its own)
        try (java.sql.Connection other = dataSource.getConnection();
                java.sql.Statement st = other.createStatement()) {
            st.execute("select pg_advisory_lock(hashtext('credit_warning:daily'))");
            assertThat(evaluator.evaluateAll()).isZero();
            assertThat(warnings("PERIOD_ENDING", "fact:" + soon)).isZero();
            st.execute("select pg_advisory_unlock(hashtext('credit_warning:daily'))");
        }
        assertThat(evaluator.evaluateAll()).isPositive();
        assertThat(warnings("PERIOD_ENDING", "fact:" + soon)).isEqualTo(1);
        evaluator.evaluateAll();
        assertThat(warnings("PERIOD_ENDING", "fact:" + soon)).isEqualTo(1);
    }

    @Test
    void aGradeChangedEventDeliveredAfterCommitRaisesTheWarning() {
        MarketEntity shop = fixtures.entity("黎城县预警测试事件降级商贸公司", "140426");
        transactions.executeWithoutResult(t -> publisher.publishEvent(
                new RiskGradeChanged(shop.id(), "B", "D", "D：列入严重违法失信名单（+60）")));
        await().atMost(Duration.ofSeconds(20)).until(() -> warnings("GRADE_FELL", "entity:" + shop.id()) == 1);
        assertThat(jdbc.sql("select region_path from credit_warning where kind = 'GRADE_FELL' and subject_key = :s")
                .param("s", "entity:" + shop.id()).query(String.class).single()).isEqualTo(AlertFixtures.LICHENG);
    }
}
