package org.shuangda.credit.alerts;

/** A rule as the rules page or the API sends it; {@code version}: of the rule of the sender's own level, if any. */
public record WarningRuleForm(Boolean enabled, Integer threshold, Integer windowDays, String grade,
        Integer version) {
}
