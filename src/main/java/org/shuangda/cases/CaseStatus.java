package org.shuangda.cases;

/**
 * Where a case stands: 立案 → 调查取证 → 告知/听证 → 处罚决定 → 执行 → 结案, or 不予处罚 / 撤销立案, or 移送公安.
 * Transitions are the guarded methods of {@link EnforcementCase}.
 */
public enum CaseStatus {
    /** 立案. */
    REGISTERED,
    /** 调查取证. */
    INVESTIGATING,
    /** 告知/听证: the party was told of the intended penalty (and may ask for a hearing). */
    NOTIFIED,
    /** 处罚决定. */
    DECIDED,
    /** 不予处罚. */
    NO_PENALTY,
    /** 撤销立案. */
    REVOKED,
    /** 执行. */
    EXECUTING,
    /** 结案. */
    CLOSED,
    /** 移送公安 (pending or accepted); the decision clock stands still. */
    TRANSFERRED;

    /** Whether the administrative decision is still to be taken (the decision clock runs or is paused). */
    public boolean awaitsDecision() {
        return this == REGISTERED || this == INVESTIGATING || this == NOTIFIED || this == TRANSFERRED;
    }

    public boolean isFinal() {
        return this == CLOSED || this == REVOKED;
    }
}
