package org.shuangda.cases;

/** 行政处罚种类 (labels: {@code penalty.kind.NAME}). */
public enum PenaltyKind {
    /** 警告. */
    WARNING,
    /** 通报批评 (行政处罚法 art.9, since 2021). */
    REPRIMAND,
    /** 罚款. */
    FINE,
    /** 没收违法所得. */
    CONFISCATION_OF_GAINS,
    /** 没收非法财物 (侵权商品、工具). */
    CONFISCATION_OF_GOODS,
    /** 责令停产停业. */
    SUSPENSION_OF_BUSINESS,
    /** 吊销许可证照. */
    LICENCE_REVOCATION,
    /** 其他. */
    OTHER
}
