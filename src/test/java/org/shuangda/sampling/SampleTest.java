package org.shuangda.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.InvalidInput;

/**
 * The sample's lifecycle without a database: every step is possible only in the states {@link SampleAction} names
 * (every other state refuses it with 422), the path pass and fail, and the rules the aggregate decides alone.
 */
class SampleTest {

    static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    static Sample sampled() {
        Sample.Site site = new Sample.Site(7L, "黎城县某超市", "91140426MA0000001X", "黎城县", "140426", null, DAY,
                "货架", List.of(1L, 2L), List.of("甲", "乙"), "封001");
        Sample.Product product = new Sample.Product("小米", "沁州", "2.5kg", "B1", DAY.minusDays(30),
                DAY.plusMonths(2), "2件", new BigDecimal("19.80"), "平顺某厂", "平顺县", "91140425MA0000002Y",
                "140425", "1件", "1件");
        return new Sample(1L, "CJ2025-000001", 1, SamplingKind.FOOD, "粮食加工品", SamplingStage.CIRCULATION, 5,
                "/1/5/", "/140000/140400/140426/", site, product, SampleState.SAMPLED, 10, null, null, null, null,
                null, 0);
    }

    static Sample.Report report(SampleResult result, LocalDate on, boolean micro) {
        return new Sample.Report(result, result == SampleResult.FAIL ? List.of("铅") : List.of(), micro, "R-1", on,
                on, 99L);
    }

    static Sample failedAndServed(boolean micro) {
        return sampled().sent(DAY).received(DAY.plusDays(1), "检验员")
                .reported(report(SampleResult.FAIL, DAY.plusDays(5), micro))
                .notified(new Sample.Notice("N1", DAY.plusDays(6), "张三"));
    }

    @Test
    void the_whole_path_pass() {
        Sample s = sampled().sent(DAY).received(DAY.plusDays(1), "检验员").reported(report(SampleResult.PASS, DAY.plusDays(5),
                false));
        assertThat(s.state()).isEqualTo(SampleState.PASSED);
        assertThat(s.state().isFinal()).isTrue();
        assertThat(s.finalResult()).isEqualTo(SampleResult.PASS);
        assertThat(s.finalOn()).isEqualTo(DAY.plusDays(5));
        assertThat(s.lab().failedItems()).isEmpty();
    }

    @Test
    void the_whole_path_fail_with_a_retest_that_confirms_and_one_that_overturns() {
        Sample served = failedAndServed(false);
        assertThat(served.state()).isEqualTo(SampleState.NOTIFIED);
        Sample drawn = served.retestRequested(DAY.plusDays(8), "黎城县某超市", null, "不服", DAY.plusDays(15))
                .retestAccepted(DAY.plusDays(9)).retestLabDrawn(11, DAY.plusDays(10));
        assertThat(drawn.state()).isEqualTo(SampleState.RETEST_DRAWN);
        assertThat(drawn.labFor(SampleAction.REPORT_RETEST)).isEqualTo(11);
        assertThat(drawn.labFor(SampleAction.REPORT)).isEqualTo(10);
        Sample received = drawn.retestReceived(DAY.plusDays(11));
        Sample confirmed = received.retestReported(report(SampleResult.FAIL, DAY.plusDays(14), false));
        assertThat(confirmed.state()).isEqualTo(SampleState.FAILED_FINAL);
        assertThat(confirmed.finalResult()).isEqualTo(SampleResult.FAIL);
        Sample overturned = received.retestReported(report(SampleResult.PASS, DAY.plusDays(14), false));
        assertThat(overturned.state()).isEqualTo(SampleState.RETEST_PASSED);
        assertThat(overturned.finalResult()).isEqualTo(SampleResult.PASS);
        // the first lab's conclusion stays as it was
        assertThat(overturned.lab().result()).isEqualTo(SampleResult.FAIL);
    }

    @Test
    void a_refused_retest_or_a_closed_window_makes_the_failure_final() {
        Sample refused = failedAndServed(false).retestRequested(DAY.plusDays(8), "某", null, null, DAY.plusDays(15))
                .retestRefused(DAY.plusDays(9), "备份样品不足");
        assertThat(refused.state()).isEqualTo(SampleState.FAILED_FINAL);
        assertThatThrownBy(() -> failedAndServed(false).retestWindowClosed(DAY.plusDays(15), DAY.plusDays(15)))
                .isInstanceOf(SampleRefused.class).hasMessageContaining("sampling.refused.windowOpen");
        assertThat(failedAndServed(false).retestWindowClosed(DAY.plusDays(16), DAY.plusDays(15)).state())
                .isEqualTo(SampleState.FAILED_FINAL);
    }

    @Test
    void a_retest_is_refused_late_for_a_microbiological_failure_or_with_the_backup_expired() {
        assertThatThrownBy(() -> failedAndServed(false).retestRequested(DAY.plusDays(16), "某", null, null,
                DAY.plusDays(15))).isInstanceOf(SampleRefused.class).hasMessageContaining("retestLate");
        assertThatThrownBy(() -> failedAndServed(true).retestRequested(DAY.plusDays(8), "某", null, null,
                DAY.plusDays(15))).isInstanceOf(SampleRefused.class).hasMessageContaining("microbiological");
        // the product expires on DAY + 2 months
        assertThatThrownBy(() -> failedAndServed(false).retestRequested(DAY.plusMonths(2).plusDays(1), "某", null,
                null, DAY.plusMonths(3))).isInstanceOf(SampleRefused.class).hasMessageContaining("backupExpired");
    }

    @Test
    void the_retest_lab_is_never_the_first_lab() {
        Sample accepted = failedAndServed(false).retestRequested(DAY.plusDays(8), "某", null, null, DAY.plusDays(15))
                .retestAccepted(DAY.plusDays(9));
        assertThatThrownBy(() -> accepted.retestLabDrawn(10, DAY.plusDays(10))).isInstanceOf(SampleRefused.class)
                .hasMessageContaining("firstLab");
    }

    @Test
    void a_report_needs_its_file_a_number_the_failed_items_and_a_date_after_the_receipt() {
        Sample received = sampled().sent(DAY).received(DAY.plusDays(1), "检验员");
        assertThatThrownBy(() -> received.reported(new Sample.Report(SampleResult.PASS, List.of(), false, "R",
                DAY.plusDays(2), DAY.plusDays(2), null))).isInstanceOf(InvalidInput.class).hasMessageContaining("file");
        assertThatThrownBy(() -> received.reported(new Sample.Report(SampleResult.FAIL, List.of(), false, "R",
                DAY.plusDays(2), DAY.plusDays(2), 1L))).hasMessageContaining("failedItems");
        assertThatThrownBy(() -> received.reported(new Sample.Report(SampleResult.PASS, List.of(), false, " ",
                DAY.plusDays(2), DAY.plusDays(2), 1L))).hasMessageContaining("reportNo");
        assertThatThrownBy(() -> received.reported(new Sample.Report(SampleResult.PASS, List.of(), false, "R",
                DAY, DAY.plusDays(2), 1L))).hasMessageContaining("concludedOn");
    }

    @Test
    void every_step_is_refused_in_every_state_it_is_not_declared_for() {
        for (SampleAction action : SampleAction.values()) {
            for (SampleState state : SampleState.values()) {
                Sample s = withState(state);
                if (action.possibleIn(state)) {
                    s.require(action);
                } else {
                    assertThatThrownBy(() -> s.require(action)).as(action + " in " + state)
                            .isInstanceOf(SampleRefused.class);
                }
            }
        }
        // the declared states, as the lifecycle reads
        assertThat(EnumSet.allOf(SampleState.class).stream().filter(SampleAction.REPORT::possibleIn))
                .containsExactly(SampleState.RECEIVED);
        assertThat(EnumSet.allOf(SampleState.class).stream().filter(SampleAction.OBJECT::possibleIn))
                .doesNotContain(SampleState.SAMPLED);
        assertThat(SampleAction.RECEIVE.byLaboratory()).isTrue();
        assertThat(SampleAction.NOTIFY.byLaboratory()).isFalse();
    }

    @Test
    void a_guarded_method_refuses_out_of_order_and_changes_nothing() {
        Sample s = sampled();
        assertThatThrownBy(() -> s.received(DAY, "x")).isInstanceOf(SampleRefused.class);
        assertThatThrownBy(() -> s.reported(report(SampleResult.PASS, DAY, false))).isInstanceOf(SampleRefused.class);
        assertThatThrownBy(() -> s.notified(new Sample.Notice("N", DAY, "x"))).isInstanceOf(SampleRefused.class);
        assertThatThrownBy(() -> s.sent(DAY.minusDays(1))).hasMessageContaining("sampling.refused.before");
        assertThat(s.state()).isEqualTo(SampleState.SAMPLED);
    }

    private static Sample withState(SampleState state) {
        Sample s = sampled();
        return new Sample(s.id(), s.number(), s.planId(), s.kind(), s.category(), s.stage(), s.unitId(), s.unitPath(),
                s.regionPath(), s.site(), s.product(), state, s.labId(), s.lab(), s.notice(), s.retest(),
                s.finalResult(), s.finalOn(), s.version());
    }
}
