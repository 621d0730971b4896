package org.shuangda.credit.listings;

/**
 * The grounds of 企业经营异常名录管理办法 (SAMR Order 68, amended by Order 101) art.4–9 (labels
 * {@code listing.ground.NAME}).
 */
public enum AbnormalGround {
    /** 未按规定期限公示年度报告 (by 30 June of the next year), art.6. */
    ANNUAL_REPORT,
    /** 未在责令的期限内公示即时信息 (ordered to publish within 10 days), art.7. */
    INSTANT_INFO,
    /** 未按规定办理名称变更 (ordered to change its name), art.8. */
    NAME_NOT_CHANGED,
    /** 通过登记的住所或者经营场所无法联系 (two registered letters 15–30 days apart, both unsigned), art.9. */
    UNREACHABLE
}
