package org.shuangda.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.DeadlineRule;
import java.util.List;
import org.shuangda.calendar.CalendarDay;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar for other systems and for pages: any signed-in user or token may read it. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar 工作日历", description = "Chinese working days: statutory holidays and 调休 make-up workdays")
class CalendarApiController {

    static final int MAX_RANGE_YEARS = 3;
    static final int MAX_DAYS_TO_ADD = 3650;
    /** Dates far outside any clock's life (e.g. year +999999999) would only overflow the date arithmetic. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    static final int MAX_MONTHS_TO_ADD = 1200;
    static final int MAX_HOURS_TO_ADD = 87600;

    /**
     * The answer of {@code /add}: exactly one of the amounts is present.
     *
     * @param from         the start day (not counted)
     * @param workingDays  working days added, if asked for
     * @param naturalDays  natural days added, if asked for
     * @param calendarDays calendar days added, if asked for ({@code rollForward}: moved off a day off)
     * @param rollForward  with {@code calendarDays}: whether a due day off was moved to the next working day
     * @param months       months added, if asked for (a missing day: the month's last day)
     * @param hours        hours added to {@code from} at 00:00, if asked for
     * @param due          the due day
     * @param dueAt        with {@code hours}: the due moment
     */
    record AddedDays(LocalDate from, Integer workingDays, Integer naturalDays, Integer calendarDays,
            Boolean rollForward, Integer months, Integer hours, LocalDate due, LocalDateTime dueAt) {
    }

    private final WorkingCalendar calendar;

    CalendarApiController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/days")
    @Operation(summary = "Every date of a range with its kind",
            description = "One entry per date from `from` to `to` (both included, at most 3 years): kind WORKDAY, "
                    + "WEEKEND, HOLIDAY (法定节假日) or MAKEUP_WORKDAY (调休上班); holidays and make-up workdays carry "
                    + "the holiday's name. Years whose arrangement has not been entered (last year to the year after "
                    + "next) hold only the 13 provisional statutory holiday days, no 调休; later ones weekends only.")
    List<CalendarDay> days(
            @Parameter(description = "First date, ISO format", example = "2024-10-01")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last date (included), ISO format, not before `from`, at most 3 years after it",
                    example = "2024-10-31")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        requirePlausibleYear("from", from);
        requirePlausibleYear("to", to);
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "calendar.error.toBeforeFrom");
        }
        if (to.isAfter(from.plusYears(MAX_RANGE_YEARS))) {
            throw new InvalidInput("to", "calendar.error.rangeTooLong", MAX_RANGE_YEARS);
        }
        return calendar.days(from, to);
    }

    @GetMapping("/add")
    @Operation(summary = "The due day of a period",
            description = "`workingDays`: the n-th working day after `from` (the start day is not counted; 0 gives "
                    + "`from`). `naturalDays` instead: `from` plus n days, moved to the next working day when that "
                    + "day is a holiday or weekend day off (期间届满的最后一日为法定节假日的,以其后第一日为届满日期). "
                    + "`calendarDays` instead: `from` plus n days, moved off a day off only with `rollForward=true` "
                    + "(产品质量监督抽查管理暂行办法 art.55). `months`: the same day n months later, the month's last "
                    + "day when it has none (民法典 art.202). `hours`: `from` 00:00 plus n hours (`dueAt`). Give exactly "
                    + "one amount: days 0–3650, months 0–1200, hours 0–87600.")
    AddedDays add(
            @Parameter(description = "Start day (not counted), ISO format", example = "2024-09-27")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Working days to add, 0–3650", example = "15")
            @RequestParam(required = false) Integer workingDays,
            @Parameter(description = "Natural days to add instead, 0–3650", example = "30")
            @RequestParam(required = false) Integer naturalDays,
            @Parameter(description = "Calendar days to add instead, 0–3650", example = "20")
            @RequestParam(required = false) Integer calendarDays,
            @Parameter(description = "With calendarDays: move a due day off to the next working day")
            @RequestParam(required = false) Boolean rollForward,
            @Parameter(description = "Months to add instead, 0–1200", example = "1")
            @RequestParam(required = false) Integer months,
            @Parameter(description = "Hours to add instead, 0–87600", example = "24")
            @RequestParam(required = false) Integer hours) throws MissingServletRequestParameterException {
        requirePlausibleYear("from", from);
        Map<String, Integer> given = new LinkedHashMap<>();
        given.put("workingDays", workingDays);
        given.put("naturalDays", naturalDays);
        given.put("calendarDays", calendarDays);
        given.put("months", months);
        given.put("hours", hours);
        given.values().removeIf(java.util.Objects::isNull);
        if (given.isEmpty()) {
            throw new MissingServletRequestParameterException("workingDays", "Integer");
        }
        if (given.size() > 1) {
            throw new InvalidInput(given.keySet().stream().skip(1).findFirst().orElseThrow(),
                    given.size() == 2 && workingDays != null && naturalDays != null
                            ? "calendar.error.workingOrNatural" : "calendar.error.oneAmount");
        }
        if (rollForward != null && calendarDays == null) {
            throw new InvalidInput("rollForward", "calendar.error.rollForwardWithoutCalendarDays");
        }
        String field = given.keySet().iterator().next();
        int n = given.get(field);
        int max = switch (field) {
            case "months" -> MAX_MONTHS_TO_ADD;
            case "hours" -> MAX_HOURS_TO_ADD;
            default -> MAX_DAYS_TO_ADD;
        };
        if (n < 0 || n > max) {
            throw new InvalidInput(field, max == MAX_DAYS_TO_ADD ? "calendar.error.daysRange" : "calendar.error.amountRange",
                    0, max);
        }
        LocalDate due;
        LocalDateTime dueAt = null;
        switch (field) {
            case "workingDays" -> due = calendar.addWorkingDays(from, n);
            case "naturalDays" -> due = calendar.addNaturalDays(from, n);
            case "calendarDays" -> due = Boolean.TRUE.equals(rollForward) ? calendar.addNaturalDays(from, n)
                    : from.plusDays(n);
            case "months" -> due = from.plusMonths(n);
            default -> {
                // one engine: the same Deadline arithmetic as every clock with an hour rule
                dueAt = n == 0 ? from.atStartOfDay()
                        : Deadline.startingAt(from.atStartOfDay(), DeadlineRule.hours(n)).due(calendar).orElseThrow();
                due = dueAt.toLocalDate();
            }
        }
        return new AddedDays(from, workingDays, naturalDays, calendarDays,
                calendarDays != null ? Boolean.TRUE.equals(rollForward) : null, months, hours, due, dueAt);
    }

    private static void requirePlausibleYear(String field, LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidInput(field, "calendar.error.yearRange", FIRST_YEAR, LAST_YEAR);
        }
    }
}
