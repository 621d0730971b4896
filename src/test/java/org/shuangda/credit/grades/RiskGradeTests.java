package org.shuangda.credit.grades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shuangda.credit.CreditFactKind;
import org.shuangda.credit.CreditFacts;
import org.shuangda.credit.DisplayTier;
import org.shuangda.credit.NewCreditFact;
import org.shuangda.credit.RiskGradeChanged;
import org.shuangda.credit.RiskGrades;
import org.shuangda.entities.EntityDraft;
import org.shuangda.entities.MarketEntities;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Credit-risk grades on hand-made records: the score, grade and explanation of each, the window, the thresholds,
 * events only for changed grades, the versioned scheme (an old grade keeps explaining itself with its version's
 * weights; a scheme that is not valid is refused naming the field, nothing saved) and data scope (one county
 * cannot see the other's grades, by id neither).
 */
@WebTest
class RiskGradeTests {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final Actor SYSTEM = Actor.system("测试");
    private static final String LICHENG = "/140000/140400/140426/";

    @Autowired RiskGradeService grades;
    @Autowired GradeStore store;
    @Autowired RiskGrades published;
    @Autowired CreditFacts facts;
    @Autowired MarketEntities entities;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired PlatformTransactionManager transactions;

    @Autowired org.springframework.context.ConfigurableApplicationContext context;

    /** Every RiskGradeChanged, from whichever thread computed it (the fact listener runs after commit, async). */
    final java.util.Queue<RiskGradeChanged> announced = new java.util.concurrent.ConcurrentLinkedQueue<>();
    final org.springframework.context.ApplicationListener<org.springframework.context.PayloadApplicationEvent<?>>
            collector = e -> {
                if (e.getPayload() instanceof RiskGradeChanged changed) {
                    announced.add(changed);
                }
            };

    @org.junit.jupiter.api.BeforeEach
    void listen() {
        context.addApplicationListener(collector);
    }

    @org.junit.jupiter.api.AfterEach
    void stopListening() {
        context.removeApplicationListener(collector);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long entity(String region, LocalDate established) {
        String name = "信用分类测试" + region + "商贸有限公司" + SERIAL.incrementAndGet() + "号";
        return entities.create(SYSTEM, new EntityDraft(name, null, false, null, "ENTERPRISE", null, region, null, null,
                null, null, null, established == null ? null : established.toString())).id();
    }

    void record(long entity, String path, List<NewCreditFact> list) {
        new TransactionTemplate(transactions).executeWithoutResult(t -> list.forEach(f -> facts.record(SYSTEM, f)));
    }

    static NewCreditFact fact(long entity, CreditFactKind kind, DisplayTier tier, LocalDate on, Map<String, Object> detail) {
        return new NewCreditFact(entity, kind, "test", "test:" + entity + ":" + SERIAL.incrementAndGet(), on, null,
                LICHENG, kind.name(), detail, tier, null, null);
    }

    List<RiskGradeChanged> changes(long entity) {
        return announced.stream().filter(e -> e.entityId() == entity).toList();
    }

    @Test
    void aRecordIsScoredGradedAndExplainedInWords() {
        LocalDate today = today();
        long id = entity("140426", today.minusYears(2).minusDays(10));
        record(id, LICHENG, List.of(
                fact(id, CreditFactKind.PENALTY, DisplayTier.GENERAL, today.minusMonths(3), null),
                fact(id, CreditFactKind.PENALTY, DisplayTier.GENERAL, today.minusMonths(20), null),
                fact(id, CreditFactKind.SAMPLE_FAILED, DisplayTier.NOT_SHOWN, today.minusDays(40), null),
                // outside the 24-month window: not counted
                fact(id, CreditFactKind.PENALTY, DisplayTier.SERIOUS, today.minusMonths(30), null),
                // a check that found nothing, and a passed sample: not negative
                fact(id, CreditFactKind.INSPECTION_RESULT, DisplayTier.NOT_SHOWN, today.minusDays(5),
                        Map.of("negative", false, "result", "未发现问题")),
                fact(id, CreditFactKind.SAMPLE_PASSED, DisplayTier.NOT_SHOWN, today.minusDays(5), null)));

        GradeRecord g = grades.recompute(SYSTEM, id, "MANUAL").orElseThrow();

        assertThat(g.grade()).isEqualTo("C");
        assertThat(g.score()).isEqualTo(55);
        assertThat(g.explanation()).isEqualTo(
                "C：24个月内行政处罚（一般）2次（+30），抽检不合格1次（+20）；成立不满3年（+5）；合计55分（C类：30至69分）");
        assertThat(g.counts().yearsInBusiness()).isEqualTo(2);
        assertThat(published.current(id)).contains("C");
        assertThat(published.current(List.of(id, -1L))).isEqualTo(Map.of(id, "C"));
        // one announcement (the facts came in one transaction): whichever computation got there first
        assertThat(changes(id)).extracting(RiskGradeChanged::previous, RiskGradeChanged::current,
                RiskGradeChanged::explanation).containsExactly(org.assertj.core.groups.Tuple.tuple(null, "C",
                g.explanation()));

        // computing again changes nothing: no history line, no event
        int history = grades.entity(SYSTEM, id, Locale.SIMPLIFIED_CHINESE).history().size();
        int published = changes(id).size();
        grades.recompute(SYSTEM, id, "MANUAL");
        assertThat(grades.entity(SYSTEM, id, Locale.SIMPLIFIED_CHINESE).history()).hasSize(history);
        assertThat(changes(id)).hasSize(published);

        // in English too
        assertThat(grades.entity(SYSTEM, id, Locale.ENGLISH).current().explanation()).isEqualTo(
                "C: within 24 months: 2 penalties (general) (+30), 1 failed samples (+20); in business for less"
                        + " than 3 years (+5); 55 points in all (C: 30 to 69 points)");
    }

    @Test
    void aCleanRecordIsAWithoutAnEventAndAFallIsAnnouncedOnce() {
        LocalDate today = today();
        long id = entity("140426", today.minusYears(10));
        GradeRecord clean = grades.recompute(SYSTEM, id, "MANUAL").orElseThrow();
        assertThat(clean.grade()).isEqualTo("A");
        assertThat(clean.explanation()).isEqualTo("A：24个月内无失信记录；合计0分（A类：9分及以下）");
        assertThat(changes(id)).as("a first grade A is not announced").isEmpty();

        record(id, LICHENG, List.of(fact(id, CreditFactKind.SERIOUS_LISTED, DisplayTier.SERIOUS, today.minusDays(1),
                null), fact(id, CreditFactKind.PENALTY, DisplayTier.SERIOUS, today.minusDays(1), null)));
        GradeRecord fallen = grades.recompute(SYSTEM, id, "FACT").orElseThrow();
        assertThat(fallen.grade()).isEqualTo("D");
        assertThat(fallen.explanation()).isEqualTo(
                "D：24个月内行政处罚（严重）1次（+30），列入严重违法失信名单1次（+50）；合计80分（D类：70分及以上）");
        assertThat(changes(id)).extracting(RiskGradeChanged::previous, RiskGradeChanged::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "D"));
        EntityGrades view = grades.entity(SYSTEM, id, Locale.SIMPLIFIED_CHINESE);
        assertThat(view.history()).extracting(GradeRecord::previous, GradeRecord::grade)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "D"),
                        org.assertj.core.groups.Tuple.tuple(null, "A"));
    }

    @Test
    void aFactJoiningTheRecordRegradesTheEntityByItself() {
        LocalDate today = today();
        long id = entity("140426", today.minusYears(6));
        record(id, LICHENG, List.of(fact(id, CreditFactKind.SAMPLE_FAILED, DisplayTier.NOT_SHOWN, today.minusDays(1),
                null)));
        // no call here: the CreditFactRecorded listener computed it after the facts' commit
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(published.current(id)).contains("B"));
        EntityGrades view = grades.entity(SYSTEM, id, Locale.SIMPLIFIED_CHINESE);
        assertThat(view.history()).extracting(GradeRecord::reason, GradeRecord::grade)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FACT", "B"));
        assertThat(view.current().explanation()).isEqualTo("B：24个月内抽检不合格1次（+20）；合计20分（B类：10至29分）");
        assertThat(changes(id)).extracting(RiskGradeChanged::previous, RiskGradeChanged::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "B"));

        // a full run whose ranges ended below this entity (it started before the entity existed) keeps its grade
        // at its end, where grades of entities gone from the directory above the last range are dropped
        new TransactionTemplate(transactions).executeWithoutResult(t -> store.dropAbove(id - 1));
        assertThat(published.current(id)).contains("B");
    }

    @Test
    void aChangedEstablishmentDateRegradesTheEntityByItself() {
        LocalDate today = today();
        long id = entity("140426", today.minusYears(6));
        var e = entities.get(SYSTEM, id);
        entities.update(SYSTEM, id, new EntityDraft(e.name(), null, false, null, "ENTERPRISE", null, "140426", null,
                null, null, null, e.version(), today.minusMonths(2).toString()));
        // no call here: the EntityEstablishmentChanged listener regraded it after the update's commit
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(grades.entity(SYSTEM, id, Locale.SIMPLIFIED_CHINESE).history())
                        .extracting(GradeRecord::reason).contains("ESTABLISHED"));
        assertThat(grades.entity(SYSTEM, id, Locale.SIMPLIFIED_CHINESE).current().explanation()).contains("成立不满1年");
    }

    @Test
    void thresholdsSeparateTheGradesAtTheirFirstPoint() {
        RiskScheme s = grades.scheme(SYSTEM);
        RiskScheme first = new RiskScheme(1, 24, 5, 10, 15, 30, 15, 50, 20, 10, 5, 10, 5, 10, 30, 70, "", "t", null);
        assertThat(List.of(0, 9, 10, 29, 30, 69, 70, 1000).stream().map(first::gradeOf).toList())
                .containsExactly("A", "A", "B", "B", "C", "C", "D", "D");
        assertThat(s.version()).isGreaterThanOrEqualTo(1);

        // on records: 5 upheld complaints (25, B) and 6 (30, C) at the default scheme's C threshold of 30
        LocalDate today = today();
        long five = entity("140426", today.minusYears(5));
        long six = entity("140426", today.minusYears(5));
        record(five, LICHENG, java.util.stream.IntStream.range(0, 5).mapToObj(i -> fact(five,
                CreditFactKind.COMPLAINT_UPHELD, DisplayTier.NOT_SHOWN, today.minusMonths(i + 1), null)).toList());
        record(six, LICHENG, java.util.stream.IntStream.range(0, 6).mapToObj(i -> fact(six,
                CreditFactKind.COMPLAINT_UPHELD, DisplayTier.NOT_SHOWN, today.minusMonths(i + 1), null)).toList());
        RiskScheme now = grades.scheme(SYSTEM);
        GradeRecord b = grades.recompute(SYSTEM, five, "MANUAL").orElseThrow();
        GradeRecord c = grades.recompute(SYSTEM, six, "MANUAL").orElseThrow();
        assertThat(b.score()).isEqualTo(5 * now.complaintUpheld());
        assertThat(b.grade()).isEqualTo(now.gradeOf(b.score()));
        assertThat(c.grade()).isEqualTo(now.gradeOf(c.score()));
        if (now.version() == 1) {
            assertThat(b.grade()).isEqualTo("B");
            assertThat(c.grade()).isEqualTo("C");
        }
    }

    @Test
    void aNewSchemeIsANewVersionAndOldGradesKeepTheirWords() throws Exception {
        Actor province = demo.actor("shanxi.office");
        LocalDate today = today();
        long id = entity("140426", today.minusYears(8));
        record(id, LICHENG, List.of(fact(id, CreditFactKind.SAMPLE_FAILED, DisplayTier.NOT_SHOWN, today.minusDays(3),
                null)));
        RiskScheme before = grades.scheme(SYSTEM);
        GradeRecord old = grades.recompute(SYSTEM, id, "MANUAL").orElseThrow();

        RiskSchemeDraft draft = RiskSchemeDraft.of(before);
        Map<String, String> values = new java.util.LinkedHashMap<>(draft.values());
        values.put("sampleFailed", "75");
        RiskScheme saved = grades.saveScheme(province, new RiskSchemeDraft(values, "抽检不合格加重", before.version()));
        assertThat(saved.version()).isEqualTo(before.version() + 1);
        assertThat(saved.sampleFailed()).isEqualTo(75);
        assertThat(grades.schemes(SYSTEM)).extracting(RiskScheme::version).contains(before.version(), saved.version());

        RiskGradeService.RunResult run = grades.recomputeAll(SYSTEM, "SCHEME");
        assertThat(run.entities()).isGreaterThan(100);
        EntityGrades view = grades.entity(SYSTEM, id, Locale.SIMPLIFIED_CHINESE);
        assertThat(view.current().schemeVersion()).isEqualTo(saved.version());
        assertThat(view.current().grade()).isEqualTo("D");
        assertThat(view.current().explanation()).isEqualTo(
                "D：24个月内抽检不合格1次（+75）；合计75分（D类：70分及以上）");
        GradeRecord first = view.history().get(view.history().size() - 1);
        assertThat(first.schemeVersion()).isEqualTo(before.version());
        assertThat(first.explanation()).isEqualTo(old.explanation()).contains("（+" + before.sampleFailed() + "）");

        // put the numbers back (as a further version) for the other tests sharing this database
        grades.saveScheme(province, new RiskSchemeDraft(RiskSchemeDraft.of(before).values(), "恢复", saved.version()));
        grades.recomputeAll(SYSTEM, "SCHEME");
    }

    @Test
    void aSchemeThatIsNotValidIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        Actor province = demo.actor("shanxi.office");
        RiskScheme current = grades.scheme(SYSTEM);
        Map<String, String> base = RiskSchemeDraft.of(current).values();

        Map<String, String> order = new java.util.LinkedHashMap<>(base);
        order.put("thresholdC", order.get("thresholdB"));
        Map<String, String> zero = new java.util.LinkedHashMap<>(base);
        RiskSchemeDraft.of(current).values().keySet().stream().filter(k -> !k.startsWith("threshold")
                && !k.equals("windowMonths")).forEach(k -> zero.put(k, "0"));
        Map<String, String> text = new java.util.LinkedHashMap<>(base);
        text.put("penaltyMinor", "十五");
        text.put("windowMonths", "0");
        Map<String, String> unreachable = new java.util.LinkedHashMap<>(base);
        unreachable.put("thresholdB", "2000");
        unreachable.put("thresholdC", "3000");
        unreachable.put("thresholdD", "4000");

        assertThat(fields(province, order, current.version())).containsExactly("thresholdC");
        assertThat(fields(province, zero, current.version())).containsExactly("penaltyGeneral");
        assertThat(fields(province, text, current.version())).containsExactly("windowMonths", "penaltyMinor");
        assertThat(fields(province, unreachable, current.version())).containsExactly("thresholdB");
        assertThat(fields(province, base, current.version() - 1)).containsExactly("version");
        assertThat(grades.scheme(SYSTEM).version()).isEqualTo(current.version());

        // a county office holds CREDIT_SETTINGS over its county only: the scheme grades everyone
        assertThatThrownBy(() -> grades.saveScheme(demo.actor("licheng.office"),
                new RiskSchemeDraft(base, "", current.version()))).isInstanceOf(AccessDeniedProblem.class);

        // over the API: 422 with the field and the rule in words
        mvc.perform(post("/api/v1/credit/grades/scheme").with(demo.as("shanxi.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"windowMonths":24,"penaltyWarning":5,"penaltyMinor":10,"penaltyGeneral":15,
                                 "penaltySerious":30,"abnormalListed":15,"seriousListed":50,"sampleFailed":20,
                                 "inspectionFinding":10,"complaintUpheld":5,"underOneYear":10,"underThreeYears":5,
                                 "thresholdB":40,"thresholdC":30,"thresholdD":70}"""))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("thresholdC")))
                .andExpect(content().string(containsString("30")));
        // the form comes back with the reason beside the field
        mvc.perform(post("/credit/grades/scheme").with(demo.as("shanxi.office")).with(csrf())
                        .param("basedOn", String.valueOf(current.version())).param("windowMonths", "24")
                        .param("penaltyWarning", "5").param("penaltyMinor", "abc").param("penaltyGeneral", "15")
                        .param("penaltySerious", "30").param("abnormalListed", "15").param("seriousListed", "50")
                        .param("sampleFailed", "20").param("inspectionFinding", "10").param("complaintUpheld", "5")
                        .param("underOneYear", "10").param("underThreeYears", "5").param("thresholdB", "10")
                        .param("thresholdC", "30").param("thresholdD", "70"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("“abc”不是整数")));
        mvc.perform(post("/credit/grades/scheme").with(demo.as("licheng.office")).with(csrf())
                        .param("windowMonths", "24"))
                .andExpect(status().isForbidden());
        assertThat(grades.scheme(SYSTEM).version()).isEqualTo(current.version());
    }

    private List<String> fields(Actor actor, Map<String, String> values, int basedOn) {
        try {
            grades.saveScheme(actor, new RiskSchemeDraft(values, "", basedOn));
        } catch (InvalidInput e) {
            return e.problems().stream().map(InvalidInput.FieldProblem::field).toList();
        }
        throw new AssertionError("saved");
    }

    @Test
    void oneCountyNeitherListsNorOpensTheOthersGrades() throws Exception {
        LocalDate today = today();
        long id = entity("140426", today.minusYears(4));
        record(id, LICHENG, List.of(fact(id, CreditFactKind.ABNORMAL_LISTED, DisplayTier.GENERAL, today.minusDays(2),
                null)));
        grades.recompute(SYSTEM, id, "MANUAL");
        String name = grades.entity(SYSTEM, id, Locale.SIMPLIFIED_CHINESE).entityName();

        mvc.perform(get("/credit/grades").param("entity", String.valueOf(id)).with(demo.as("licheng.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("列入经营异常名录1次（+15）")));
        mvc.perform(get("/api/v1/credit/grades").param("entity", String.valueOf(id)).with(demo.as("licheng.office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.grade", is("B")))
                // MANUAL, or FACT when the recomputation the new fact asks for (after commit, in the background)
                // came after it
                .andExpect(jsonPath("$.history[0].reason", org.hamcrest.Matchers.oneOf("MANUAL", "FACT")))
                .andExpect(jsonPath("$.current.explanation", containsString("合计15分")));
        mvc.perform(get("/credit/grades").param("q", name).with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(">" + name + "</a>")));

        mvc.perform(get("/credit/grades").param("entity", String.valueOf(id)).with(demo.as("pingshun.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/credit/grades").param("entity", String.valueOf(id)).with(demo.as("pingshun.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/credit/grades").param("q", name).with(demo.as("pingshun.office")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(">" + name + "</a>"))))
                .andExpect(content().string(containsString("共 0 条")));
        mvc.perform(get("/api/v1/credit/grades").param("entity", "999999999").with(demo.as("licheng.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/credit/grades").param("grade", "E").with(demo.as("licheng.office")))
                .andExpect(status().is(422)).andExpect(content().string(containsString("grade")));
    }

    @Test
    void thePagesOpenForReadersAndOnlyTheProvinceSeesTheSchemeForm() throws Exception {
        grades.recomputeAll(SYSTEM, "MANUAL");
        mvc.perform(get("/credit/grades").with(demo.as("licheng.leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不免抽")))
                .andExpect(content().string(containsString("grade-count-A")));
        mvc.perform(get("/credit/grades/scheme").with(demo.as("licheng.leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("scheme-form"))));
        mvc.perform(get("/credit/grades/scheme").with(demo.as("shanxi.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("scheme-form")));
        mvc.perform(get("/credit/grades").with(demo.as("licheng.reporter")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/credit/grades")));
    }
}
