package org.shuangda.assessment;

import java.util.Set;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.Permission;

/**
 * The steps of a run, each possible in the states it names and taken by the side its permission says: the unit
 * (SUBMIT), the reviewers (REVIEW) or the office (MANAGE). {@link Run#require} consults them; the run page shows a
 * button or form per step available to the reader.
 */
public enum RunAction implements LifecycleAction<RunStatus> {
    /** The unit saves its self-assessment (scores and notes) and attaches evidence. */
    SELF_ASSESS(Set.of(RunStatus.SELF_ASSESSMENT), Permission.ASSESSMENT_SUBMIT),
    /** The unit hands its self-assessment in: 初评 begins. */
    SUBMIT(Set.of(RunStatus.SELF_ASSESSMENT), Permission.ASSESSMENT_SUBMIT),
    /** A reviewer returns it to the unit for more evidence, with a reason. */
    RETURN(Set.of(RunStatus.FIRST_REVIEW), Permission.ASSESSMENT_REVIEW),
    /** A reviewer scores items at 初评. */
    SCORE_FIRST(Set.of(RunStatus.FIRST_REVIEW), Permission.ASSESSMENT_REVIEW),
    /** 初评 complete (every reviewed item scored): 复评 begins. */
    FINISH_FIRST(Set.of(RunStatus.FIRST_REVIEW), Permission.ASSESSMENT_REVIEW),
    /** A reviewer scores items at 复评. */
    SCORE_SECOND(Set.of(RunStatus.SECOND_REVIEW), Permission.ASSESSMENT_REVIEW),
    /** 复评 complete: the data items are computed once more, the draft score goes to the unit, the appeal window opens. */
    RELEASE_DRAFT(Set.of(RunStatus.SECOND_REVIEW), Permission.ASSESSMENT_REVIEW),
    /** The unit appeals one item with its reasons, within the window. */
    APPEAL(Set.of(RunStatus.DRAFT_RELEASED), Permission.ASSESSMENT_SUBMIT),
    /** The unit confirms the draft score (无异议): the office may then finalise before the window ends. */
    ACCEPT_DRAFT(Set.of(RunStatus.DRAFT_RELEASED), Permission.ASSESSMENT_SUBMIT),
    /** The office upholds (with the new score) or rejects an appeal. */
    DECIDE_APPEAL(Set.of(RunStatus.DRAFT_RELEASED), Permission.ASSESSMENT_MANAGE),
    /** The office fixes the final score: the window is over and every appeal decided, and the window over or the draft confirmed by the unit. */
    FINALISE(Set.of(RunStatus.DRAFT_RELEASED), Permission.ASSESSMENT_MANAGE);

    private final Set<RunStatus> from;
    private final Permission permission;

    RunAction(Set<RunStatus> from, Permission permission) {
        this.from = from;
        this.permission = permission;
    }

    @Override
    public boolean possibleIn(RunStatus status) {
        return from.contains(status);
    }

    @Override
    public Permission permission() {
        return permission;
    }
}
