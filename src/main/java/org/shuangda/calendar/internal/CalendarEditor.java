package org.shuangda.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.CalendarChanged;
import org.shuangda.calendar.CalendarDay;
import org.shuangda.calendar.DayKind;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Adds, changes and removes holidays and make-up workdays. The calendar is national: every clock of every
 * region counts on it, so only an administrator whose {@code CALENDAR_MANAGE} reaches everything may edit it
 * (a county administrator holding the permission for a county only may not). Each change is audited and
 * reaches the in-memory calendar once committed.
 */
@Service
public class CalendarEditor {

    public static final String AUDIT_TYPE = "calendar_day";
    public static final int MAX_NAME_LENGTH = 50;
    /** Typing 0224 for 2024 is easier than entering a holiday 75 years ahead. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private final SpecialDayStore store;
    private final DatabaseWorkingCalendar calendar;
    private final ApplicationEventPublisher events;

    CalendarEditor(SpecialDayStore store, DatabaseWorkingCalendar calendar, ApplicationEventPublisher events) {
        this.store = store;
        this.calendar = calendar;
        this.events = events;
    }

    public static boolean mayEdit(Actor actor) {
        return actor != null && actor.can(Permission.CALENDAR_MANAGE)
                && actor.scopeFor(Permission.CALENDAR_MANAGE).all();
    }

    public List<StoredSpecialDay> ofYear(int year) {
        return store.ofYear(year);
    }

    @Transactional
    public CalendarDay add(Actor actor, LocalDate date, DayKind kind, String name) {
        requireEditor(actor);
        CalendarDay day = validated(date, kind, name);
        if (!store.insert(day, actor.username())) {
            throw new InvalidInput("date", "calendar.error.duplicate", date.toString());
        }
        events.publishEvent(AuditableChange.created(actor, AUDIT_TYPE, date, summary(day), fields(day)));
        changed(date);
        return day;
    }

    @Transactional
    public CalendarDay change(Actor actor, LocalDate date, DayKind kind, String name) {
        requireEditor(actor);
        CalendarDay before = existing(date);
        CalendarDay after = validated(date, kind, name);
        store.update(after, actor.username());
        AuditableChange change = AuditableChange.updated(actor, AUDIT_TYPE, date, summary(after), fields(before),
                fields(after));
        if (!change.changesNothing()) {
            events.publishEvent(change);
        }
        changed(date);
        return after;
    }

    @Transactional
    public void remove(Actor actor, LocalDate date) {
        requireEditor(actor);
        CalendarDay before = existing(date);
        store.delete(date);
        events.publishEvent(AuditableChange.deleted(actor, AUDIT_TYPE, date, summary(before), fields(before)));
        changed(date);
    }

    private static void requireEditor(Actor actor) {
        if (!mayEdit(actor)) {
            throw new AccessDeniedProblem("editing the national calendar needs CALENDAR_MANAGE for all regions");
        }
    }

    /** Reloads this instance after commit and tells the modules that cache due dates computed on the calendar. */
    private void changed(LocalDate date) {
        reloadAfterCommit();
        events.publishEvent(new CalendarChanged(date));
    }

    private CalendarDay existing(LocalDate date) {
        if (date == null) {
            throw new InvalidInput("date", "error.required");
        }
        return store.find(date).map(StoredSpecialDay::day).orElseThrow(() -> new NotFoundProblem("calendar day", date));
    }

    private static CalendarDay validated(LocalDate date, DayKind kind, String name) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String trimmed = name == null ? "" : name.strip();
        if (date == null) {
            problems.add("date", "error.required");
        } else if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            problems.add("date", "calendar.error.yearRange", FIRST_YEAR, LAST_YEAR);
        }
        if (kind == null || !kind.isSpecial()) {
            problems.add("kind", "calendar.error.kind");
        } else if (kind == DayKind.MAKEUP_WORKDAY && date != null && !isWeekend(date)) {
            problems.add("date", "calendar.error.makeupOnWeekday", date.toString());
        }
        if (trimmed.isEmpty()) {
            problems.add("name", "error.required");
        } else if (trimmed.length() > MAX_NAME_LENGTH) {
            problems.add("name", "error.tooLong", MAX_NAME_LENGTH);
        }
        problems.throwIfAny();
        return new CalendarDay(date, kind, trimmed);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String summary(CalendarDay day) {
        return day.date() + " " + day.name() + " (" + day.kind() + ")";
    }

    private static Map<String, Object> fields(CalendarDay day) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("date", day.date().toString());
        fields.put("kind", day.kind().name());
        fields.put("name", day.name());
        return fields;
    }

    /** The in-memory calendar must show committed data only: a rolled-back edit never reaches it. */
    private void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    calendar.reload();
                }
            });
        } else {
            calendar.reload();
        }
    }
}
