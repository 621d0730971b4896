package org.shuangda.reporting;

/**
 * A round as the caller sees it.
 *
 * @param workingDaysLeft working days after today up to the due date; 0 on the due day, negative when late
 * @param dueText         "还剩3个工作日" / "今天截止" / "已逾期2个工作日" in the caller's language
 * @param locked          whether the caller's own unit can no longer submit
 */
public record RoundView(Round round, long workingDaysLeft, String dueText, boolean locked) {
}
