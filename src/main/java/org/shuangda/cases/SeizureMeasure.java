package org.shuangda.cases;

/** 查封 (sealed where they are) or 扣押 (taken away): 行政强制法 第九条. Labels: {@code seizure.measure.NAME}. */
public enum SeizureMeasure {
    SEAL, DETAIN
}
