package org.shuangda.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Moving the clocks onto the rulebook changed no due date: for every seeded key, the period the code used before
 * (written out here as it was) and the rulebook's give the same due moment, with and without the extension, for
 * clocks started on every day around 国庆 2024 and 春节 2025 (with their 调休 Sundays and Saturdays).
 */
@WebTest
class RulebookSameDueDatesTest {

    /** The constants of the code before issue 12: unit, length, extension (0: none). */
    private static final Map<String, Object[]> BEFORE = Map.ofEntries(
            Map.entry(RuleKeys.COMPLAINT_ACCEPTANCE, new Object[] {DeadlineRule.workingDays(7), 0}),
            Map.entry(RuleKeys.COMPLAINT_MEDIATION, new Object[] {DeadlineRule.workingDays(45), 0}),
            Map.entry(RuleKeys.TIP_VERIFICATION, new Object[] {DeadlineRule.workingDays(15), 15}),
            Map.entry(RuleKeys.TIP_NOTICE, new Object[] {DeadlineRule.workingDays(5), 0}),
            Map.entry(RuleKeys.CLUE_VERIFICATION, new Object[] {DeadlineRule.workingDays(15), 15}),
            Map.entry(RuleKeys.CASE_DECISION, new Object[] {DeadlineRule.naturalDays(90), 30}),
            Map.entry(RuleKeys.SEIZURE_HOLD, new Object[] {DeadlineRule.naturalDays(30), 30}),
            Map.entry(RuleKeys.TRANSFER_HEAD_DECISION, new Object[] {DeadlineRule.naturalDays(3), 0}),
            Map.entry(RuleKeys.TRANSFER_HANDOVER, new Object[] {DeadlineRule.hours(24), 0}),
            Map.entry(RuleKeys.TRANSFER_ACCEPTANCE, new Object[] {DeadlineRule.naturalDays(3), 0}),
            Map.entry(RuleKeys.TRANSFER_FILING, new Object[] {DeadlineRule.naturalDays(3), 0}),
            Map.entry(RuleKeys.TRANSFER_RECONSIDERATION_REQUEST, new Object[] {DeadlineRule.naturalDays(3), 0}),
            Map.entry(RuleKeys.TRANSFER_RECONSIDERATION_ANSWER, new Object[] {DeadlineRule.naturalDays(3), 0}),
            Map.entry(RuleKeys.TRANSFER_OPINION_ANSWER, new Object[] {DeadlineRule.naturalDays(7), 0}),
            Map.entry(RuleKeys.PUBLICATION_PUBLISH, new Object[] {DeadlineRule.workingDays(20), 0}),
            // credit: listings (V152)
            Map.entry("credit.abnormal.listing", new Object[] {DeadlineRule.workingDays(10), 0}),
            Map.entry("credit.abnormal.objection", new Object[] {DeadlineRule.naturalDays(30), 0}),
            Map.entry("credit.abnormal.objection-acceptance", new Object[] {DeadlineRule.workingDays(5), 0}),
            Map.entry("credit.abnormal.objection-verification", new Object[] {DeadlineRule.workingDays(20), 0}),
            Map.entry("credit.abnormal.correction", new Object[] {DeadlineRule.workingDays(5), 0}),
            Map.entry("credit.removal.acceptance", new Object[] {DeadlineRule.workingDays(2), 0}),
            Map.entry("credit.abnormal.removal-decision", new Object[] {DeadlineRule.workingDays(2), 10}),
            Map.entry("credit.serious.publication", new Object[] {DeadlineRule.workingDays(20), 0}),
            Map.entry("credit.serious.removal-decision", new Object[] {DeadlineRule.workingDays(15), 0}),
            Map.entry("credit.serious.stop-showing", new Object[] {DeadlineRule.workingDays(3), 0}),
            Map.entry("credit.serious.early-removal", new Object[] {DeadlineRule.years(1), 0}),
            Map.entry("credit.serious.period", new Object[] {DeadlineRule.years(3), 0}),
            Map.entry("credit.display.minor", new Object[] {DeadlineRule.months(3), 0}),
            Map.entry("credit.display.general", new Object[] {DeadlineRule.years(1), 0}),
            Map.entry("credit.display.serious", new Object[] {DeadlineRule.years(3), 0}),
            Map.entry("credit.restoration.earliest-general", new Object[] {DeadlineRule.months(3), 0}),
            Map.entry("credit.restoration.earliest-serious", new Object[] {DeadlineRule.years(1), 0}),
            Map.entry("credit.restoration.acceptance", new Object[] {DeadlineRule.workingDays(2), 0}),
            Map.entry("credit.restoration.decision", new Object[] {DeadlineRule.workingDays(7), 10}),
            // inspections (issue 16, V171): results published within 20 working days of the inspection's end
            Map.entry("inspection.result.publication", new Object[] {DeadlineRule.workingDays(20), 0}),
            // the public portal's display periods (issue 18, V211)
            Map.entry("publication.display", new Object[] {DeadlineRule.years(3), 0}),
            Map.entry("inspection.result.display", new Object[] {DeadlineRule.years(3), 0}),
            // assessment (issue 18, V200): the appeal window after the draft scores are released
            Map.entry("assessment.appeal", new Object[] {DeadlineRule.workingDays(5), 0}),
            // sampling (issue 17, V191): food in working days, product quality in days rolling forward (art.55)
            Map.entry("sampling.food.to-lab", new Object[] {DeadlineRule.workingDays(5), 0}),
            Map.entry("sampling.food.report", new Object[] {DeadlineRule.workingDays(20), 0}),
            Map.entry("sampling.food.result-pass", new Object[] {DeadlineRule.workingDays(7), 0}),
            Map.entry("sampling.food.result-fail", new Object[] {DeadlineRule.workingDays(2), 0}),
            Map.entry("sampling.food.notice", new Object[] {DeadlineRule.workingDays(5), 0}),
            Map.entry("sampling.food.retest-request", new Object[] {DeadlineRule.workingDays(7), 0}),
            Map.entry("sampling.food.retest-acceptance", new Object[] {DeadlineRule.workingDays(5), 0}),
            Map.entry("sampling.food.retest-lab", new Object[] {DeadlineRule.workingDays(5), 5}),
            Map.entry("sampling.food.backup-handover", new Object[] {DeadlineRule.workingDays(3), 3}),
            Map.entry("sampling.food.retest-result", new Object[] {DeadlineRule.workingDays(10), 0}),
            Map.entry("sampling.food.objection-process", new Object[] {DeadlineRule.workingDays(7), 0}),
            Map.entry("sampling.food.objection-process-review", new Object[] {DeadlineRule.workingDays(20), 0}),
            Map.entry("sampling.food.objection-method", new Object[] {DeadlineRule.workingDays(7), 0}),
            Map.entry("sampling.food.objection-method-review", new Object[] {DeadlineRule.workingDays(30), 0}),
            Map.entry("sampling.food.follow-up", new Object[] {DeadlineRule.naturalDays(90), 0}),
            Map.entry("sampling.backup.pass", new Object[] {DeadlineRule.months(3), 0}),
            Map.entry("sampling.backup.fail", new Object[] {DeadlineRule.months(6), 0}),
            Map.entry("sampling.quality.objection", new Object[] {DeadlineRule.naturalDays(15), 0}),
            Map.entry("sampling.quality.retest-papers", new Object[] {DeadlineRule.naturalDays(7), 0}),
            Map.entry("sampling.quality.retest-lab", new Object[] {DeadlineRule.naturalDays(10), 0}),
            Map.entry("sampling.quality.rectify", new Object[] {DeadlineRule.naturalDays(60), 0}),
            Map.entry("sampling.quality.recheck", new Object[] {DeadlineRule.naturalDays(75), 0}));

    @Autowired
    Rulebook rulebook;
    @Autowired
    WorkingCalendar calendar;

    private static List<LocalDateTime> fixture() {
        List<LocalDateTime> starts = new ArrayList<>();
        for (LocalDate d = LocalDate.parse("2024-09-25"); d.isBefore(LocalDate.parse("2024-10-15")); d = d.plusDays(1)) {
            starts.add(d.atTime(16, 30));
        }
        for (LocalDate d = LocalDate.parse("2025-01-20"); d.isBefore(LocalDate.parse("2025-02-12")); d = d.plusDays(1)) {
            starts.add(d.atTime(9, 15));
        }
        return starts;
    }

    @Test
    void every_key_of_the_code_is_in_the_rulebook_and_nothing_else() {
        assertThat(rulebook.versions().stream().map(StatutoryRule::key).distinct())
                .containsExactlyInAnyOrderElementsOf(BEFORE.keySet());
    }

    @Test
    void every_clock_gives_the_same_due_dates_as_before_across_holidays_and_tiaoxiu() {
        for (var e : BEFORE.entrySet()) {
            DeadlineRule old = (DeadlineRule) e.getValue()[0];
            int oldExtension = (Integer) e.getValue()[1];
            for (LocalDateTime start : fixture()) {
                StatutoryRule rule = rulebook.rule(e.getKey(), start.toLocalDate());
                Deadline now = Deadline.startingAt(start, rule.deadlineRule());
                Deadline before = Deadline.startingAt(start, old);
                assertThat(now.due(calendar)).as(e.getKey() + " from " + start).isEqualTo(before.due(calendar));
                assertThat(rule.extension()).as(e.getKey() + " extension").isEqualTo(oldExtension);
                if (oldExtension > 0) {
                    assertThat(now.extend(rule.extension()).due(calendar)).as(e.getKey() + " extended from " + start)
                            .isEqualTo(before.extend(oldExtension).due(calendar));
                }
            }
        }
    }

    @Test
    void the_unit_tests_rulebook_is_the_seeded_one() {
        for (String key : BEFORE.keySet()) {
            StatutoryRule seeded = rulebook.rule(key, LocalDate.parse("2024-10-01"));
            StatutoryRule copy = org.shuangda.support.SeededRules.INSTANCE.rule(key, LocalDate.parse("2024-10-01"));
            assertThat(copy.deadlineRule()).as(key).isEqualTo(seeded.deadlineRule());
            assertThat(copy.extensionAmount()).as(key).isEqualTo(seeded.extensionAmount());
        }
    }

    @Test
    void known_due_days_across_guoqing_and_spring_festival() {
        LocalDateTime friday = LocalDateTime.parse("2024-09-27T10:00");
        // 15 working days: 9-29 (调休 Sunday), 9-30, then from 10-08 → 10-23
        assertThat(due(RuleKeys.CLUE_VERIFICATION, friday)).isEqualTo("2024-10-23");
        assertThat(due(RuleKeys.TIP_VERIFICATION, friday)).isEqualTo("2024-10-23");
        // transfer 3日 from 9-30 ends on 10-03, in 国庆: moved to the first working day 10-08
        assertThat(due(RuleKeys.TRANSFER_HEAD_DECISION, LocalDateTime.parse("2024-09-30T10:00"))).isEqualTo("2024-10-08");
        // 7 working days from 2025-01-24: 1-26 (调休 Sunday), 1-27, then 2-05 … 2-08 (调休 Saturday), 2-10
        assertThat(due(RuleKeys.COMPLAINT_ACCEPTANCE, LocalDateTime.parse("2025-01-24T10:00"))).isEqualTo("2025-02-10");
    }

    private String due(String key, LocalDateTime start) {
        return Deadline.startingAt(start, rulebook.rule(key, start.toLocalDate()).deadlineRule()).due(calendar)
                .orElseThrow().toLocalDate().toString();
    }
}
