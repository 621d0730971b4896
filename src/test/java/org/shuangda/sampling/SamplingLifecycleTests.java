package org.shuangda.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Samples on the real database: the demo's plan and labs, the whole path pass and fail (re-test drawn and reported
 * by the drawn lab), the lab's steps only by the lab that received the sample, bad input refused with nothing
 * changed, the backup's keeping set from the conclusion, the failure a credit fact by event.
 */
@WebTest
class SamplingLifecycleTests {

    @Autowired SamplingFixtures fx;
    @Autowired Samples samples;
    @Autowired SampleSteps steps;
    @Autowired Backups backups;
    @Autowired SamplingClocks clocks;
    @Autowired RetestDraws draws;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    LocalDate today() {
        return clocks.today();
    }

    @Test
    void the_demo_has_labs_a_plan_and_samples_in_every_state() {
        assertThat(jdbc.sql("select count(*) from sampling_lab").query(Long.class).single()).isGreaterThanOrEqualTo(3);
        List<SampleState> states = samples.list(fx.officer(), null, null, null, null, null).stream()
                .map(v -> v.sample().state()).toList();
        assertThat(states).contains(SampleState.PASSED, SampleState.FAILED_FINAL, SampleState.NOTIFIED,
                SampleState.RECEIVED, SampleState.SENT, SampleState.SAMPLED);
    }

    @Test
    void the_whole_path_pass_is_final_with_the_backup_kept_three_months() {
        SampleView s = fx.recorded("山西省食品药品检验所", null, null, null, today());
        Sample passed = fx.reported(s, "lab.food", SampleResult.PASS, today(), false);
        assertThat(passed.state()).isEqualTo(SampleState.PASSED);
        assertThat(backups.get(fx.officer(), s.id()).keepUntil()).isEqualTo(today().plusMonths(3));
        assertThat(samples.steps(fx.officer(), s.id())).extracting(SampleView.Step::action)
                .containsExactly("RECORD", "SEND", "RECEIVE", "REPORT");
    }

    @Test
    void the_whole_path_fail_with_a_retest_drawn_among_other_labs_and_reported_by_the_drawn_lab() {
        SampleView s = fx.recorded("山西省产品质量监督检验研究院", null, null, null, today());
        Sample failed = fx.reported(s, "lab.quality", SampleResult.FAIL, today(), false);
        assertThat(failed.state()).isEqualTo(SampleState.FAILED);
        assertThat(backups.get(fx.officer(), s.id()).keepUntil()).isEqualTo(
                java.util.stream.Stream.of(today().plusMonths(6), s.sample().product().expiresOn())
                        .min(LocalDate::compareTo).orElseThrow());
        steps.serveNotice(fx.officer(), s.id(), new SampleSteps.NoticeForm("N-" + s.id(), today(), "店长"));
        steps.requestRetest(fx.officer(), s.id(), new SampleSteps.RetestRequest(today(), s.sample().site().entityName(),
                null, "对检验结论有异议"));
        steps.acceptRetest(fx.officer(), s.id(), today());
        RetestDraw draw = steps.drawRetestLab(fx.officer(), s.id(), "31415926535897932384", "现场摇号");
        assertThat(draw.chosenLabId()).isNotEqualTo(s.sample().labId());
        assertThat(draw.excluded()).containsEntry(s.sample().labId(), "FIRST_LAB");
        assertThat(RetestDraws.verify(draw)).isTrue();
        String drawnUser = jdbc.sql("""
                        select u.username from app_user u join sampling_lab l on l.unit_id = u.unit_id
                         where l.id = :lab order by u.id limit 1""").param("lab", draw.chosenLabId())
                .query(String.class).single();
        // the first lab sees the sample but did not receive its backup: its re-test steps are refused
        assertThatThrownBy(() -> steps.receiveRetest(fx.lab("lab.quality"), s.id(), today()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("notReceivingLab");
        steps.receiveRetest(fx.lab(drawnUser), s.id(), today());
        Sample done = steps.reportRetest(fx.lab(drawnUser), s.id(), new SampleSteps.ReportForm("FAIL",
                List.of("铅（以Pb计）"), false, "RR-" + s.id(), today()), SamplingFixtures.pdf());
        assertThat(done.state()).isEqualTo(SampleState.FAILED_FINAL);
        assertThat(done.finalResult()).isEqualTo(SampleResult.FAIL);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select count(*) from credit_fact where kind = 'SAMPLE_FAILED' and source_ref like :ref")
                .param("ref", "sample:" + s.id() + "%").query(Long.class).single()).isEqualTo(1));
    }

    @Test
    void a_lab_reports_only_what_it_received_and_a_report_needs_its_file() {
        SampleView s = fx.recorded("山西省食品药品检验所", null, null, null, today());
        steps.send(fx.officer(), s.id(), today());
        // not received yet: no report
        assertThatThrownBy(() -> steps.report(fx.lab("lab.food"), s.id(), new SampleSteps.ReportForm("PASS",
                List.of(), false, "R", today()), SamplingFixtures.pdf())).isInstanceOf(SampleRefused.class)
                .hasMessageContaining("sampling.refused.state");
        // another lab does not even see it
        assertThatThrownBy(() -> steps.receive(fx.lab("lab.center"), s.id(), today()))
                .isInstanceOf(NotFoundProblem.class);
        steps.receive(fx.lab("lab.food"), s.id(), today());
        long files = jdbc.sql("select count(*) from sampling_file").query(Long.class).single();
        assertThatThrownBy(() -> steps.report(fx.lab("lab.food"), s.id(), new SampleSteps.ReportForm("PASS",
                List.of(), false, "R", today()), null)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("file");
        assertThat(samples.get(fx.officer(), s.id()).sample().state()).isEqualTo(SampleState.RECEIVED);
        assertThat(jdbc.sql("select count(*) from sampling_file").query(Long.class).single()).isEqualTo(files);
    }
}
