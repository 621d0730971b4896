package org.shuangda.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.identity.UserForm;
import org.shuangda.identity.Users;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AssessmentGrades;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.ScopeKind;
import org.shuangda.support.Accounts;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One county's run from self-assessment to publication, with what must be refused on the way and nothing changed
 * when it is: another county's run is not found before publication (and readable after); points over an item's
 * maximum; evidence of a wrong type or size; a reviewer scoring the county he belongs to; an appeal twice or after
 * the window; finalising with an appeal open or before the window ends; publishing with a run not final; an edit of
 * the scheme once in use.
 */
@WebTest
class WorkflowTests {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

    @Autowired Schemes schemes;
    @Autowired Runs runs;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;
    @Autowired UnitDirectory units;
    @Autowired WorkingCalendar calendar;
    @Autowired Rulebook rulebook;
    @Autowired AssessmentGrades grades;
    @Autowired Clock clock;

    Actor city;
    Actor licheng;
    Actor pingshun;
    Scheme scheme;
    Run lichengRun;
    Run pingshunRun;

    @BeforeEach
    void setUp() {
        city = demo.actor("changzhi.office");
        licheng = demo.actor("licheng.office");
        pingshun = demo.actor("pingshun.office");
        int year = LocalDate.now(clock.withZone(WorkingCalendar.ZONE)).getYear();
        scheme = schemes.start(city, schemes.create(city, TestSchemes.everyFormula(year, "流程测试方案 " + System.nanoTime())).id());
        List<RunView> all = runs.list(city, scheme.id());
        lichengRun = all.stream().filter(r -> "140426".equals(r.run().regionCode())).findFirst().orElseThrow().run();
        pingshunRun = all.stream().filter(r -> "140425".equals(r.run().regionCode())).findFirst().orElseThrow().run();
    }

    @Test
    void aCountySeesItsOwnRunOnlyAndScoresWithinTheMaximum() throws Exception {
        mvc.perform(get("/api/v1/assessment/runs/" + lichengRun.id()).with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.own").value(true));
        mvc.perform(get("/api/v1/assessment/runs/" + lichengRun.id()).with(demo.as("pingshun.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessment/runs/" + lichengRun.id()).with(demo.as("pingshun.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/assessment/runs").param("scheme", scheme.id().toString()).with(demo.as("pingshun.office")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].run.targetName").value("平顺县"));
        mvc.perform(get("/api/v1/assessment/runs").param("scheme", scheme.id().toString()).with(demo.as("changzhi.office")))
                .andExpect(jsonPath("$.length()").value(2));
        // the county's reporter reads its county's run but does not fill it (that is the office's)
        mvc.perform(get("/api/v1/assessment/runs/" + lichengRun.id()).with(demo.as("licheng.reporter")))
                .andExpect(status().isOk());
        assertThatThrownBy(() -> runs.selfAssess(demo.actor("licheng.reporter"), lichengRun.id(),
                new Scores(List.of(new Scores.Entry(item("组织领导"), BigDecimal.ONE, null, "")), null)))
                .isInstanceOf(AccessDeniedProblem.class);

        long organisation = item("组织领导");
        mvc.perform(put("/api/v1/assessment/runs/" + lichengRun.id() + "/self").with(demo.as("licheng.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\":[{\"itemId\":%d,\"points\":15.5,\"note\":\"超了\"}]}".formatted(organisation)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("items[0].points"))
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.containsString("15.5")));
        mvc.perform(put("/api/v1/assessment/runs/" + lichengRun.id() + "/self").with(demo.as("licheng.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\":[{\"itemId\":%d,\"points\":12.345}]}".formatted(organisation)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put("/api/v1/assessment/runs/" + lichengRun.id() + "/self").with(demo.as("licheng.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\":[{\"itemId\":%d,\"points\":2}]}".formatted(computedItem())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.containsString("自动计分")));
        assertThat(selfPoints(lichengRun.id(), organisation)).isNull();

        RunView saved = runs.selfAssess(licheng, lichengRun.id(), new Scores(List.of(
                new Scores.Entry(organisation, new BigDecimal("14.5"), null, "机构健全")), null));
        assertThat(saved.run().item(organisation).orElseThrow().selfPoints()).isEqualByComparingTo("14.5");
        // a stale version is refused
        assertThatThrownBy(() -> runs.selfAssess(licheng, lichengRun.id(), new Scores(List.of(), lichengRun.version())))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void evidenceIsVersionedServesSeveralItemsAndAWrongTypeOrSizeIsRefused() throws Exception {
        long organisation = item("组织领导");
        long publicity = item("宣传工作");
        mvc.perform(multipart("/api/v1/assessment/runs/" + lichengRun.id() + "/evidence")
                        .file(new MockMultipartFile("file", "方案.pdf", "application/pdf", PDF))
                        .param("title", "领导小组文件").param("itemIds", String.valueOf(organisation), String.valueOf(publicity))
                        .with(demo.as("licheng.office")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.evidence.length()").value(1))
                .andExpect(jsonPath("$.evidence[0].itemIds.length()").value(2));
        long evidenceId = runs.get(licheng, lichengRun.id()).evidence().get(0).id();
        mvc.perform(multipart("/api/v1/assessment/runs/" + lichengRun.id() + "/evidence/" + evidenceId + "/versions")
                        .file(new MockMultipartFile("file", "方案（修订）.pdf", "application/pdf", PDF))
                        .with(demo.as("licheng.office")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.evidence[0].versions.length()").value(2));
        long before = evidenceRows();
        mvc.perform(multipart("/api/v1/assessment/runs/" + lichengRun.id() + "/evidence")
                        .file(new MockMultipartFile("file", "setup.pdf", "application/pdf", "MZ\u0090\u0000binary".getBytes()))
                        .param("itemIds", String.valueOf(organisation)).with(demo.as("licheng.office")).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/v1/assessment/runs/" + lichengRun.id() + "/evidence")
                        .file(new MockMultipartFile("file", "run.exe", "application/octet-stream", PDF))
                        .param("itemIds", String.valueOf(organisation)).with(demo.as("licheng.office")).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThatThrownBy(() -> runs.addEvidence(licheng, lichengRun.id(), null, List.of(organisation),
                new Runs.Upload("大.pdf", 21L * 1024 * 1024, new ByteArrayInputStream(PDF))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().get(0).reason()).isEqualTo("attachment.size"));
        assertThat(evidenceRows()).isEqualTo(before);
        // the office reads it, the other county does not even find it; the download is audited
        mvc.perform(get("/api/v1/assessment/runs/" + lichengRun.id() + "/evidence/" + evidenceId + "/file")
                .param("version", "1").with(demo.as("changzhi.office"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessment/runs/" + lichengRun.id() + "/evidence/" + evidenceId + "/file")
                .with(demo.as("pingshun.office"))).andExpect(status().isNotFound());
    }

    @Test
    void aReviewerNeverScoresTheCountyHeBelongsTo() throws Exception {
        long seat = units.named("黎城县商务中心").get(0).id();
        String name = "cityreviewer" + System.nanoTime() % 100000;
        long id = Accounts.create(users, demo, new UserForm(name, "市评审 测试", seat, null, null, "Pruefer#2026x", true,
                List.of(new UserForm.RoleGrant("LEADING_GROUP_OFFICE", ScopeKind.REGION_SUBTREE, "140400")))).id();
        users.waivePasswordChange(Actor.system("测试"), List.of(id));
        runs.submit(licheng, lichengRun.id());
        runs.submit(pingshun, pingshunRun.id());
        String scores = "{\"items\":[{\"itemId\":%d,\"points\":12}]}".formatted(item("组织领导"));
        mvc.perform(put("/api/v1/assessment/runs/" + lichengRun.id() + "/reviews/first").with(demo.as(name)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(scores))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reviewer"))
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.containsString("黎城县")));
        assertThat(firstPoints(lichengRun.id(), item("组织领导"))).isNull();
        mvc.perform(put("/api/v1/assessment/runs/" + pingshunRun.id() + "/reviews/first").with(demo.as(name)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(scores))
                .andExpect(status().isOk());
        // the county's own office is not of the assessing side at all
        mvc.perform(put("/api/v1/assessment/runs/" + pingshunRun.id() + "/reviews/first").with(demo.as("licheng.office"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(scores))
                .andExpect(status().isNotFound());
        // the run page offers him no scoring on his own county
        assertThat(runs.get(demo.actor(name), lichengRun.id()).actions()).doesNotContain(RunAction.SCORE_FIRST);
    }

    @Test
    void fromSelfAssessmentToPublicationWithAnAppealOnTheCalendar() throws Exception {
        long organisation = item("组织领导");
        long publicity = item("宣传工作");
        runs.selfAssess(licheng, lichengRun.id(), new Scores(List.of(new Scores.Entry(organisation,
                new BigDecimal("15"), null, ""), new Scores.Entry(publicity, new BigDecimal("9"), null, "")), null));
        runs.submit(licheng, lichengRun.id());
        runs.submit(pingshun, pingshunRun.id());
        for (Run r : List.of(lichengRun, pingshunRun)) {
            runs.score(city, r.id(), false, new Scores(List.of(new Scores.Entry(organisation, new BigDecimal("13"), null,
                    "")), null));
            assertThatThrownBy(() -> runs.finishFirst(city, r.id())).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.problems().get(0).reason()).isEqualTo("assessment.review.unscored"));
            runs.score(city, r.id(), false, new Scores(List.of(new Scores.Entry(publicity, new BigDecimal("8"), null,
                    "")), null));
            runs.finishFirst(city, r.id());
        }
        // before the release the county sees no reviewer's score and no card
        RunView hidden = runs.get(licheng, lichengRun.id());
        assertThat(hidden.card()).isNull();
        assertThat(hidden.run().item(organisation).orElseThrow().firstPoints()).isNull();
        runs.score(city, lichengRun.id(), true, new Scores(List.of(new Scores.Entry(organisation, new BigDecimal("14"),
                null, "复评调整")), null));
        RunView released = runs.releaseDraft(city, lichengRun.id());
        LocalDate today = runs.today();
        assertThat(released.run().releasedOn()).isEqualTo(today);
        assertThat(released.run().appealDue()).isEqualTo(Deadline.startingAt(today.atStartOfDay(),
                rulebook.rule(Runs.APPEAL_RULE, today).deadlineRule()).due(calendar).orElseThrow().toLocalDate());
        RunView draft = runs.get(licheng, lichengRun.id());
        assertThat(draft.card()).isNotNull();
        assertThat(draft.card().points().get(organisation)).isEqualByComparingTo("14");
        assertThat(draft.card().points().get(publicity)).isEqualByComparingTo("8");

        // an appeal within the window, once per item
        mvc.perform(post("/api/v1/assessment/runs/" + lichengRun.id() + "/appeals").with(demo.as("licheng.office"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemId\":%d,\"reason\":\"3·15宣传资料已补充\"}".formatted(publicity)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.run.appeals.length()").value(1));
        mvc.perform(post("/api/v1/assessment/runs/" + lichengRun.id() + "/appeals").with(demo.as("licheng.office"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemId\":%d,\"reason\":\"再申诉\"}".formatted(publicity)))
                .andExpect(status().isUnprocessableContent());
        // the other county's window is over: its appeal is refused with the dates, nothing stored
        runs.releaseDraft(city, pingshunRun.id());
        jdbc.sql("update assessment_run set released_on = :r, appeal_due = :d where id = :id")
                .param("r", today.minusDays(20)).param("d", today.minusDays(1)).param("id", pingshunRun.id()).update();
        mvc.perform(post("/api/v1/assessment/runs/" + pingshunRun.id() + "/appeals").with(demo.as("pingshun.office"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemId\":%d,\"reason\":\"逾期申诉\"}".formatted(publicity)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.containsString(today.minusDays(1).toString())));
        assertThat(appeals(pingshunRun.id())).isZero();

        long appeal = runs.get(city, lichengRun.id()).run().appeals().get(0).id();
        assertThatThrownBy(() -> runs.finalise(city, lichengRun.id())).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> runs.decideAppeal(city, lichengRun.id(), appeal, true, new BigDecimal("11"), null,
                "超过满分")).isInstanceOf(InvalidInput.class);
        RunView decided = runs.decideAppeal(city, lichengRun.id(), appeal, true, new BigDecimal("9.5"), null,
                "宣传资料属实，加1.5分");
        assertThat(decided.card().points().get(publicity)).isEqualByComparingTo("9.5");
        // the window is still open and the county has not confirmed: not yet
        assertThatThrownBy(() -> runs.finalise(city, lichengRun.id())).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().get(0).reason()).isEqualTo("assessment.finalise.window"));
        runs.acceptDraft(licheng, lichengRun.id());
        runs.finalise(city, lichengRun.id());

        mvc.perform(post("/api/v1/assessment/schemes/" + scheme.id() + "/publish").with(demo.as("changzhi.office"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.containsString("平顺县")));
        runs.finalise(city, pingshunRun.id()); // its window is over
        mvc.perform(get("/api/v1/assessment/rankings").param("scheme", scheme.id().toString())
                .with(demo.as("pingshun.office"))).andExpect(status().isNotFound());
        schemes.publishResults(city, scheme.id());

        // published: every county reads the others' results and the ranking, but not their evidence
        mvc.perform(get("/api/v1/assessment/runs/" + lichengRun.id()).with(demo.as("pingshun.office")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.run.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.evidence.length()").value(0));
        mvc.perform(get("/api/v1/assessment/rankings").param("scheme", scheme.id().toString())
                        .with(demo.as("pingshun.office")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.published").value(true))
                .andExpect(jsonPath("$.lines.length()").value(2));
        Scorecard card = runs.get(city, lichengRun.id()).card();
        var grade = grades.latestOfRegion("140426").orElseThrow();
        assertThat(grade.schemeId()).isEqualTo(scheme.id());
        assertThat(grade.total()).isEqualByComparingTo(card.total());
        assertThat(grade.grade()).isEqualTo(card.grade().name());
    }

    @Test
    void aSchemeInUseNeverChangesAndIsClonedInstead() throws Exception {
        SchemeForm form = schemes.formOf(scheme);
        String json = "{\"year\":%d,\"title\":\"改名\",\"targetKind\":\"REGIONS\",\"categories\":[{\"name\":\"一\"}],"
                .formatted(scheme.year()) + "\"items\":[{\"category\":1,\"title\":\"项\",\"kind\":\"REVIEWED\",\"maxPoints\":100}],"
                + "\"version\":" + scheme.version() + "}";
        mvc.perform(put("/api/v1/assessment/schemes/" + scheme.id()).with(demo.as("changzhi.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.containsString("复制")));
        assertThat(schemes.get(city, scheme.id()).title()).isEqualTo(scheme.title());
        assertThat(schemes.get(city, scheme.id()).items()).hasSize(form.items().size());

        Scheme copy = schemes.cloneScheme(city, scheme.id(), null);
        assertThat(copy.status()).isEqualTo(SchemeStatus.DRAFT);
        assertThat(copy.year()).isEqualTo(scheme.year() + 1);
        assertThat(copy.code()).isEqualTo(scheme.code());
        assertThat(copy.edition()).isGreaterThan(scheme.edition());
        assertThat(copy.basedOn()).isEqualTo(scheme.id());
        assertThat(copy.items()).extracting(Scheme.Item::title)
                .containsExactlyElementsOf(scheme.items().stream().map(Scheme.Item::title).toList());
        assertThat(copy.periodFrom()).isEqualTo(scheme.periodFrom().plusYears(1));
        mvc.perform(put("/api/v1/assessment/schemes/" + copy.id()).with(demo.as("changzhi.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.replace("\"version\":" + scheme.version(),
                                "\"version\":" + copy.version())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("改名"));
    }

    @Test
    void badSchemesAreRefusedWithTheReason() throws Exception {
        String unknownFigure = """
                {"year":2026,"title":"坏方案","targetKind":"REGIONS","categories":[{"name":"一"}],
                 "items":[{"category":1,"title":"抽检批次","kind":"COMPUTED","maxPoints":10,"formulaKey":"CUSTOM",
                           "formula":"sampling_batches / 10"},
                          {"category":1,"title":"太多","kind":"REVIEWED","maxPoints":150},
                          {"category":3,"title":"无类别","kind":"REVIEWED","maxPoints":5}],
                 "regionCodes":["140400"]}""";
        long before = schemeRows();
        mvc.perform(post("/api/v1/assessment/schemes").with(demo.as("changzhi.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(unknownFigure))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'items[0].formula')].reason")
                        .value(Matchers.hasItem(Matchers.containsString("sampling_batches"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'items[1].maxPoints')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'items[2].category')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'regionCodes')]").exists());
        assertThat(schemeRows()).isEqualTo(before);

        // a draft whose points do not add up to 100 does not start
        Scheme draft = schemes.create(city, new SchemeForm(null, 2026, "不足100分", null, TargetKind.REGIONS, List.of(),
                List.of(), null, null, null, null, null, null, null, List.of(new SchemeForm.CategoryForm("一", null)),
                List.of(TestSchemes.reviewed(1, "项目", 95)), 0));
        mvc.perform(post("/api/v1/assessment/schemes/" + draft.id() + "/start").with(demo.as("changzhi.office"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.containsString("95")));
        assertThat(schemes.get(city, draft.id()).status()).isEqualTo(SchemeStatus.DRAFT);
        // a county office cannot write the city's scheme, nor read its draft
        mvc.perform(get("/api/v1/assessment/schemes/" + draft.id()).with(demo.as("licheng.office")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theAppealWindowIsCountedInWorkingDaysOnTheCalendar() {
        // released the day before the National Day holiday: the five working days run past it
        LocalDate released = LocalDate.of(2026, 9, 30);
        LocalDate due = runs.appealDue(released, null);
        assertThat(due).isEqualTo(calendar.addWorkingDays(released, 5));
        assertThat(due).isAfter(LocalDate.of(2026, 10, 7));
        assertThat(calendar.workingDaysBetween(released, due)).isEqualTo(5);
    }

    long item(String title) {
        return scheme.items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow().id();
    }

    long computedItem() {
        return scheme.items().stream().filter(i -> i.kind() == ItemKind.COMPUTED).findFirst().orElseThrow().id();
    }

    BigDecimal selfPoints(long run, long item) {
        return jdbc.sql("select self_points from assessment_run_item where run_id = :r and item_id = :i")
                .param("r", run).param("i", item).query(BigDecimal.class).optional().orElse(null);
    }

    BigDecimal firstPoints(long run, long item) {
        return jdbc.sql("select first_points from assessment_run_item where run_id = :r and item_id = :i")
                .param("r", run).param("i", item).query(BigDecimal.class).optional().orElse(null);
    }

    long evidenceRows() {
        return jdbc.sql("select count(*) from assessment_evidence_version").query(Long.class).single();
    }

    long appeals(long run) {
        return jdbc.sql("select count(*) from assessment_appeal where run_id = :r").param("r", run).query(Long.class)
                .single();
    }

    long schemeRows() {
        return jdbc.sql("select count(*) from assessment_scheme").query(Long.class).single();
    }
}
