package org.shuangda.inspections.draw;

/**
 * The national result categories of random inspections (国家企业信用信息公示系统 抽查结果), labels
 * {@code inspection.result.code.NAME}. {@link #UNREACHABLE} is the 无法联系 that may ground an 经营异常名录 listing
 * (企业公示信息抽查办法 art.14).
 */
public enum ResultCode {
    NO_PROBLEM,
    CORRECTED,
    NOT_PUBLISHED,
    FALSE_PUBLICATION,
    UNREACHABLE,
    REFUSED_INSPECTION,
    NO_SUCH_ACTIVITY,
    CLOSED,
    FOLLOW_UP;

    /** A result that counts against the entity in its credit record. */
    public boolean negative() {
        return this != NO_PROBLEM && this != NO_SUCH_ACTIVITY;
    }
}
