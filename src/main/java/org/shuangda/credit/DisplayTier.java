package org.shuangda.credit;

/**
 * How long a fact is shown publicly (市场监督管理信用修复管理办法, SAMR Order 107, art.7–10). Labels in
 * {@code credit.tier.NAME}.
 */
public enum DisplayTier {
    /** Never shown (a warning-only penalty, facts that are not public). */
    NOT_SHOWN,
    /** 轻微: shown 3 months, no restoration (art.7, art.10). */
    MINOR,
    /** 一般: 3 months to 1 year; restoration on application after 3 months (art.9). */
    GENERAL,
    /** 严重: 1 to 3 years; restoration after 1 year, none for revocation-type penalties (art.8). */
    SERIOUS
}
