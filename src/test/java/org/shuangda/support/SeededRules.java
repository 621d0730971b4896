package org.shuangda.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.DeadlineRule;
import org.shuangda.calendar.RuleKeys;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.StatutoryRule;
import org.shuangda.shared.ConfigOwner;

/**
 * The rulebook as V111 seeds it, without a database, for unit tests of clocks; {@code RulebookSameDueDatesTest}
 * checks that it equals the seeded table.
 */
public final class SeededRules implements Rulebook {

    public static final SeededRules INSTANCE = new SeededRules();

    private static final Map<String, Object[]> RULES = Map.ofEntries(
            Map.entry(RuleKeys.COMPLAINT_ACCEPTANCE, new Object[] {DeadlineRule.workingDays(7), null}),
            Map.entry(RuleKeys.COMPLAINT_MEDIATION, new Object[] {DeadlineRule.workingDays(45), null}),
            Map.entry(RuleKeys.TIP_VERIFICATION, new Object[] {DeadlineRule.workingDays(15), 15}),
            Map.entry(RuleKeys.TIP_NOTICE, new Object[] {DeadlineRule.workingDays(5), null}),
            Map.entry(RuleKeys.CLUE_VERIFICATION, new Object[] {DeadlineRule.workingDays(15), 15}),
            Map.entry(RuleKeys.CASE_DECISION, new Object[] {DeadlineRule.naturalDays(90), 30}),
            Map.entry(RuleKeys.SEIZURE_HOLD, new Object[] {DeadlineRule.naturalDays(30), 30}),
            Map.entry(RuleKeys.TRANSFER_HEAD_DECISION, new Object[] {DeadlineRule.naturalDays(3), null}),
            Map.entry(RuleKeys.TRANSFER_HANDOVER, new Object[] {DeadlineRule.hours(24), null}),
            Map.entry(RuleKeys.TRANSFER_ACCEPTANCE, new Object[] {DeadlineRule.naturalDays(3), null}),
            Map.entry(RuleKeys.TRANSFER_FILING, new Object[] {DeadlineRule.naturalDays(3), null}),
            Map.entry(RuleKeys.TRANSFER_RECONSIDERATION_REQUEST, new Object[] {DeadlineRule.naturalDays(3), null}),
            Map.entry(RuleKeys.TRANSFER_RECONSIDERATION_ANSWER, new Object[] {DeadlineRule.naturalDays(3), null}),
            Map.entry(RuleKeys.TRANSFER_OPINION_ANSWER, new Object[] {DeadlineRule.naturalDays(7), null}),
            Map.entry(RuleKeys.PUBLICATION_PUBLISH, new Object[] {DeadlineRule.workingDays(20), null}),
            // credit: listings (V152)
            Map.entry("credit.abnormal.listing", new Object[] {DeadlineRule.workingDays(10), null}),
            Map.entry("credit.abnormal.objection", new Object[] {DeadlineRule.naturalDays(30), null}),
            Map.entry("credit.abnormal.objection-acceptance", new Object[] {DeadlineRule.workingDays(5), null}),
            Map.entry("credit.abnormal.objection-verification", new Object[] {DeadlineRule.workingDays(20), null}),
            Map.entry("credit.abnormal.correction", new Object[] {DeadlineRule.workingDays(5), null}),
            Map.entry("credit.removal.acceptance", new Object[] {DeadlineRule.workingDays(2), null}),
            Map.entry("credit.abnormal.removal-decision", new Object[] {DeadlineRule.workingDays(2), 10}),
            Map.entry("credit.serious.publication", new Object[] {DeadlineRule.workingDays(20), null}),
            Map.entry("credit.serious.removal-decision", new Object[] {DeadlineRule.workingDays(15), null}),
            Map.entry("credit.serious.stop-showing", new Object[] {DeadlineRule.workingDays(3), null}),
            Map.entry("credit.serious.early-removal", new Object[] {DeadlineRule.years(1), null}),
            Map.entry("credit.serious.period", new Object[] {DeadlineRule.years(3), null}),
            // credit: record and restoration (V149)
            Map.entry("credit.display.minor", new Object[] {DeadlineRule.months(3), null}),
            Map.entry("credit.display.general", new Object[] {DeadlineRule.years(1), null}),
            Map.entry("credit.display.serious", new Object[] {DeadlineRule.years(3), null}),
            Map.entry("credit.restoration.earliest-general", new Object[] {DeadlineRule.months(3), null}),
            Map.entry("credit.restoration.earliest-serious", new Object[] {DeadlineRule.years(1), null}),
            Map.entry("credit.restoration.acceptance", new Object[] {DeadlineRule.workingDays(2), null}),
            Map.entry("credit.restoration.decision", new Object[] {DeadlineRule.workingDays(7), 10}),
            Map.entry("inspection.result.publication", new Object[] {DeadlineRule.workingDays(20), null}),
            // the public portal's display periods (issue 18, V211)
            Map.entry("publication.display", new Object[] {DeadlineRule.years(3), null}),
            Map.entry("inspection.result.display", new Object[] {DeadlineRule.years(3), null}),
            Map.entry("assessment.appeal", new Object[] {DeadlineRule.workingDays(5), null}),
            // sampling (issue 17, V191): food in working days, product quality in days rolling forward (art.55)
            Map.entry("sampling.food.to-lab", new Object[] {DeadlineRule.workingDays(5), null}),
            Map.entry("sampling.food.report", new Object[] {DeadlineRule.workingDays(20), null}),
            Map.entry("sampling.food.result-pass", new Object[] {DeadlineRule.workingDays(7), null}),
            Map.entry("sampling.food.result-fail", new Object[] {DeadlineRule.workingDays(2), null}),
            Map.entry("sampling.food.notice", new Object[] {DeadlineRule.workingDays(5), null}),
            Map.entry("sampling.food.retest-request", new Object[] {DeadlineRule.workingDays(7), null}),
            Map.entry("sampling.food.retest-acceptance", new Object[] {DeadlineRule.workingDays(5), null}),
            Map.entry("sampling.food.retest-lab", new Object[] {DeadlineRule.workingDays(5), 5}),
            Map.entry("sampling.food.backup-handover", new Object[] {DeadlineRule.workingDays(3), 3}),
            Map.entry("sampling.food.retest-result", new Object[] {DeadlineRule.workingDays(10), null}),
            Map.entry("sampling.food.objection-process", new Object[] {DeadlineRule.workingDays(7), null}),
            Map.entry("sampling.food.objection-process-review", new Object[] {DeadlineRule.workingDays(20), null}),
            Map.entry("sampling.food.objection-method", new Object[] {DeadlineRule.workingDays(7), null}),
            Map.entry("sampling.food.objection-method-review", new Object[] {DeadlineRule.workingDays(30), null}),
            Map.entry("sampling.food.follow-up", new Object[] {DeadlineRule.naturalDays(90), null}),
            Map.entry("sampling.backup.pass", new Object[] {DeadlineRule.months(3), null}),
            Map.entry("sampling.backup.fail", new Object[] {DeadlineRule.months(6), null}),
            Map.entry("sampling.quality.objection", new Object[] {DeadlineRule.naturalDays(15), null}),
            Map.entry("sampling.quality.retest-papers", new Object[] {DeadlineRule.naturalDays(7), null}),
            Map.entry("sampling.quality.retest-lab", new Object[] {DeadlineRule.naturalDays(10), null}),
            Map.entry("sampling.quality.rectify", new Object[] {DeadlineRule.naturalDays(60), null}),
            Map.entry("sampling.quality.recheck", new Object[] {DeadlineRule.naturalDays(75), null}));

    private static final LocalDate SINCE = LocalDate.of(2000, 1, 1);

    private SeededRules() {
    }

    @Override
    public StatutoryRule rule(String key, LocalDate startedOn, String regionPath) {
        Object[] r = RULES.get(key);
        if (r == null) {
            throw new IllegalArgumentException("No statutory rule " + key);
        }
        DeadlineRule d = (DeadlineRule) r[0];
        return new StatutoryRule(key, key, d.amount(), d.unit(), (Integer) r[1], null, "V111", SINCE,
                ConfigOwner.NATIONAL);
    }

    @Override
    public List<StatutoryRule> versions() {
        return RULES.keySet().stream().sorted().map(k -> rule(k, SINCE)).toList();
    }
}
