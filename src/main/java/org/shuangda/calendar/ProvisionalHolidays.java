package org.shuangda.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statutory holiday days of a year as the law fixes them, for years whose State Council arrangement has
 * not been entered yet. Why: the arrangement for next year is published only in November, yet a case clock
 * (90 days) or a seizure (30 + 30) started in autumn runs into it; counting weekends alone there would put
 * 春节 and 国庆 on working days and every such clock days too early. These days are <em>provisional</em>: they
 * hold the 13 statutory days of 《全国年节及纪念日放假办法》 (国务院令第798号, since 2025), but neither the
 * bridging days nor the 调休 make-up working days, which only the notice decides. Every page that counts on
 * them says so ({@link WorkingCalendar#isProvisionalYear}).
 *
 * <ul>
 * <li>元旦 1 Jan, 劳动节 1–2 May, 国庆节 1–3 Oct: fixed dates;</li>
 * <li>春节 (农历除夕, 正月初一至初三), 端午节 (五月初五), 中秋节 (八月十五): from {@code calendar/lunar-festivals.tsv}
 * (2020–2100, computed with ICU4J; sources in the README beside it);</li>
 * <li>清明节: the day of the solar term, by the formula below.</li>
 * </ul>
 */
public final class ProvisionalHolidays {

    /** Years the lunar table covers (清明's formula holds for 2000–2099). */
    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2099;

    private static final Map<Integer, LocalDate[]> LUNAR = load();

    private ProvisionalHolidays() {
    }

    /** The statutory holiday days of {@code year} (empty outside {@link #FIRST_YEAR}–{@link #LAST_YEAR}). */
    public static List<CalendarDay> forYear(int year) {
        LocalDate[] lunar = LUNAR.get(year);
        if (lunar == null || year > LAST_YEAR) {
            return List.of();
        }
        List<CalendarDay> days = new ArrayList<>();
        add(days, LocalDate.of(year, 1, 1), 1, "元旦");
        LocalDate newYear = lunar[0];
        add(days, newYear.minusDays(1), 4, "春节"); // 除夕 and 初一–初三
        add(days, qingming(year), 1, "清明节");
        add(days, LocalDate.of(year, 5, 1), 2, "劳动节");
        add(days, lunar[1], 1, "端午节");
        add(days, LocalDate.of(year, 10, 1), 3, "国庆节");
        LocalDate midAutumn = lunar[2];
        if (midAutumn.getMonthValue() == 10 && midAutumn.getDayOfMonth() <= 3) {
            // falls inside 国庆节 (e.g. 2020, 2028): one day, two names
            days.replaceAll(d -> d.date().equals(midAutumn) ? new CalendarDay(d.date(), d.kind(), "中秋节、国庆节") : d);
        } else {
            add(days, midAutumn, 1, "中秋节");
        }
        return List.copyOf(days);
    }

    /**
     * 清明 (solar longitude 15°) for 2000–2099: day of April = ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋ with Y the last two
     * digits of the year (the 通用寿星公式, exact for this century). Not 2100 and later (different constant).
     */
    public static LocalDate qingming(int year) {
        if (year < 2000 || year > 2099) {
            throw new IllegalArgumentException("清明 is computed for 2000–2099 only, not " + year);
        }
        int y = year % 100;
        int day = (int) Math.floor(y * 0.2422 + 4.81) - y / 4;
        return LocalDate.of(year, 4, day);
    }

    private static void add(List<CalendarDay> days, LocalDate first, int count, String name) {
        for (int i = 0; i < count; i++) {
            days.add(new CalendarDay(first.plusDays(i), DayKind.HOLIDAY, name));
        }
    }

    private static Map<Integer, LocalDate[]> load() {
        try (InputStream in = ProvisionalHolidays.class.getResourceAsStream("/calendar/lunar-festivals.tsv")) {
            if (in == null) {
                throw new IllegalStateException("calendar/lunar-festivals.tsv is not on the classpath");
            }
            Map<Integer, LocalDate[]> years = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                years.put(Integer.parseInt(f[0]), new LocalDate[] {LocalDate.parse(f[1]), LocalDate.parse(f[2]),
                        LocalDate.parse(f[3])});
            }
            return Map.copyOf(years);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
