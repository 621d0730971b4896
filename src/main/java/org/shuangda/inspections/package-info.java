/**
 * Inspections (检查): the 双随机、一公开 random inspections — inspection items, the target and inspector pools, plans
 * and tasks, the reproducible draw and its public verification, results and their publication — and the
 * inspections that are not drawn: the key-market directory (重点市场名录库) and the inspection records (日常巡查,
 * 专项检查, 联合执法) that feed reporting's figures through {@link org.shuangda.shared.DerivedFigures}. Draw ratios
 * come from the credit module's published {@code RiskGrades}; officers from identity's published queries; a finding
 * that needs enforcement reaches cases as an event. Sub-packages: {@code draw} (items, pools, plans, tasks, draws,
 * results, publication) and {@code records} (markets and inspection records).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspections 检查",
        allowedDependencies = {"shared", "organization", "calendar", "entities", "credit", "identity", "messages",
                "audit", "platform", "privacy"})
package org.shuangda.inspections;
