package org.shuangda.cases;

import static org.shuangda.cases.CaseStatus.CLOSED;
import static org.shuangda.cases.CaseStatus.DECIDED;
import static org.shuangda.cases.CaseStatus.EXECUTING;
import static org.shuangda.cases.CaseStatus.INVESTIGATING;
import static org.shuangda.cases.CaseStatus.NOTIFIED;
import static org.shuangda.cases.CaseStatus.REGISTERED;
import static org.shuangda.cases.CaseStatus.REVOKED;
import static org.shuangda.cases.CaseStatus.TRANSFERRED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.shuangda.shared.Permission;

/**
 * Every step of a case, declared once: the statuses it is possible from (else the refusal {@code case.refused.*}),
 * the further condition on the case's clocks, seizure, supervision or a pending transfer decision (no 作出处罚决定
 * while a criminal threshold is met and the transfer is not decided), the status it leads to, the permission it
 * needs. {@link EnforcementCase}'s guarded methods check it; the case page shows a button for each step
 * {@link #possibleIn} the case's state, in this order, and posts it to {@code /cases/{id}/{slug}}. The last three
 * are taken by the transfer code ({@link Cases}' transfer contract), not from the case page.
 *
 * <pre>
 * REGISTERED ─INVESTIGATE→ INVESTIGATING ─NOTIFY→ NOTIFIED ─DECIDE→ DECIDED ─EXECUTE→ EXECUTING ─CLOSE→ CLOSED
 *                          INVESTIGATING ─DECIDE (简易程序)→ DECIDED
 * INVESTIGATING / NOTIFIED ─NO_PENALTY→ NO_PENALTY ─CLOSE→ CLOSED
 * REGISTERED / INVESTIGATING ─REVOKE→ REVOKED
 * REGISTERED / INVESTIGATING / NOTIFIED ─TRANSFER_TO_POLICE→ TRANSFERRED ─RETURN_FROM_POLICE→ INVESTIGATING
 *                                                                        TRANSFERRED ─CLOSE_AFTER_TRANSFER→ CLOSED
 * </pre>
 */
public enum CaseAction implements RefusableAction<CaseState> {

    /** 更正案件信息: the details may change until the decision. */
    CORRECT("edit", Permission.CASE_HANDLE, null, "case.refused.notEditable", States.EDITABLE),
    INVESTIGATE("investigate", Permission.CASE_HANDLE, INVESTIGATING, "case.refused.notRegistered", REGISTERED),
    NOTIFY("notify", Permission.CASE_HANDLE, NOTIFIED, "case.refused.notInvestigating", INVESTIGATING),
    EXECUTE("execute", Permission.CASE_HANDLE, EXECUTING, "case.refused.notDecided", DECIDED),
    /** From 告知/听证, or straight from 调查取证 under the simple procedure (the decision says which). */
    DECIDE("decide", Permission.CASE_HANDLE, DECIDED, "case.refused.notNotified", INVESTIGATING, NOTIFIED),
    NO_PENALTY("no-penalty", Permission.CASE_HANDLE, CaseStatus.NO_PENALTY, "case.refused.notInvestigatingOrNotified",
            INVESTIGATING, NOTIFIED),
    REVOKE("revoke", Permission.CASE_HANDLE, REVOKED, "case.refused.notRevocable", REGISTERED, INVESTIGATING),
    CLOSE("close", Permission.CASE_HANDLE, CLOSED, "case.refused.notClosable", EXECUTING, CaseStatus.NO_PENALTY),
    /** 中止 the decision clock (not for a transfer: the transfer steps stop and restart it). */
    PAUSE("pause", Permission.CASE_HANDLE, null, "case.refused.noDecisionPending", States.EDITABLE),
    RESUME("resume", Permission.CASE_HANDLE, null, "case.refused.noDecisionPending", States.EDITABLE),
    SEIZE("seize", Permission.CASE_HANDLE, null, "case.refused.notEditable", States.EDITABLE),
    RELEASE("release", Permission.CASE_HANDLE, null, "case.refused.noSeizure", States.ALL),
    PROGRESS("progress", Permission.CASE_HANDLE, null, "case.refused.notSupervised", States.ALL),
    /** +30 days; a further extension needs the recorded collective decision. */
    EXTEND("extend", Permission.CASE_APPROVE, null, "case.refused.noDecisionPending", States.EDITABLE),
    EXTEND_SEIZURE("extend-seizure", Permission.CASE_APPROVE, null, "case.refused.noSeizure", States.ALL),
    SUPERVISE("supervise", Permission.CASE_SUPERVISE, null, "case.refused.notEditable", States.OPEN),
    END_SUPERVISION("end-supervision", Permission.CASE_SUPERVISE, null, "case.refused.notEditable", States.OPEN),
    /** 移送公安: the decision clock stops. */
    TRANSFER_TO_POLICE(null, Permission.CASE_HANDLE, TRANSFERRED, "case.refused.notTransferable", States.EDITABLE),
    /** 反向移送 or the police declined: the decision clock runs again. */
    RETURN_FROM_POLICE(null, Permission.CASE_HANDLE, INVESTIGATING, "case.refused.notTransferred", TRANSFERRED),
    /** The police opened a criminal case and nothing administrative is left. */
    CLOSE_AFTER_TRANSFER(null, Permission.CASE_HANDLE, CLOSED, "case.refused.notTransferred", TRANSFERRED);

    /** Sets of statuses several steps share. */
    private static final class States {
        static final CaseStatus[] EDITABLE = {REGISTERED, INVESTIGATING, NOTIFIED};
        static final CaseStatus[] OPEN = Arrays.stream(CaseStatus.values()).filter(s -> !s.isFinal())
                .toArray(CaseStatus[]::new);
        static final CaseStatus[] ALL = CaseStatus.values();
    }

    private final String slug;
    private final Permission permission;
    private final CaseStatus target;
    private final String refusal;
    private final Set<CaseStatus> from;

    CaseAction(String slug, Permission permission, CaseStatus target, String refusal, CaseStatus... from) {
        this.slug = slug;
        this.permission = permission;
        this.target = target;
        this.refusal = refusal;
        this.from = EnumSet.copyOf(Arrays.asList(from));
    }

    /** The step's name in page URLs and labels ({@code case.action.SLUG}); null for the transfer's steps. */
    public String slug() {
        return slug;
    }

    @Override
    public Permission permission() {
        return permission;
    }

    /** The status the step leads to; null for a step that keeps it (clocks, seizure, supervision, correction). */
    public CaseStatus target() {
        return target;
    }

    /** Whether the case page offers the step (the transfer code takes the others). */
    public boolean onCasePage() {
        return slug != null;
    }

    @Override
    public String refusalIn(CaseState state) {
        if (!from.contains(state.status())) {
            return refusal;
        }
        return switch (this) {
            case DECIDE -> state.transferUndecided() ? "case.refused.transferUndecided" : null;
            case PAUSE -> state.clockPaused() ? "clock.refused.alreadyPaused" : null;
            case RESUME -> state.clockPaused() ? null : "clock.refused.notPaused";
            case SEIZE -> state.goodsHeld() ? "case.refused.seizureRunning" : null;
            case RELEASE -> state.goodsHeld() ? null : "case.refused.noSeizure";
            case EXTEND_SEIZURE -> !state.goodsHeld() ? "case.refused.noSeizure"
                    : state.seizureExtended() ? "case.refused.seizureExtended" : null;
            case PROGRESS, END_SUPERVISION -> state.supervised() ? null : "case.refused.notSupervised";
            case SUPERVISE -> state.supervised() ? "case.refused.supervised" : null;
            default -> null;
        };
    }

    public static Optional<CaseAction> bySlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.onCasePage() && a.slug.equals(slug)).findFirst();
    }
}
