package org.shuangda.credit.listings;

/** The two lists (labels {@code listing.kind.NAME}). */
public enum ListKind {
    /** 经营异常名录 (企业经营异常名录管理办法, SAMR Order 68). */
    ABNORMAL,
    /** 严重违法失信名单 (市场监督管理严重违法失信名单管理办法, SAMR Order 44). */
    SERIOUS
}
