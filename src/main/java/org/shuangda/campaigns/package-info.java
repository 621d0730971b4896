/**
 * Campaigns (专项行动): the plan (实施方案) with its 文号, period, phases, leading group, focus lists and goals;
 * its tasks split between a lead (牵头) unit and cooperating (配合) units, with progress reports and
 * attachments. A task's status is computed on the working-day calendar, never stored. Campaigns are
 * region-owned (seen by everyone whose scope reaches the region); a task is seen by its lead and
 * cooperating units and the office.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Campaigns",
        allowedDependencies = {"shared", "organization", "calendar"})
package org.shuangda.campaigns;
