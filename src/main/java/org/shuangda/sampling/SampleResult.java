package org.shuangda.sampling;

/** A laboratory's conclusion (检验结论) or the final result of a sample: 合格 or 不合格. */
public enum SampleResult {
    PASS,
    FAIL
}
