package org.shuangda.cases.transfer;

import org.shuangda.shared.LifecycleAction;
import org.shuangda.shared.Permission;

/**
 * The steps people take on a transfer, declared once: the states each is possible from, the permission it
 * needs and whose scope must reach the agency's case ({@link #onAgencySide()}) or the police unit addressed.
 * {@link Transfer}'s guarded methods consult {@link #possibleIn}; the buttons and the API's {@code actions}
 * come from it too. Labels: {@code transfer.action.NAME}.
 */
public enum TransferAction implements LifecycleAction<TransferStatus> {
    APPROVE(Permission.CASE_APPROVE, true),
    DECLINE(Permission.CASE_APPROVE, true),
    HAND_OVER(Permission.CASE_HANDLE, true),
    ACCEPT(Permission.TRANSFER_RECEIVE, false),
    REFUSE_ACCEPTANCE(Permission.TRANSFER_RECEIVE, false),
    FILE(Permission.TRANSFER_RECEIVE, false),
    REFUSE_FILING(Permission.TRANSFER_RECEIVE, false),
    REQUEST_RECONSIDERATION(Permission.CASE_HANDLE, true),
    REVERSE_ON_RECONSIDERATION(Permission.TRANSFER_RECEIVE, false),
    UPHOLD_ON_RECONSIDERATION(Permission.TRANSFER_RECEIVE, false),
    RETURN_FOR_PENALTY(Permission.TRANSFER_RECEIVE, false),
    NOTICE_PARTY(Permission.CASE_HANDLE, true);

    private final Permission permission;
    private final boolean agencySide;

    TransferAction(Permission permission, boolean agencySide) {
        this.permission = permission;
        this.agencySide = agencySide;
    }

    @Override
    public Permission permission() {
        return permission;
    }

    public boolean onAgencySide() {
        return agencySide;
    }

    /** The head's decision on the proposal: not for one of the case's own 承办人 (issue 13). */
    public boolean approves() {
        return permission == Permission.CASE_APPROVE;
    }

    /** A step that says no (decline, refuse, uphold a refusal): its button is drawn as a warning. */
    public boolean refuses() {
        return this == DECLINE || this == REFUSE_ACCEPTANCE || this == REFUSE_FILING
                || this == UPHOLD_ON_RECONSIDERATION;
    }

    /** Whether this step is possible in {@code status} (the aggregate adds the rules beyond the state). */
    @Override
    public boolean possibleIn(TransferStatus status) {
        return switch (this) {
            case APPROVE, DECLINE -> status == TransferStatus.PROPOSED;
            case HAND_OVER -> status == TransferStatus.APPROVED;
            case ACCEPT, REFUSE_ACCEPTANCE -> status == TransferStatus.HANDED_OVER;
            case FILE, REFUSE_FILING -> status == TransferStatus.ACCEPTED;
            case REQUEST_RECONSIDERATION -> status.isRefusal();
            case REVERSE_ON_RECONSIDERATION, UPHOLD_ON_RECONSIDERATION -> status == TransferStatus.RECONSIDERING;
            case RETURN_FOR_PENALTY -> status.isRefusal() || status == TransferStatus.FILED;
            case NOTICE_PARTY -> status == TransferStatus.RETURNED;
        };
    }
}
