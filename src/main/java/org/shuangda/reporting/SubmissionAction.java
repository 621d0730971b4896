package org.shuangda.reporting;

import java.util.Locale;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;

/**
 * The steps of a submission's lifecycle, declared once: the unit's reporter ({@code REPORT_SUBMIT}) edits its
 * figures and submits a draft or a returned submission; an office ({@code REPORT_REVIEW}) accepts a submitted
 * one or returns it with a reason. Accepted is final. The submission's guarded methods consult
 * {@link #possibleIn}; a refused step answers {@code reporting.transition.<step>} on field {@code status}.
 * The unit's own steps also stop when the round is locked for the unit (see {@link #byUnit()}).
 */
public enum SubmissionAction implements LifecycleAction<SubmissionStatus> {
    /** Change the figures and comments; not a change of state. */
    EDIT(Permission.REPORT_SUBMIT),
    SUBMIT(Permission.REPORT_SUBMIT),
    ACCEPT(Permission.REPORT_REVIEW),
    RETURN(Permission.REPORT_REVIEW);

    private final Permission permission;

    SubmissionAction(Permission permission) {
        this.permission = permission;
    }

    @Override
    public Permission permission() {
        return permission;
    }

    @Override
    public boolean possibleIn(SubmissionStatus status) {
        return switch (this) {
            case EDIT, SUBMIT -> status == SubmissionStatus.DRAFT || status == SubmissionStatus.RETURNED;
            case ACCEPT, RETURN -> status == SubmissionStatus.SUBMITTED;
        };
    }

    /** A step of the unit's reporter (a locked round stops it), as opposed to the reviewing office's. */
    public boolean byUnit() {
        return permission == Permission.REPORT_SUBMIT;
    }

    /** The step's name in URLs ({@code /submissions/7/return}) and in the refusal's message code. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The step named {@code path} ({@link #path()}); anything else is a 404, like an unknown URL. */
    public static SubmissionAction ofPath(String path) {
        for (SubmissionAction action : values()) {
            if (action.path().equals(path)) {
                return action;
            }
        }
        throw new NotFoundProblem("step", path);
    }

    /** The refusal of this step in a state that does not allow it. */
    public InvalidInput refused() {
        return new InvalidInput("status", "reporting.transition." + path());
    }

    /**
     * Whether a unit whose submission is in {@code status} (null: not started) still has to hand its figures in:
     * it can still submit. Reminders, to-dos and the office's reopening go by this.
     */
    public static boolean awaitsUnit(SubmissionStatus status) {
        return status == null || SUBMIT.possibleIn(status);
    }
}
