package org.shuangda.calendar.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.CalendarDay;
import org.shuangda.calendar.DayKind;

/**
 * One holiday arrangement as the State Council notice words it: "国庆节:10月1日至7日放假调休,共7天。9月29日(周日)、
 * 10月12日(周六)上班。"
 *
 * @param name         the holiday
 * @param firstDayOff  first holiday day, null if only make-up days are listed (a period split over two years)
 * @param lastDayOff   last holiday day, null likewise
 * @param daysOff      number of holiday days
 * @param makeupDays   the make-up workdays of the period
 */
record HolidayPeriod(String name, LocalDate firstDayOff, LocalDate lastDayOff, int daysOff, List<LocalDate> makeupDays) {

    /** Days of the same name further apart than this belong to different periods (元旦 in January and December). */
    private static final int MAX_GAP_DAYS = 31;

    /** The periods of the given special days, in the order of their first day. */
    static List<HolidayPeriod> of(List<CalendarDay> specialDays) {
        Map<String, List<List<CalendarDay>>> byName = new LinkedHashMap<>();
        specialDays.stream().filter(d -> d.kind().isSpecial()).sorted(Comparator.comparing(CalendarDay::date))
                .forEach(day -> {
                    List<List<CalendarDay>> clusters = byName.computeIfAbsent(day.name(), n -> new ArrayList<>());
                    List<CalendarDay> last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
                    if (last == null || ChronoUnit.DAYS.between(last.get(last.size() - 1).date(), day.date())
                            > MAX_GAP_DAYS) {
                        last = new ArrayList<>();
                        clusters.add(last);
                    }
                    last.add(day);
                });
        return byName.values().stream().flatMap(List::stream).map(HolidayPeriod::ofCluster)
                .sorted(Comparator.comparing(HolidayPeriod::firstDay)).toList();
    }

    private static HolidayPeriod ofCluster(List<CalendarDay> days) {
        List<LocalDate> off = days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).map(CalendarDay::date).toList();
        List<LocalDate> makeup = days.stream().filter(d -> d.kind() == DayKind.MAKEUP_WORKDAY)
                .map(CalendarDay::date).toList();
        return new HolidayPeriod(days.get(0).name(), off.isEmpty() ? null : off.get(0),
                off.isEmpty() ? null : off.get(off.size() - 1), off.size(), makeup);
    }

    LocalDate firstDay() {
        LocalDate firstMakeup = makeupDays.isEmpty() ? null : makeupDays.get(0);
        if (firstDayOff == null) {
            return firstMakeup;
        }
        return firstMakeup != null && firstMakeup.isBefore(firstDayOff) ? firstMakeup : firstDayOff;
    }
}
