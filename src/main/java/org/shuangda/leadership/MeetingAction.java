package org.shuangda.leadership;

import java.util.Set;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.Permission;

/**
 * The office's steps on a meeting, each possible in the states it names; {@link Meeting}'s guarded methods consult
 * them and the meeting page shows a button or form per step available. An invited unit's answer to the notice
 * ({@link Meetings#reply}) is not the office's step and is checked there.
 */
public enum MeetingAction implements LifecycleAction<MeetingStatus> {
    /** Change date, place, chair, invited units and agenda (until the meeting is held). */
    EDIT(Set.of(MeetingStatus.PLANNED, MeetingStatus.CONVENED)),
    /** Send the 会议通知 to every invited unit (again after a change). */
    CONVENE(Set.of(MeetingStatus.PLANNED, MeetingStatus.CONVENED)),
    /** Record who attended: the meeting is then held. */
    RECORD_ATTENDANCE(Set.of(MeetingStatus.CONVENED, MeetingStatus.HELD)),
    /** Write the minutes and their decisions. */
    WRITE_MINUTES(Set.of(MeetingStatus.HELD)),
    /** Issue the minutes under a number: the decisions become tasks and nothing changes any more. */
    ISSUE_MINUTES(Set.of(MeetingStatus.HELD));

    private final Set<MeetingStatus> from;

    MeetingAction(Set<MeetingStatus> from) {
        this.from = from;
    }

    @Override
    public boolean possibleIn(MeetingStatus status) {
        return from.contains(status);
    }

    @Override
    public Permission permission() {
        return Permission.CAMPAIGN_MANAGE;
    }
}
