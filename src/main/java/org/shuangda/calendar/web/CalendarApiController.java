package org.shuangda.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
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

    /**
     * The answer of {@code /add}: exactly one of {@code workingDays} and {@code naturalDays} is present.
     *
     * @param from        the start day (not counted)
     * @param workingDays working days added, if asked for
     * @param naturalDays natural days added, if asked for
     * @param due         the due day
     */
    record AddedDays(LocalDate from, Integer workingDays, Integer naturalDays, LocalDate due) {
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
                    + "Give exactly one of the two, from 0 to 3650.")
    AddedDays add(
            @Parameter(description = "Start day (not counted), ISO format", example = "2024-09-27")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Working days to add, 0–3650", example = "15")
            @RequestParam(required = false) Integer workingDays,
            @Parameter(description = "Natural days to add instead, 0–3650", example = "30")
            @RequestParam(required = false) Integer naturalDays) throws MissingServletRequestParameterException {
        requirePlausibleYear("from", from);
        if (workingDays == null && naturalDays == null) {
            throw new MissingServletRequestParameterException("workingDays", "Integer");
        }
        if (workingDays != null && naturalDays != null) {
            throw new InvalidInput("naturalDays", "calendar.error.workingOrNatural");
        }
        String field = workingDays != null ? "workingDays" : "naturalDays";
        int n = workingDays != null ? workingDays : naturalDays;
        if (n < 0 || n > MAX_DAYS_TO_ADD) {
            throw new InvalidInput(field, "calendar.error.daysRange", 0, MAX_DAYS_TO_ADD);
        }
        LocalDate due = workingDays != null ? calendar.addWorkingDays(from, n) : calendar.addNaturalDays(from, n);
        return new AddedDays(from, workingDays, naturalDays, due);
    }

    private static void requirePlausibleYear(String field, LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidInput(field, "calendar.error.yearRange", FIRST_YEAR, LAST_YEAR);
        }
    }
}
