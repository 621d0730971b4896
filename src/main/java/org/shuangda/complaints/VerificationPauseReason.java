package org.shuangda.complaints;

/**
 * Why a tip's verification clock stands still (labels {@code filing.pause.NAME}): the time these take is not
 * counted (《市场监督管理行政处罚程序规定》第十八条第二款; the rulebook's {@code tip.verification} names them too).
 */
public enum VerificationPauseReason {
    /** 检测. */
    TESTING,
    /** 检验. */
    INSPECTION,
    /** 检疫. */
    QUARANTINE,
    /** 鉴定. */
    APPRAISAL,
    /** 专家评审. */
    EXPERT_REVIEW,
    /** 权利人辨认或者鉴别. */
    RIGHTS_HOLDER_IDENTIFICATION
}
