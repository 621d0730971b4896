package org.shuangda.shared;

import java.time.LocalDate;

/**
 * One line of a user's to-do list on the home page ("第二次数据报送 截止 1月7日 (还剩2个工作日)").
 *
 * @param title   what to do
 * @param detail  a short second line (deadline, unit), may be null
 * @param href    where the work is done
 * @param due     deadline, may be null
 * @param overdue past its deadline
 */
public record TodoItem(String title, String detail, String href, LocalDate due, boolean overdue) {
}
