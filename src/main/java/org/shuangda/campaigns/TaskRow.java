package org.shuangda.campaigns;

import java.util.List;

/**
 * A task as lists and pages show it: the {@link CampaignTask} with the names joined beside it (its campaign's
 * title, its lead and cooperating units) and its computed timing. Read-only; steps go through the services.
 *
 * @param cooperators the cooperating units with their names, in unit-tree order
 */
public record TaskRow(CampaignTask task, String campaignTitle, String leadUnitName, List<UnitName> cooperators,
        TaskTiming timing) {

    /** A unit as a task shows it. */
    public record UnitName(long id, String name) {
    }

    public TaskRow {
        cooperators = List.copyOf(cooperators);
    }
}
