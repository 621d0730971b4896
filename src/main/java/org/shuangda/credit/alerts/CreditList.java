package org.shuangda.credit.alerts;

import org.shuangda.credit.CreditFactKind;

/** The two blacklists a measure applies to; labels {@code credit.alerts.list.NAME}. */
public enum CreditList {
    /** 严重违法失信名单 (SAMR Order 44). */
    SERIOUS(CreditFactKind.SERIOUS_LISTED, CreditFactKind.SERIOUS_REMOVED),
    /** 经营异常名录 (企业经营异常名录管理办法). */
    ABNORMAL(CreditFactKind.ABNORMAL_LISTED, CreditFactKind.ABNORMAL_REMOVED);

    private final CreditFactKind listed;
    private final CreditFactKind removed;

    CreditList(CreditFactKind listed, CreditFactKind removed) {
        this.listed = listed;
        this.removed = removed;
    }

    public CreditFactKind listed() {
        return listed;
    }

    public CreditFactKind removed() {
        return removed;
    }

    static CreditList ofListed(String factKind) {
        for (CreditList l : values()) {
            if (l.listed.name().equals(factKind)) {
                return l;
            }
        }
        throw new IllegalArgumentException(factKind);
    }
}
