/**
 * Reporting (数据报送): report templates (报表表样) with indicators, rules and derived figures, reporting
 * rounds per campaign, one submission per unit and round with validation and a two-level approval, the XLSX
 * round trip, and running regional totals for roll-ups. Campaigns are referred to by id only.
 *
 * <p>Approval: a unit's submission is accepted (or returned with a reason) by an office whose
 * {@code REPORT_REVIEW} scope covers the unit (the county office). An upper office (scope over the parent
 * region) then signs off a region's roll-up, only once every expected unit in it is accepted (county) or
 * every child region with units is signed off (city, province). See {@link org.shuangda.reporting.RegionSignoffs}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"shared", "organization", "calendar", "campaigns"})
package org.shuangda.reporting;
