package org.shuangda.cases.transfer;

/**
 * Where a transfer of a suspected crime to the police (移送) stands. Labels: {@code transfer.status.NAME}.
 * The order follows 《行政执法机关移送涉嫌犯罪案件的规定》 (国务院令第310号): the head approves, the agency hands
 * the package over, the police accept it and decide on 立案; a refusal may be reconsidered; the police may send
 * the case back for administrative penalty (反向移送).
 */
public enum TransferStatus {
    /** 拟移送: the officer proposed it, the head has not decided. */
    PROPOSED,
    /** 不批准移送: the head refused; the case continues as an administrative case. */
    DECLINED,
    /** 批准移送: to be handed over within 24 hours. */
    APPROVED,
    /** 已移送: the package is with the police, who decide on 受理. */
    HANDED_OVER,
    /** 已受理: the police decide on 立案. */
    ACCEPTED,
    /** 不予受理. */
    NOT_ACCEPTED,
    /** 已立案 (criminal case opened). */
    FILED,
    /** 不予立案. */
    NOT_FILED,
    /** 复议中: the agency asked the police to reconsider a refusal. */
    RECONSIDERING,
    /** 反向移送: sent back to the agency for administrative penalty. */
    RETURNED;

    /** Whether the police hold the case (the agency waits). */
    public boolean withPolice() {
        return this == HANDED_OVER || this == ACCEPTED || this == FILED || this == RECONSIDERING;
    }

    /** Whether the package has gone to the police (they hold it, decided on it or sent it back). */
    public boolean packageSent() {
        return this != PROPOSED && this != APPROVED && this != DECLINED;
    }

    /** A refusal by the police that the agency may ask to reconsider. */
    public boolean isRefusal() {
        return this == NOT_ACCEPTED || this == NOT_FILED;
    }
}
