package org.shuangda.cases;

/** 案件类别 (labels in messages: {@code case.category.NAME}). */
public enum CaseCategory {
    /** 商标侵权. */
    TRADEMARK,
    /** 假冒专利. */
    PATENT,
    /** 著作权. */
    COPYRIGHT,
    /** 植物新品种. */
    PLANT_VARIETY,
    /** 地理标志. */
    GEOGRAPHICAL_INDICATION,
    /** 假冒伪劣商品. */
    COUNTERFEIT_GOODS,
    /** 假劣药品. */
    FAKE_MEDICINE,
    /** 种子. */
    SEEDS,
    /** 食品. */
    FOOD,
    /** 其他. */
    OTHER
}
