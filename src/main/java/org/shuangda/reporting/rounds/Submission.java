package org.shuangda.reporting.rounds;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.shuangda.reporting.SubmissionAction;
import org.shuangda.shared.Actor;
import org.shuangda.shared.LifecycleAction;

/**
 * One unit's figures for one round, with their check against the template.
 *
 * @param values   indicator code → entered value (blank lines absent)
 * @param comments rule code → the unit's explanation of a warning
 * @param errors   broken ERROR rules (block submission)
 * @param warnings broken WARNING rules (need a comment)
 * @param derived  computed indicators (结案率), absent when not computable
 * @param locked   whether the round takes no more changes from this unit
 * @param breakdowns indicator code → category label → value, for indicators whose categories were filled
 * @param fromRecords figures other modules derive from their records for this unit and period (may be empty)
 */
public record Submission(long id, long roundId, long unitId, String unitName, SubmissionState state,
        Map<String, BigDecimal> values, Map<String, String> comments, List<Finding> errors, List<Finding> warnings,
        Map<String, BigDecimal> derived, boolean locked, int version,
        Map<String, Map<String, BigDecimal>> breakdowns, List<FromRecords> fromRecords) {

    /**
     * The steps {@code actor} may take on this submission now, in {@link SubmissionAction} order (what the
     * buttons show): the unit's own ones only while the round is open to the unit.
     */
    public List<SubmissionAction> actionsFor(Actor actor) {
        return LifecycleAction.available(SubmissionAction.class, actor, state.status()).stream()
                .filter(a -> !(locked && a.byUnit())).toList();
    }

    /**
     * A figure derived from module records ("来自案件数据：8") beside the typed one.
     *
     * @param source  the source's name in the user's language (案件数据)
     * @param differs whether it differs from the typed value (a blank counts as 0)
     */
    public record FromRecords(String indicator, String source, BigDecimal value, boolean differs) {
    }

    /**
     * A broken rule as shown to the user.
     *
     * @param indicators the indicator codes the rule reads (where to show it)
     */
    public record Finding(String rule, String expression, String message, boolean commented, List<String> indicators) {
    }
}
