package org.shuangda.cases.transfer;

import org.shuangda.shared.Permission;

/**
 * The steps people take on a transfer, each with the permission it needs and whose scope must reach the
 * agency's case ({@link #onAgencySide()}) or the police unit addressed. Labels: {@code transfer.action.NAME}.
 */
public enum TransferAction {
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

    public Permission permission() {
        return permission;
    }

    public boolean onAgencySide() {
        return agencySide;
    }

    /** Whether this action is possible in {@code status} (the aggregate has the last word; this drives buttons). */
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
