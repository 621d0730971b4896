package org.shuangda.cases;

/** 核查中, 已立案, 不予立案. */
public enum ClueStatus {
    VERIFYING,
    CASE_OPENED,
    NOT_OPENED
}
