package org.shuangda.inspections.markets;

/** What kind of market (messages {@code markets.kind.NAME}). */
public enum MarketKind {
    /** 批发市场 */
    WHOLESALE,
    /** 集贸市场 */
    BAZAAR,
    /** 商场（购物中心） */
    SHOPPING_CENTRE,
    /** 网络交易平台 */
    ONLINE_PLATFORM
}
