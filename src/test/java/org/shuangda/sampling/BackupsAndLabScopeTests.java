package org.shuangda.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.TodoProvider;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The backup store: kept 3 months after a pass and 6 after a failure, never past the product's expiry, disposable only
 * from the day after; the alarm lists it two weeks ahead. And a laboratory's people see only the samples sent to their
 * lab: not another lab's, not one before it was sent; a bureau elsewhere does not see them either.
 */
@WebTest
class BackupsAndLabScopeTests {

    @Autowired SamplingFixtures fx;
    @Autowired Samples samples;
    @Autowired SampleSteps steps;
    @Autowired Backups backups;
    @Autowired SamplingClocks clocks;
    @Autowired List<TodoProvider> todos;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;

    @Test
    void backups_are_kept_three_months_after_a_pass_six_after_a_failure_or_until_expiry_if_sooner() {
        LocalDate sampled = clocks.today().minusMonths(5);
        SampleView pass = fx.recorded("山西省食品药品检验所", null, null, null, sampled);
        fx.reported(pass, "lab.food", SampleResult.PASS, sampled.plusDays(1), false);
        LocalDate passUntil = clocks.due("sampling.backup.pass", sampled.plusDays(1), pass.sample().regionPath());
        assertThat(passUntil).isEqualTo(sampled.plusDays(1).plusMonths(3));
        Backup kept = backups.get(fx.officer(), pass.id());
        assertThat(kept.keepUntil()).isEqualTo(passUntil);
        // disposal: refused on the last day kept, allowed the day after, recorded once
        assertThatThrownBy(() -> backups.dispose(fx.officer(), pass.id(), passUntil, "销毁", null))
                .isInstanceOf(SampleRefused.class).hasMessageContaining("backupKept");
        Backup disposed = backups.dispose(fx.officer(), pass.id(), passUntil.plusDays(1), "无害化销毁", null);
        assertThat(disposed.disposedOn()).isEqualTo(passUntil.plusDays(1));
        assertThat(disposed.disposedBy()).isEqualTo("licheng.officer");
        assertThatThrownBy(() -> backups.dispose(fx.officer(), pass.id(), clocks.today(), "销毁", null))
                .hasMessageContaining("backupDisposed");

        // a failure: 6 months, but the product expires 8 months after sampling (the fixture), 6 are kept
        SampleView fail = fx.recorded("山西省食品药品检验所", null, null, null, clocks.today());
        fx.reported(fail, "lab.food", SampleResult.FAIL, clocks.today(), false);
        assertThat(backups.get(fx.officer(), fail.id()).keepUntil()).isEqualTo(clocks.today().plusMonths(6));
        // sampled 4 months ago with an expiry 8 months after sampling: the expiry comes before the 6 months
        LocalDate early = clocks.today().minusMonths(4);
        SampleView expiring = fx.recorded("山西省食品药品检验所", null, null, null, early);
        fx.reported(expiring, "lab.food", SampleResult.FAIL, clocks.today(), false);
        assertThat(backups.get(fx.officer(), expiring.id()).keepUntil()).isEqualTo(early.plusMonths(8));
        // no conclusion yet: no keeping day, no disposal
        SampleView open = fx.recorded("山西省食品药品检验所", null, null, null, clocks.today());
        assertThat(backups.get(fx.officer(), open.id()).keepUntil()).isNull();
        assertThatThrownBy(() -> backups.dispose(fx.officer(), open.id(), clocks.today(), "销毁", null))
                .hasMessageContaining("backupNoResult");
    }

    @Test
    void the_alarm_lists_backups_whose_keeping_ends_within_two_weeks() {
        LocalDate concluded = clocks.today().minusMonths(3).plusDays(5);
        SampleView s = fx.recorded("山西省食品药品检验所", null, null, null, concluded.minusDays(2));
        fx.reported(s, "lab.food", SampleResult.PASS, concluded, false);
        assertThat(backups.list(fx.officer(), true)).extracting(Backup::sampleId).contains(s.id());
        List<TodoItem> mine = todos.stream().flatMap(t -> t.todosFor(fx.officer()).stream()).toList();
        assertThat(mine).anyMatch(t -> t.detail() != null && t.detail().startsWith(s.sample().number())
                && t.href().equals("/sampling/backups"));
    }

    @Test
    void a_lab_user_sees_only_the_samples_sent_to_its_lab() throws Exception {
        SampleView toFood = fx.recorded("山西省食品药品检验所", null, null, null, clocks.today());
        SampleView toCenter = fx.recorded("山西省检验检测中心", null, null, null, clocks.today());
        // before it is sent, not even its own lab sees it
        assertThat(ids(samples.list(fx.lab("lab.food"), null, null, null, null, null))).doesNotContain(toFood.id());
        steps.send(fx.officer(), toFood.id(), clocks.today());
        steps.send(fx.officer(), toCenter.id(), clocks.today());
        List<Long> food = ids(samples.list(fx.lab("lab.food"), null, null, null, null, null));
        assertThat(food).contains(toFood.id()).doesNotContain(toCenter.id());
        assertThat(ids(samples.list(fx.lab("lab.center"), null, null, null, null, null))).contains(toCenter.id())
                .doesNotContain(toFood.id());
        assertThatThrownBy(() -> samples.get(fx.lab("lab.food"), toCenter.id())).isInstanceOf(NotFoundProblem.class);
        assertThatThrownBy(() -> backups.get(fx.lab("lab.food"), toCenter.id())).isInstanceOf(NotFoundProblem.class);
        mvc.perform(get("/api/v1/sampling/samples/" + toCenter.id()).with(demo.as("lab.food")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sampling/samples/" + toFood.id()).with(demo.as("lab.food")))
                .andExpect(status().isOk());
        // a lab cannot record samples, and another county's bureau does not see 黎城县's
        assertThatThrownBy(() -> samples.record(fx.lab("lab.food"), null)).isInstanceOf(AccessDeniedProblem.class);
        assertThatThrownBy(() -> samples.get(demo.actor("pingshun.officer"), toFood.id()))
                .isInstanceOf(NotFoundProblem.class);
        assertThat(ids(samples.list(demo.actor("pingshun.officer"), null, null, null, null, null)))
                .doesNotContain(toFood.id(), toCenter.id());
        // the lab's to-do: receive what was sent to it
        List<TodoItem> labTodos = todos.stream().flatMap(t -> t.todosFor(fx.lab("lab.food")).stream()).toList();
        assertThat(labTodos).anyMatch(t -> t.href().equals("/sampling/samples/" + toFood.id()));
        assertThat(labTodos).noneMatch(t -> t.href().equals("/sampling/samples/" + toCenter.id()));
    }

    private static List<Long> ids(List<SampleView> views) {
        return views.stream().map(SampleView::id).toList();
    }
}
