package org.shuangda.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The bad input through the API, each answered 422 with the field and the reason in words, and nothing
 * changed (the sample's state and version, its steps, files and draws, the backup): a report by a lab that did not
 * receive the sample, a re-test asked after the window or for a microbiological failure, a re-test lab that would be
 * the first lab, a result without its report file, a backup disposed of before its date.
 */
@WebTest
class SamplingBadInputTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired SamplingFixtures fx;
    @Autowired SampleSteps steps;
    @Autowired SamplingClocks clocks;
    @Autowired Laboratories labs;
    @Autowired WorkingCalendar calendar;
    @Autowired JdbcClient jdbc;

    /** What a refused step must leave as it was. */
    String fingerprint(long sampleId) {
        return jdbc.sql("""
                        select s.state || ':' || s.version || ':'
                               || (select count(*) from sampling_sample_step t where t.sample_id = s.id) || ':'
                               || (select count(*) from sampling_file f where f.sample_id = s.id) || ':'
                               || (select count(*) from sampling_retest_draw d where d.sample_id = s.id) || ':'
                               || (select count(*) from sampling_follow_up u where u.sample_id = s.id) || ':'
                               || (select b.version || coalesce(b.disposed_on::text, '-') from sampling_backup b
                                    where b.sample_id = s.id)
                          from sampling_sample s where s.id = :id""").param("id", sampleId)
                .query(String.class).single();
    }

    LocalDate workingDaysAgo(int n) {
        return fx.workingDaysAgo(n);
    }

    SampleView servedAgo(String lab, String labUser, int servedAgo, boolean micro) {
        return fx.servedAgo(lab, labUser, servedAgo, micro, null, null, null);
    }

    ResultActions postJson(String user, String path, String json) throws Exception {
        return mvc.perform(post(path).with(demo.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void a_report_by_a_lab_that_did_not_receive_the_sample_is_refused() throws Exception {
        SampleView s = fx.recorded("山西省食品药品检验所", null, null, null, clocks.today());
        steps.send(fx.officer(), s.id(), clocks.today());
        String before = fingerprint(s.id());
        // sent, not received: the lab cannot report yet
        mvc.perform(multipart("/api/v1/sampling/samples/{id}/report", s.id())
                        .file(new MockMultipartFile("file", "r.pdf", "application/pdf", SamplingFixtures.PDF))
                        .param("result", "PASS").param("reportNo", "R1").param("concludedOn", clocks.today().toString())
                        .with(demo.as("lab.food")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("state"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("出具检验报告")));
        // a lab the sample was not sent to does not see it at all
        mvc.perform(multipart("/api/v1/sampling/samples/{id}/report", s.id())
                        .file(new MockMultipartFile("file", "r.pdf", "application/pdf", SamplingFixtures.PDF))
                        .param("result", "PASS").param("reportNo", "R1").param("concludedOn", clocks.today().toString())
                        .with(demo.as("lab.center")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(fingerprint(s.id())).isEqualTo(before);
    }

    @Test
    void the_first_lab_cannot_take_the_retests_steps_and_the_draw_never_falls_back_to_it() throws Exception {
        SampleView s = servedAgo("山西省产品质量监督检验研究院", "lab.quality", 1, false);
        String applicant = "91140426TESTTIE" + String.format("%03d", s.id() % 1000);
        steps.requestRetest(fx.officer(), s.id(), new SampleSteps.RetestRequest(clocks.today(), "测试申请人",
                applicant, "有异议"));
        steps.acceptRetest(fx.officer(), s.id(), clocks.today());
        // every other food lab tied to the applicant: only the first lab would be left, and it is never drawn
        for (Laboratory l : labs.list(fx.officer())) {
            if (l.id() != s.sample().labId() && l.kinds().contains(SamplingKind.FOOD)) {
                labs.tie(demo.actor("shanxi.office"), l.id(), new Laboratory.Tie(applicant, "测试申请人", "COMMISSIONED",
                        ""));
            }
        }
        String before = fingerprint(s.id());
        postJson("licheng.officer", "/api/v1/sampling/samples/" + s.id() + "/retest-lab-draw",
                "{\"entropy\": \"12345678901234567890\", \"entropySource\": \"现场摇号\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("retestLabId"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("初检机构")));
        assertThat(fingerprint(s.id())).isEqualTo(before);
    }

    @Test
    void a_retest_asked_after_seven_working_days_or_for_a_microbiological_failure_is_refused() throws Exception {
        SampleView late = servedAgo("山西省食品药品检验所", "lab.food", 8, false);
        String before = fingerprint(late.id());
        postJson("licheng.officer", "/api/v1/sampling/samples/" + late.id() + "/retest-request",
                "{\"applicant\": \"某超市\", \"reason\": \"不服\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("requestedOn"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("复检申请期限已于")))
                .andExpect(jsonPath("$.errors[0].reason", containsString(clocks.due("sampling.food.retest-request",
                        workingDaysAgo(8), late.sample().regionPath()).toString())));
        assertThat(fingerprint(late.id())).isEqualTo(before);

        SampleView micro = servedAgo("山西省食品药品检验所", "lab.food", 1, true);
        String microBefore = fingerprint(micro.id());
        postJson("licheng.officer", "/api/v1/sampling/samples/" + micro.id() + "/retest-request",
                "{\"applicant\": \"某超市\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason", containsString("微生物")));
        assertThat(fingerprint(micro.id())).isEqualTo(microBefore);
    }

    @Test
    void a_result_without_its_report_file_is_refused() throws Exception {
        SampleView s = fx.recorded("山西省食品药品检验所", null, null, null, clocks.today());
        steps.send(fx.officer(), s.id(), clocks.today());
        steps.receive(fx.lab("lab.food"), s.id(), clocks.today());
        String before = fingerprint(s.id());
        mvc.perform(multipart("/api/v1/sampling/samples/{id}/report", s.id()).param("result", "FAIL")
                        .param("failedItems", "铅").param("reportNo", "R2")
                        .param("concludedOn", clocks.today().toString()).with(demo.as("lab.food")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("检验报告文件")));
        assertThat(fingerprint(s.id())).isEqualTo(before);
    }

    @Test
    void a_backup_disposed_of_before_its_date_is_refused() throws Exception {
        SampleView s = fx.recorded("山西省食品药品检验所", null, null, null, clocks.today());
        fx.reported(s, "lab.food", SampleResult.PASS, clocks.today(), false);
        String before = fingerprint(s.id());
        postJson("licheng.officer", "/api/v1/sampling/backups/" + s.id() + "/disposal",
                "{\"method\": \"销毁\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("disposedOn"))
                .andExpect(jsonPath("$.errors[0].reason", containsString(clocks.today().plusMonths(3).toString())));
        assertThat(fingerprint(s.id())).isEqualTo(before);
    }
}
