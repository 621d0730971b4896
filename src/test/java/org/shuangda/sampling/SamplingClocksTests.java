package org.shuangda.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.ClockUnit;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.StatutoryRule;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every clock of a sample on the real calendar, across 国庆 2024 (1–7 October off; Sunday 29 September and Saturday
 * 12 October worked) and 春节 2025 (28 January – 4 February off; Sunday 26 January and Saturday 8 February worked):
 * food sampling in working days, product quality in calendar days whose last day off rolls forward to the next
 * working day (a last day on a 调休 Saturday stays), backups in months; each period from the rulebook with its
 * statute's default and article.
 */
@WebTest
class SamplingClocksTests {

    static final String LICHENG = "/140000/140400/140426/";
    static final LocalDate FRIDAY_BEFORE_GUOQING = LocalDate.parse("2024-09-27");
    static final LocalDate FRIDAY_BEFORE_CHUNJIE = LocalDate.parse("2025-01-24");

    @Autowired SamplingClocks clocks;
    @Autowired Rulebook rulebook;

    /** key → {start, due} pairs, the due days counted by hand on the published calendar. */
    static final Map<String, String[][]> EXPECTED = new TreeMap<>(Map.ofEntries(
            // 5 working days: 9-29 (调休 Sunday), 9-30, then 10-08, 10-09, 10-10
            Map.entry("sampling.food.to-lab", new String[][] {{"2024-09-27", "2024-10-10"}, {"2025-01-24", "2025-02-07"}}),
            Map.entry("sampling.food.report", new String[][] {{"2024-09-27", "2024-10-30"}, {"2025-01-24", "2025-02-27"}}),
            // 7 working days end on the 调休 Saturday 10-12; across 春节 on Monday 2-10 (Saturday 2-8 worked)
            Map.entry("sampling.food.result-pass", new String[][] {{"2024-09-27", "2024-10-12"}, {"2025-01-24", "2025-02-10"}}),
            Map.entry("sampling.food.result-fail", new String[][] {{"2024-09-27", "2024-09-30"}, {"2025-01-24", "2025-01-27"}}),
            Map.entry("sampling.food.notice", new String[][] {{"2024-09-27", "2024-10-10"}, {"2025-01-24", "2025-02-07"}}),
            Map.entry("sampling.food.retest-request", new String[][] {{"2024-09-27", "2024-10-12"}, {"2025-01-24", "2025-02-10"}}),
            Map.entry("sampling.food.retest-acceptance", new String[][] {{"2024-09-27", "2024-10-10"}, {"2025-01-24", "2025-02-07"}}),
            Map.entry("sampling.food.retest-lab", new String[][] {{"2024-09-27", "2024-10-10"}, {"2025-01-24", "2025-02-07"}}),
            Map.entry("sampling.food.backup-handover", new String[][] {{"2024-09-27", "2024-10-08"}, {"2025-01-24", "2025-02-05"}}),
            Map.entry("sampling.food.retest-result", new String[][] {{"2024-09-27", "2024-10-16"}, {"2025-01-24", "2025-02-13"}}),
            Map.entry("sampling.food.objection-process", new String[][] {{"2024-09-27", "2024-10-12"}, {"2025-01-24", "2025-02-10"}}),
            Map.entry("sampling.food.objection-process-review", new String[][] {{"2024-09-27", "2024-10-30"}, {"2025-01-24", "2025-02-27"}}),
            Map.entry("sampling.food.objection-method", new String[][] {{"2024-09-27", "2024-10-12"}, {"2025-01-24", "2025-02-10"}}),
            Map.entry("sampling.food.objection-method-review", new String[][] {{"2024-09-27", "2024-11-13"}, {"2025-01-24", "2025-03-13"}}),
            // 90 days from 7-04 end on 10-02, in 国庆: rolled to 10-08; from 11-01 on 1-30, in 春节: to 2-05
            Map.entry("sampling.food.follow-up", new String[][] {{"2024-07-04", "2024-10-08"}, {"2024-11-01", "2025-02-05"}}),
            // months: the same day of the month, the month's last day when it has none
            Map.entry("sampling.backup.pass", new String[][] {{"2024-11-30", "2025-02-28"}, {"2024-09-27", "2024-12-27"}}),
            Map.entry("sampling.backup.fail", new String[][] {{"2024-08-31", "2025-02-28"}, {"2024-09-27", "2025-03-27"}}),
            // product quality: calendar days; 15 from 9-16 end on 10-01 → 10-08; from 9-27 on the 调休 Saturday 10-12
            Map.entry("sampling.quality.objection", new String[][] {{"2024-09-16", "2024-10-08"}, {"2024-09-27", "2024-10-12"}}),
            // 7 from 10-12 end on a plain Saturday 10-19 → Monday 10-21; from 1-21 on 1-28 (春节) → 2-05
            Map.entry("sampling.quality.retest-papers", new String[][] {{"2024-10-12", "2024-10-21"}, {"2025-01-21", "2025-02-05"}}),
            Map.entry("sampling.quality.retest-lab", new String[][] {{"2025-01-18", "2025-02-05"}, {"2024-09-22", "2024-10-08"}}),
            Map.entry("sampling.quality.rectify", new String[][] {{"2024-08-02", "2024-10-08"}, {"2024-10-01", "2024-12-02"}}),
            Map.entry("sampling.quality.recheck", new String[][] {{"2024-07-19", "2024-10-08"}, {"2024-11-12", "2025-01-26"}})));

    @Test
    void every_sampling_clock_of_the_rulebook_is_tested_here() {
        List<String> keys = rulebook.versions().stream().map(StatutoryRule::key).filter(k -> k.startsWith("sampling."))
                .distinct().toList();
        assertThat(keys).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void each_clock_ends_on_the_day_counted_by_hand_across_holidays_and_tiaoxiu() {
        EXPECTED.forEach((key, pairs) -> {
            for (String[] pair : pairs) {
                assertThat(clocks.due(key, LocalDate.parse(pair[0]), LICHENG)).as(key + " from " + pair[0])
                        .isEqualTo(LocalDate.parse(pair[1]));
            }
        });
    }

    @Test
    void food_counts_working_days_product_quality_calendar_days_rolling_forward_each_with_its_article() {
        for (StatutoryRule r : rulebook.versions()) {
            if (r.key().startsWith("sampling.food.") && !r.key().equals("sampling.food.follow-up")) {
                assertThat(r.unit()).as(r.key()).isEqualTo(ClockUnit.WORKING_DAYS);
                assertThat(r.source()).as(r.key()).contains("《食品安全抽样检验管理办法》第");
            }
            if (r.key().startsWith("sampling.quality.")) {
                assertThat(r.unit()).as(r.key()).isEqualTo(ClockUnit.NATURAL_DAYS);
                assertThat(r.source()).as(r.key()).contains("产品质量监督抽查管理暂行办法").contains("第五十五条");
            }
        }
        assertThat(rulebook.rule("sampling.food.retest-lab", FRIDAY_BEFORE_GUOQING).extension()).isEqualTo(5);
    }

    @Test
    void a_samples_clocks_follow_its_kind_and_its_steps() {
        Sample food = SampleTest.failedAndServed(false);
        List<ClockView> foodClocks = clocks.of(food);
        assertThat(foodClocks).extracting(ClockView::key).containsExactly("sampling.food.to-lab",
                "sampling.food.report", "sampling.food.result-fail", "sampling.food.notice",
                "sampling.food.retest-request");
        ClockView window = foodClocks.get(4);
        assertThat(window.window()).isTrue();
        assertThat(window.overdue()).isFalse(); // a window closes; nobody is late
        assertThat(window.start()).isEqualTo(food.notice().servedOn());
        assertThat(window.due()).isEqualTo(clocks.due("sampling.food.retest-request", food.notice().servedOn(),
                food.regionPath()));
        assertThat(clocks.retestLastDay(food)).isEqualTo(window.due());
        // the same sample under product-quality rules: the 15-day window, rolling forward, and no food periods
        Sample quality = new Sample(food.id(), food.number(), food.planId(), SamplingKind.PRODUCT_QUALITY,
                food.category(), food.stage(), food.unitId(), food.unitPath(), food.regionPath(), food.site(),
                food.product(), food.state(), food.labId(), food.lab(), food.notice(), food.retest(), null, null, 0);
        assertThat(clocks.of(quality)).extracting(ClockView::key).containsExactly("sampling.quality.objection");
        assertThat(clocks.retestLastDay(quality)).isEqualTo(clocks.due("sampling.quality.objection",
                food.notice().servedOn(), food.regionPath()));
    }

    @Test
    void a_duty_done_late_is_overdue_and_one_still_open_counts_its_remaining_days() {
        ClockView late = clocks.view("sampling.food.to-lab", FRIDAY_BEFORE_GUOQING, LocalDate.parse("2024-10-11"),
                false, LICHENG);
        assertThat(late.due()).isEqualTo("2024-10-10");
        assertThat(late.overdue()).isTrue();
        ClockView inTime = clocks.view("sampling.food.to-lab", FRIDAY_BEFORE_GUOQING, LocalDate.parse("2024-10-10"),
                false, LICHENG);
        assertThat(inTime.overdue()).isFalse();
        ClockView open = clocks.view("sampling.food.to-lab", clocks.today(), null, false, LICHENG);
        assertThat(open.remaining()).isEqualTo(5);
        assertThat(open.source()).contains("第二十条");
    }
}
