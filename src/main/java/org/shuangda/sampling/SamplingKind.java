package org.shuangda.sampling;

/**
 * What a plan samples and under which rules (labels {@code sampling.kind.NAME}): food safety sampling (食品安全抽样检验管理办法,
 * working days), product-quality supervision sampling (产品质量监督抽查管理暂行办法, calendar days rolling forward, art.55) and
 * agricultural inputs such as seeds (the food periods until a province enters its own).
 */
public enum SamplingKind {
    FOOD,
    PRODUCT_QUALITY,
    AGRICULTURAL_INPUT
}
