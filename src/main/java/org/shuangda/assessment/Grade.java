package org.shuangda.assessment;

/** 考核等次: A 优秀, B 良好, C 合格, D 不合格 (a veto makes it D whatever the score). Labels {@code assessment.grade.NAME}. */
public enum Grade {
    A,
    B,
    C,
    D
}
