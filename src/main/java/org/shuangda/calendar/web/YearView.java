package org.shuangda.calendar.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shuangda.calendar.CalendarDay;
import org.shuangda.calendar.DayKind;
import org.shuangda.calendar.WorkingCalendar;

/** A year at a glance: twelve month grids of weeks, Monday first as Chinese calendars print them. */
final class YearView {

    /**
     * One square of a month grid.
     *
     * @param date  null for the padding before the 1st and after the last day
     * @param kind  the day's kind (null for padding)
     * @param name  the holiday's name, if any
     * @param today whether it is today in Beijing
     */
    record Cell(LocalDate date, DayKind kind, String name, boolean today) {

        static final Cell EMPTY = new Cell(null, null, null, false);

        /** The CSS classes of the square (sd-cal-* in calendar.css). */
        public String cssClass() {
            if (date == null) {
                return "sd-cal-empty";
            }
            String kindClass = switch (kind) {
                case HOLIDAY -> "sd-cal-holiday";
                case MAKEUP_WORKDAY -> "sd-cal-makeup";
                case WEEKEND -> "sd-cal-weekend";
                case WORKDAY -> "sd-cal-workday";
            };
            return today ? kindClass + " sd-cal-today" : kindClass;
        }
    }

    record MonthGrid(YearMonth month, List<List<Cell>> weeks) {
    }

    private YearView() {
    }

    static List<MonthGrid> months(int year, WorkingCalendar calendar, LocalDate today) {
        Map<LocalDate, CalendarDay> days = calendar.days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .stream().collect(Collectors.toMap(CalendarDay::date, Function.identity()));
        List<MonthGrid> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(month(YearMonth.of(year, m), days, today));
        }
        return months;
    }

    private static MonthGrid month(YearMonth month, Map<LocalDate, CalendarDay> days, LocalDate today) {
        List<Cell> cells = new ArrayList<>();
        int padding = month.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < padding; i++) {
            cells.add(Cell.EMPTY);
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            CalendarDay day = days.get(month.atDay(d));
            cells.add(new Cell(day.date(), day.kind(), day.name(), day.date().equals(today)));
        }
        while (cells.size() % 7 != 0) {
            cells.add(Cell.EMPTY);
        }
        List<List<Cell>> weeks = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += 7) {
            weeks.add(List.copyOf(cells.subList(i, i + 7)));
        }
        return new MonthGrid(month, weeks);
    }
}
