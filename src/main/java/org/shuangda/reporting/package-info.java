/**
 * Reporting (数据报送): report templates (报表表样) with indicators, rules and derived figures, reporting
 * rounds per campaign, one submission per unit and round with validation and a two-level approval, the XLSX
 * round trip, and running regional totals for roll-ups. Campaigns are referred to by id only.
 *
 * <p>The module's API is this package: the records ({@link org.shuangda.reporting.Round},
 * {@link org.shuangda.reporting.Template}, {@link org.shuangda.reporting.Rollup}…), the submission's lifecycle
 * ({@link org.shuangda.reporting.SubmissionStatus}, {@link org.shuangda.reporting.SubmissionAction}) and the
 * service interfaces other modules call ({@link org.shuangda.reporting.Rounds},
 * {@link org.shuangda.reporting.RoundProgress}, {@link org.shuangda.reporting.Templates},
 * {@link org.shuangda.reporting.Rollups}, {@link org.shuangda.reporting.RoundImport}), each taking the acting
 * {@link org.shuangda.shared.Actor} first. The rooms below are internal: {@code templates} (templates, the
 * values and rules checked against them; {@code expression} parses formulas), {@code rounds} (rounds,
 * submissions, sign-offs, reminders), {@code rollups} (running totals and roll-up reports), {@code workbooks}
 * (the XLSX files) and {@code web}.
 *
 * <p>Approval: a unit's submission is accepted (or returned with a reason) by an office whose
 * {@code REPORT_REVIEW} scope covers the unit (the county office). An upper office (scope over the parent
 * region) then signs off a region's roll-up, only once every expected unit in it is accepted (county) or
 * every child region with units is signed off (city, province). See
 * {@link org.shuangda.reporting.rounds.RegionSignoffs}.
 *
 * <p>SQL reads organization's units and regions through {@code pub_unit} and {@code pub_region} only, and the
 * workbook key through the platform's {@link org.shuangda.platform.Settings}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"shared", "organization", "calendar", "campaigns", "platform"})
package org.shuangda.reporting;
