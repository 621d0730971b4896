package org.shuangda.campaigns;

/** 未开始 / 进行中 / 已完成 / 逾期 — computed from progress, completion and the due date. Labels: {@code task.status.NAME}. */
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    OVERDUE
}
