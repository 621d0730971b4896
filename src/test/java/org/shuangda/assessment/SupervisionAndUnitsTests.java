package org.shuangda.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.assessment.supervision.FindingStatus;
import org.shuangda.assessment.supervision.Visit;
import org.shuangda.assessment.supervision.VisitForm;
import org.shuangda.assessment.supervision.VisitRecord;
import org.shuangda.assessment.supervision.VisitStatus;
import org.shuangda.assessment.supervision.Visits;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AssessmentGrades;
import org.shuangda.shared.InvalidInput;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 督查: a visit's findings become rectification tasks with their dates, the unit reports, the office closes, the visit
 * closes with its last finding; another county finds nothing. A county office's scheme over its member units: a unit's
 * reporter fills his unit's self-assessment, the office may not score the unit it belongs to itself, and the published
 * grade of a unit is what {@link AssessmentGrades} answers (leadership's commendations ask it).
 */
@WebTest
class SupervisionAndUnitsTests {

    @Autowired Visits visits;
    @Autowired Schemes schemes;
    @Autowired Runs runs;
    @Autowired AssessmentGrades grades;
    @Autowired UnitDirectory units;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;
    @Autowired org.shuangda.leadership.Commendations commendations;
    @Autowired org.shuangda.leadership.AgendaLinks agendaLinks;
    @Autowired org.shuangda.campaigns.CampaignDirectory campaigns;

    @Test
    void findingsAreTrackedToClosure() throws Exception {
        Actor office = demo.actor("licheng.office");
        long commerce = units.named("黎城县工商行政管理局").get(0).id();
        LocalDate today = visits.today();
        Visit planned = visits.plan(office, new VisitForm(null, commerce, "专项督查 " + System.nanoTime(), today,
                List.of("案件查办进度", "台账管理"), null));
        assertThat(planned.officeUnitName()).isEqualTo("黎城县商务中心");
        // a finding due before the visit, a problem without a finding: refused, nothing recorded
        assertThatThrownBy(() -> visits.record(office, planned.id(), new VisitRecord(today, "王晓峰", "",
                List.of(new VisitRecord.CheckOutcome(1, Visit.Outcome.MET, ""),
                        new VisitRecord.CheckOutcome(2, Visit.Outcome.PROBLEM, "台账不全")),
                List.of(new VisitRecord.FindingForm("补齐台账", today.minusDays(1))), null)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> visits.record(office, planned.id(), new VisitRecord(today, "王晓峰", "",
                List.of(new VisitRecord.CheckOutcome(1, Visit.Outcome.MET, ""),
                        new VisitRecord.CheckOutcome(2, Visit.Outcome.PROBLEM, "台账不全")), List.of(), null)))
                .isInstanceOf(InvalidInput.class);
        assertThat(visits.get(office, planned.id()).status()).isEqualTo(VisitStatus.PLANNED);

        Visit recorded = visits.record(office, planned.id(), new VisitRecord(today, "王晓峰、李婷", "总体较好",
                List.of(new VisitRecord.CheckOutcome(1, Visit.Outcome.MET, ""),
                        new VisitRecord.CheckOutcome(2, Visit.Outcome.PROBLEM, "台账不全")),
                List.of(new VisitRecord.FindingForm("补齐案件台账", today.plusDays(10))), null));
        assertThat(recorded.status()).isEqualTo(VisitStatus.VISITED);
        long finding = recorded.findings().get(0).id();
        assertThat(recorded.findings().get(0).overdue(today.plusDays(11))).isTrue();

        mvc.perform(get("/api/v1/supervision/visits/" + planned.id()).with(demo.as("pingshun.office")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/supervision/visits/findings/" + finding + "/close").with(demo.as("licheng.office"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/supervision/visits/findings/" + finding + "/report").with(demo.as("licheng.reporter"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rectification\":\"已补齐2026年案件台账\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.findings[0].status").value("REPORTED"));
        Visit closed = visits.close(office, finding);
        assertThat(closed.findings().get(0).status()).isEqualTo(FindingStatus.CLOSED);
        assertThat(closed.status()).isEqualTo(VisitStatus.CLOSED);
        assertThat(visits.findingsDue(java.util.Set.of(commerce), today, today.plusDays(10)))
                .anySatisfy(c -> assertThat(c.closedOnTime()).isPositive());
    }

    @Test
    void aCountyAssessesItsMemberUnitsAndTheirGradesArePublished() {
        Actor office = demo.actor("licheng.office");
        long centre = units.named("黎城县商务中心").get(0).id();
        long commerce = units.named("黎城县工商行政管理局").get(0).id();
        Scheme s = schemes.start(office, schemes.create(office, new SchemeForm(null, 2026, "成员单位考核 " + System.nanoTime(),
                null, TargetKind.UNITS, List.of(), List.of(centre, commerce), null, null, null, null, null, null, null,
                List.of(new SchemeForm.CategoryForm("工作落实", null)),
                List.of(TestSchemes.reviewed(1, "任务落实", 60), TestSchemes.reviewed(1, "信息报送", 40)), null)).id());
        Run centreRun = run(office, s, "黎城县商务中心");
        Run commerceRun = run(office, s, "黎城县工商行政管理局");
        // the 工商局's reporter fills the 工商局's run, not the 商务中心's (he does not even see it)
        Actor reporter = demo.actor("licheng.reporter");
        runs.selfAssess(reporter, commerceRun.id(), new Scores(List.of(new Scores.Entry(item(s, "任务落实"),
                new BigDecimal("55"), null, "")), null));
        assertThatThrownBy(() -> runs.get(reporter, centreRun.id()))
                .isInstanceOf(org.shuangda.shared.NotFoundProblem.class);
        runs.submit(reporter, commerceRun.id());
        runs.submit(office, centreRun.id());
        // the office belongs to the 商务中心: it may not score it
        assertThatThrownBy(() -> runs.score(office, centreRun.id(), false, new Scores(List.of(
                new Scores.Entry(item(s, "任务落实"), new BigDecimal("60"), null, "")), null)))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("reviewer"));
        // the city office reviews both (its scope covers the county's units)
        Actor city = demo.actor("changzhi.office");
        // (the 商务中心 graded D, not the 工商局: other tests commend the 工商局, and the demo database is shared)
        for (Run r : List.of(centreRun, commerceRun)) {
            boolean c = r.id() == commerceRun.id();
            Actor scorer = c ? office : city;
            runs.score(scorer, r.id(), false, new Scores(List.of(
                    new Scores.Entry(item(s, "任务落实"), new BigDecimal(c ? "58" : "40"), null, ""),
                    new Scores.Entry(item(s, "信息报送"), new BigDecimal(c ? "38" : "15"), null, "")), null));
            runs.finishFirst(scorer, r.id());
            runs.releaseDraft(scorer, r.id());
        }
        runs.acceptDraft(reporter, commerceRun.id());
        runs.acceptDraft(office, centreRun.id());
        runs.finalise(office, commerceRun.id());
        runs.finalise(office, centreRun.id());
        assertThat(grades.latestOfUnit(commerce)).isEmpty();
        schemes.publishResults(office, s.id());
        var centreGrade = grades.latestOfUnit(centre).orElseThrow();
        assertThat(centreGrade.grade()).isEqualTo("D");
        assertThat(centreGrade.isD()).isTrue();
        assertThat(centreGrade.total()).isEqualByComparingTo("55");
        assertThat(grades.latestOfUnit(commerce).orElseThrow().grade()).isEqualTo("A");

        // a meeting's agenda may now link to the published results, for whoever may open the ranking
        assertThat(agendaLinks.options(office, null)).anySatisfy(o -> {
            assertThat(o.kind()).isEqualTo(org.shuangda.leadership.Meeting.LinkKind.ASSESSMENT);
            assertThat(o.id()).isEqualTo(s.id());
        });
        assertThat(agendaLinks.linked(demo.actor("pingshun.office"), List.of(new org.shuangda.leadership.Meeting.AgendaItem(
                "通报考核情况", org.shuangda.leadership.Meeting.LinkKind.ASSESSMENT, s.id()))).get(0).href()).isNull();
        assertThat(agendaLinks.linked(office, List.of(new org.shuangda.leadership.Meeting.AgendaItem("通报考核情况",
                org.shuangda.leadership.Meeting.LinkKind.ASSESSMENT, s.id()))).get(0).href())
                .isEqualTo("/assessment/schemes/" + s.id() + "/ranking");

        // leadership's commendations ask this grade: the unit graded D is not nominated as an advanced unit
        long campaign = campaigns.findByTitle(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusWeeks(3)
                .getYear() + "年黎城县“双打”工作方案").map(org.shuangda.campaigns.CampaignRef::id).orElseThrow();
        var round = commendations.open(office, campaign, "考核等次测试表彰 " + System.nanoTime(), 2, 1,
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10), false);
        assertThatThrownBy(() -> commendations.nominate(office, round.id(),
                org.shuangda.leadership.CommendationRound.Kind.COLLECTIVE, centre, null, null, null,
                "认真履职，组织协调全县双打工作，成效明显，事迹突出。"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("nomineeUnitId"));
        commendations.nominate(office, round.id(), org.shuangda.leadership.CommendationRound.Kind.COLLECTIVE, commerce,
                null, null, null, "查办侵权假冒案件多起，组织联合执法，成效明显，事迹突出。");
    }

    Run run(Actor office, Scheme s, String name) {
        return runs.list(office, s.id()).stream().filter(r -> r.run().targetName().equals(name)).findFirst()
                .orElseThrow().run();
    }

    static long item(Scheme s, String title) {
        return s.items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow().id();
    }
}
