/**
 * Joint punishment and early warning (失信联合惩戒、预警), internal to the credit module: the editable catalogue of
 * measures ({@link org.shuangda.credit.alerts.Measures}), the {@link org.shuangda.shared.CreditAlerts} SPI that
 * other modules call wherever a listed entity appears ({@link org.shuangda.credit.alerts.ListedEntityAlerts}:
 * listed = a listing fact without a later removal fact in {@code credit_fact}), and the warnings: configurable
 * triggers ({@link org.shuangda.credit.alerts.WarningRules}), each warning raised once
 * ({@link org.shuangda.credit.alerts.WarningEvaluator}, on events and by a daily job) and acknowledged with a
 * note ({@link org.shuangda.credit.alerts.Warnings}). Tables: {@code credit_measure}, {@code credit_warning_rule},
 * {@code credit_warning}, {@code credit_complaint} (V158, V159).
 */
package org.shuangda.credit.alerts;
