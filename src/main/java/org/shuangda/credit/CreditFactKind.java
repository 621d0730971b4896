package org.shuangda.credit;

/**
 * What a credit fact records. Labels live in {@code messages/credit*.properties} as {@code credit.fact.NAME}.
 * Listing and removal facts are written by this module's lists; the others arrive as events of the modules that
 * own them.
 */
public enum CreditFactKind {
    /** 行政处罚决定 (general procedure), from {@code cases.PenaltyDecided}. */
    PENALTY,
    /** 列入经营异常名录. */
    ABNORMAL_LISTED,
    /** 移出经营异常名录. */
    ABNORMAL_REMOVED,
    /** 列入严重违法失信名单. */
    SERIOUS_LISTED,
    /** 移出严重违法失信名单. */
    SERIOUS_REMOVED,
    /** 双随机抽查结果 (a finding other than 未发现问题 is negative). */
    INSPECTION_RESULT,
    /** 抽检不合格. */
    SAMPLE_FAILED,
    /** 抽检合格. */
    SAMPLE_PASSED,
    /** 投诉举报经核查属实, from {@code complaints.FilingClosed} with {@code upheld}. */
    COMPLAINT_UPHELD,
    /** 信用修复: a fact's public display ended early on application. */
    RESTORED;

    /** Facts that count against the entity (grades, warnings). */
    public boolean negative() {
        return this != SAMPLE_PASSED && this != ABNORMAL_REMOVED && this != SERIOUS_REMOVED && this != RESTORED;
    }
}
