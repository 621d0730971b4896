package org.shuangda.campaigns;

import java.time.LocalDate;
import java.util.List;

/**
 * What the office enters for a task: its section of the plan (e.g. 加强对生产环节的专项治理), title,
 * description, lead and cooperating units, due date and supervision.
 *
 * @param progressEveryWorkingDays for a supervised task: progress is required every so many working days
 * @param version                  the version read, for updates
 */
public record TaskForm(String section, String title, String description, Long leadUnitId, List<Long> cooperatorIds,
        LocalDate dueOn, Boolean supervised, Integer progressEveryWorkingDays, Integer version) {

    public TaskForm {
        cooperatorIds = cooperatorIds == null ? List.of() : List.copyOf(cooperatorIds);
        supervised = supervised != null && supervised; // JSON may leave these out
        version = version == null ? 0 : version;
    }

    /** The form as the office last saved it, to edit it. */
    public static TaskForm of(CampaignTask t) {
        return new TaskForm(t.section(), t.title(), t.description(), t.leadUnitId(), t.cooperatorIds(), t.dueOn(),
                t.supervised(), t.progressEveryWorkingDays(), t.version());
    }
}
