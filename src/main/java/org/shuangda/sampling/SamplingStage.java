package org.shuangda.sampling;

/** Where in the chain a sample is taken (labels {@code sampling.stage.NAME}): 生产, 流通, 餐饮, 网络. */
public enum SamplingStage {
    PRODUCTION,
    CIRCULATION,
    CATERING,
    ONLINE
}
