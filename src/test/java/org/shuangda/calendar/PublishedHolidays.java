package org.shuangda.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** The rules built from the shipped {@code holidays.csv}, without a database: what the migration loads. */
final class PublishedHolidays {

    private static final CalendarRules RULES = load();

    private PublishedHolidays() {
    }

    static CalendarRules rules() {
        return RULES;
    }

    private static CalendarRules load() {
        InputStream in = PublishedHolidays.class.getClassLoader().getResourceAsStream("db/calendar/holidays.csv");
        if (in == null) {
            throw new IllegalStateException("holidays.csv is not on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<CalendarDay> days = reader.lines().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split(",", 3))
                    .map(f -> new CalendarDay(LocalDate.parse(f[0]), DayKind.valueOf(f[1]), f[2]))
                    .toList();
            return CalendarRules.of(days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
