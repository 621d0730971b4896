package org.shuangda.assessment.supervision;

import java.util.Set;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.Permission;

/** The steps of a finding's rectification: the unit reports it done, the office closes it (销号) or sends it back. */
public enum FindingAction implements LifecycleAction<FindingStatus> {
    /** The visited unit reports what it did (整改情况). */
    REPORT(Set.of(FindingStatus.OPEN), Permission.ASSESSMENT_SUBMIT),
    /** The office accepts the rectification: the finding is closed. */
    CLOSE(Set.of(FindingStatus.REPORTED), Permission.ASSESSMENT_MANAGE),
    /** The office finds it not done: back to the unit, with the reason. */
    REOPEN(Set.of(FindingStatus.REPORTED), Permission.ASSESSMENT_MANAGE);

    private final Set<FindingStatus> from;
    private final Permission permission;

    FindingAction(Set<FindingStatus> from, Permission permission) {
        this.from = from;
        this.permission = permission;
    }

    @Override
    public boolean possibleIn(FindingStatus status) {
        return from.contains(status);
    }

    @Override
    public Permission permission() {
        return permission;
    }
}
