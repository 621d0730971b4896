package org.shuangda.calendar.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.shuangda.calendar.CalendarDay;
import org.shuangda.calendar.CalendarRules;
import org.shuangda.calendar.DayByDayReference;
import org.shuangda.calendar.DayKind;

/**
 * Issue 11: the working-day arithmetic before (walking the days, {@link DayByDayReference}) and after
 * ({@link CalendarRules}, by whole weeks and the special days), in one run, on the shipped holidays. No JMH:
 * each figure is the median of 5 rounds, a round being as many calls as fill about 0.5 s (at least one),
 * after a warm-up of the same. Run with {@code bench/calendar/run.sh}; not a test (no timed assertions).
 */
public final class WorkingDayBench {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static volatile long sink;

    private WorkingDayBench() {
    }

    interface Call {
        long run();
    }

    public static void main(String[] args) throws IOException {
        CalendarRules rules = CalendarRules.of(holidays());
        DayByDayReference old = new DayByDayReference(rules);
        System.out.printf("%s, %d special days, Java %s, %d cores%n", "holidays.csv", rules.specialDays().size(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf("%-28s %16s %16s %10s%n", "call", "old ns/call", "new ns/call", "old ÷ new");
        for (int years : new int[] {1, 100, 10_000}) {
            LocalDate to = FROM.plusYears(years);
            int n = rules.workingDaysBetween(FROM, to);
            if (n != old.workingDaysBetween(FROM, to) || !rules.addWorkingDays(FROM, n).equals(old.addWorkingDays(FROM, n))) {
                throw new IllegalStateException("old and new differ over " + years + " years");
            }
            row("workingDaysBetween " + years + " y", () -> old.workingDaysBetween(FROM, to),
                    () -> rules.workingDaysBetween(FROM, to));
            row("addWorkingDays " + n, () -> old.addWorkingDays(FROM, n).toEpochDay(),
                    () -> rules.addWorkingDays(FROM, n).toEpochDay());
        }
    }

    private static void row(String name, Call old, Call fresh) {
        double before = nanosPerCall(old);
        double after = nanosPerCall(fresh);
        System.out.printf("%-28s %16s %16s %10s%n", name, format(before), format(after), format(before / after) + "×");
    }

    private static double nanosPerCall(Call call) {
        long perRound = 1;
        long start = System.nanoTime();
        while (System.nanoTime() - start < 200_000_000L) { // warm up, and find how many calls fill 0.5 s
            for (long i = 0; i < perRound; i++) {
                sink += call.run();
            }
            perRound *= 2;
        }
        long elapsed = System.nanoTime() - start;
        long calls = perRound - 1;
        perRound = Math.max(1, (long) (calls * (500_000_000.0 / elapsed)));
        double[] rounds = new double[5];
        for (int r = 0; r < rounds.length; r++) {
            long t0 = System.nanoTime();
            for (long i = 0; i < perRound; i++) {
                sink += call.run();
            }
            rounds[r] = (System.nanoTime() - t0) / (double) perRound;
        }
        Arrays.sort(rounds);
        return rounds[rounds.length / 2];
    }

    private static String format(double value) {
        return value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
    }

    private static List<CalendarDay> holidays() throws IOException {
        InputStream in = WorkingDayBench.class.getClassLoader().getResourceAsStream("db/calendar/holidays.csv");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", 3))
                    .map(f -> new CalendarDay(LocalDate.parse(f[0]), DayKind.valueOf(f[1]), f[2])).toList();
        }
    }
}
