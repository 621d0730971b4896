package org.shuangda.complaints;

import static org.shuangda.complaints.FilingStatus.ACCEPTED;
import static org.shuangda.complaints.FilingStatus.CLOSED;
import static org.shuangda.complaints.FilingStatus.RECEIVED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shuangda.shared.Actor;
import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;

/**
 * The steps staff take on a filing, in the order the page shows their buttons: the states each is possible
 * from, the permission it needs and the reason shown when the state does not allow it. The filing has the last
 * word on the rest (track, a granted extension, a due notice: {@link Filing#refusal}); the step paths are the
 * URLs' last segment ({@code /filings/7/accept}). The clue's answers from the cases module and the public's
 * rating are not staff steps: {@link Filing#clueDecided} and {@link Filing#rate} guard them.
 */
public enum FilingAction implements LifecycleAction<FilingStatus> {
    ACCEPT("accept", "filing.refused.notReceived", handling(), RECEIVED),
    REFER("refer", "filing.refused.notAccepted", handling(), ACCEPTED),
    REFUSE("refuse", "filing.refused.notReceived", handling(), RECEIVED),
    ANSWER("answer", "filing.refused.notReceived", handling(), RECEIVED),
    CLOSE("close", "filing.refused.notAccepted", handling(), ACCEPTED),
    EXTEND("extend", "filing.refused.notOpen", handling(), RECEIVED, ACCEPTED),
    /** 中止核查 for testing, appraisal, rights-holder identification… ({@link VerificationPauseReason}). */
    PAUSE("pause", "filing.refused.notOpen", handling(), RECEIVED, ACCEPTED),
    RESUME("resume", "filing.refused.notOpen", handling(), RECEIVED, ACCEPTED),
    NOTIFY("notified", "filing.refused.noNoticeDue", handling(), CLOSED),
    REROUTE("reroute", "filing.refused.notOpenForRouting", routing(), RECEIVED, ACCEPTED),
    SPLIT("split", "filing.refused.notReceived", routing(), RECEIVED),
    MERGE("merge", "filing.refused.notOpenForMerge", routing(), RECEIVED, ACCEPTED);

    private final String path;
    private final String refusedState;
    private final List<Permission> permissions;
    private final Set<FilingStatus> states;

    FilingAction(String path, String refusedState, List<Permission> permissions, FilingStatus first,
            FilingStatus... more) {
        this.path = path;
        this.refusedState = refusedState;
        this.permissions = permissions;
        this.states = EnumSet.of(first, more);
    }

    /** Handling needs FILING_HANDLE over the filing's unit. */
    private static List<Permission> handling() {
        return List.of(Permission.FILING_HANDLE);
    }

    /** Routing: the hotline and the office (FILING_ROUTE), or the handling unit itself (FILING_HANDLE). */
    private static List<Permission> routing() {
        return List.of(Permission.FILING_ROUTE, Permission.FILING_HANDLE);
    }

    @Override
    public boolean possibleIn(FilingStatus state) {
        return states.contains(state);
    }

    /** The first of the permissions that allow this step (403 messages name it). */
    @Override
    public Permission permission() {
        return permissions.get(0);
    }

    /** Any of them will do: an officer may 转办 his own unit's filing without FILING_ROUTE. */
    public List<Permission> permissions() {
        return permissions;
    }

    @Override
    public boolean allowedFor(Actor actor, FilingStatus state) {
        return possibleIn(state) && permissions.stream().anyMatch(actor::can);
    }

    /** 转办, 合并 and 拆分, shown in their own card. */
    public boolean isRouting() {
        return permissions.contains(Permission.FILING_ROUTE);
    }

    public String path() {
        return path;
    }

    /** The message code when the filing's state does not allow this step. */
    String refusedState() {
        return refusedState;
    }

    /** The step named by a URL's last segment; anything else is not found. */
    public static FilingAction ofPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst()
                .orElseThrow(() -> new NotFoundProblem("filing action", path));
    }
}
