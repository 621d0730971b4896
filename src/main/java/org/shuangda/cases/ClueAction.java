package org.shuangda.cases;

import java.util.Arrays;
import java.util.Optional;
import org.shuangda.shared.Permission;

/**
 * Every step of a clue under verification, declared once: all are possible only while it is verified
 * (else {@code clue.refused.decided}), each with its permission and, for the clock, the further condition.
 * {@link Clue}'s guarded methods check it; the clue page shows each step {@link #possibleIn} the clue's state,
 * in this order. Opening a case is the 立案 form ({@code /cases/new?clue=}), the others post to
 * {@code /clues/{id}/{slug}}.
 *
 * <pre>
 * VERIFYING ─OPEN_CASE→ CASE_OPENED
 * VERIFYING ─DECLINE→ NOT_OPENED
 * </pre>
 */
public enum ClueAction implements RefusableAction<ClueState> {
    OPEN_CASE("open", Permission.CASE_HANDLE, ClueStatus.CASE_OPENED),
    DECLINE("decline", Permission.CASE_HANDLE, ClueStatus.NOT_OPENED),
    /** Only for testing, appraisal or identification by the rights holder. */
    PAUSE("pause", Permission.CASE_HANDLE, null),
    RESUME("resume", Permission.CASE_HANDLE, null),
    /** The one extension of 15 working days, approved over the unit. */
    EXTEND("extend", Permission.CASE_APPROVE, null);

    private final String slug;
    private final Permission permission;
    private final ClueStatus target;

    ClueAction(String slug, Permission permission, ClueStatus target) {
        this.slug = slug;
        this.permission = permission;
        this.target = target;
    }

    public String slug() {
        return slug;
    }

    @Override
    public Permission permission() {
        return permission;
    }

    /** The status the step leads to; null for a step on the clock. */
    public ClueStatus target() {
        return target;
    }

    @Override
    public String refusalIn(ClueState state) {
        if (state.status() != ClueStatus.VERIFYING) {
            return "clue.refused.decided";
        }
        return switch (this) {
            case PAUSE -> state.clockPaused() ? "clock.refused.alreadyPaused" : null;
            case RESUME -> state.clockPaused() ? null : "clock.refused.notPaused";
            case EXTEND -> state.extended() ? "clue.refused.alreadyExtended" : null;
            case OPEN_CASE, DECLINE -> null;
        };
    }

    public static Optional<ClueAction> bySlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }
}
