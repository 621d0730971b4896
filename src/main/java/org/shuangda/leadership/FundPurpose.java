package org.shuangda.leadership;

/** What campaign money is for (宣传, 执法装备, 检验检测, 奖励, 软件正版化, 办案, 其他). */
public enum FundPurpose {
    PUBLICITY,
    EQUIPMENT,
    TESTING,
    REWARDS,
    SOFTWARE,
    CASE_HANDLING,
    OTHER
}
