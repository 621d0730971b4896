/**
 * Assessment (检查考核, issue 18) and 督查. Schemes ({@link org.shuangda.assessment.Schemes}, 考核方案): a year's scheme of
 * an issuing office over the regions one level down or over member units, a tree of categories and items with their
 * points, scoring rule and the evidence they ask for; items scored by reviewers, computed from the platform's
 * records with a formula of reporting's expression language ({@code reporting :: expression}, never a second
 * language), veto items (一票否决: grade D) and bonus items under a cap; grade thresholds; the steps' dates. Versioned
 * like report templates: a scheme in use never changes (422), the next one is a clone.
 *
 * <p>Runs ({@link org.shuangda.assessment.Runs}), one per assessed unit: self-assessment with versioned evidence files
 * (one file may serve several items), 初评 and 复评 by the office's reviewers (never of the unit they belong to), the
 * draft score released to the unit with an appeal window on the working-day calendar (rulebook
 * {@code assessment.appeal}), the office's decisions, the final score and the publication. Decimal scores; the
 * ranking's ties broken by the stated rule ({@link org.shuangda.assessment.Ranking}). Rankings as XLSX, the 考核通报
 * composed, edited, issued and archived as DOCX in the official layout ({@link org.shuangda.assessment.Bulletins}).
 * 督查 visits with checklists and findings tracked to closure live in the room {@code supervision}.
 *
 * <p>The data-computed items read other modules only through what they publish: reporting's {@code Rounds} and
 * {@code RoundProgress}, every {@code shared.DerivedFigures} (cases, complaints, inspection records, software
 * ledger), {@code cases :: publication}'s {@code Publications}, {@code inspections :: draw}'s {@code Results},
 * campaigns' {@code Tasks} and {@code Campaigns}, leadership's {@code Funds}; SQL joins only {@code pub_unit},
 * {@code pub_region} and {@code pub_leading_group}. Published: {@link org.shuangda.shared.AssessmentGrades} (the latest
 * published grade of a unit or region, for modules that must not depend on this one, such as leadership's
 * commendations).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment 检查考核",
        allowedDependencies = {"shared", "organization", "calendar", "campaigns", "reporting", "reporting :: expression",
                "leadership", "cases :: publication", "inspections :: draw"})
package org.shuangda.assessment;
