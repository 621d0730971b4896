package org.shuangda.cases;

/** Why a clue's or case's clock stands still (labels: {@code clock.pause.NAME}). */
public enum PauseReason {
    /** 检测. */
    TESTING,
    /** 鉴定. */
    APPRAISAL,
    /** 权利人辨认/鉴别. */
    RIGHTS_HOLDER_IDENTIFICATION,
    /** 中止. */
    SUSPENSION,
    /** 听证. */
    HEARING,
    /** 公告/告知期. */
    NOTICE_PERIOD,
    /** 移送公安 (set and lifted by the transfer steps). */
    TRANSFER;

    /** The reasons a clue's verification clock accepts. */
    public boolean appliesToClues() {
        return this == TESTING || this == APPRAISAL || this == RIGHTS_HOLDER_IDENTIFICATION;
    }
}
