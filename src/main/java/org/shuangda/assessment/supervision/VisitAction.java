package org.shuangda.assessment.supervision;

import java.util.Set;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.Permission;

/** The office's steps on a 督查 visit; the visited unit's answer to a finding is {@link FindingAction}'s. */
public enum VisitAction implements LifecycleAction<VisitStatus> {
    /** Change the plan: date, unit, checklist. */
    EDIT(Set.of(VisitStatus.PLANNED)),
    /** Record the visit: the day, who went, each checklist point's outcome and the findings with their dates. */
    RECORD(Set.of(VisitStatus.PLANNED));

    private final Set<VisitStatus> from;

    VisitAction(Set<VisitStatus> from) {
        this.from = from;
    }

    @Override
    public boolean possibleIn(VisitStatus status) {
        return from.contains(status);
    }

    @Override
    public Permission permission() {
        return Permission.ASSESSMENT_MANAGE;
    }
}
