package org.shuangda.shared;

import java.time.LocalDate;

/**
 * One line of a user's to-do list on the home page ("第二次数据报送 截止 1月7日（还剩2个工作日）").
 *
 * @param title   what to do
 * @param detail  a short second line (deadline, unit), may be null
 * @param href    where the work is done (a page the user may open)
 * @param due     deadline, may be null
 * @param overdue past its deadline
 * @param state   a short state shown as a badge beside the title ("已退回", "逾期1个工作日", "待审核"), may be null
 */
public record TodoItem(String title, String detail, String href, LocalDate due, boolean overdue, String state) {

    public TodoItem(String title, String detail, String href, LocalDate due, boolean overdue) {
        this(title, detail, href, due, overdue, null);
    }
}
