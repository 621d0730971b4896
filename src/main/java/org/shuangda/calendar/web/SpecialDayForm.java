package org.shuangda.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.shuangda.calendar.CalendarDay;
import org.shuangda.calendar.DayKind;
import org.shuangda.shared.InvalidInput;

/** The editor form, as typed: strings, so that any input comes back to the form with a reason, never a 400 page. */
public class SpecialDayForm {

    private String date;
    private String kind;
    private String name;
    /** true when an existing day is being changed (its date is then fixed). */
    private boolean editing;

    static SpecialDayForm blank(LocalDate date) {
        SpecialDayForm form = new SpecialDayForm();
        form.date = date == null ? "" : date.toString();
        form.kind = DayKind.HOLIDAY.name();
        return form;
    }

    static SpecialDayForm of(CalendarDay day) {
        SpecialDayForm form = new SpecialDayForm();
        form.date = day.date().toString();
        form.kind = day.kind().name();
        form.name = day.name();
        form.editing = true;
        return form;
    }

    /** The typed date, or a problem on {@code date}. */
    LocalDate parsedDate(InvalidInput.Collector problems) {
        if (date == null || date.isBlank()) {
            problems.add("date", "error.required");
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            problems.add("date", "calendar.error.date", date);
            return null;
        }
    }

    /** The chosen kind, or a problem on {@code kind}. */
    DayKind parsedKind(InvalidInput.Collector problems) {
        try {
            DayKind parsed = kind == null ? null : DayKind.valueOf(kind.strip());
            if (parsed != null && parsed.isSpecial()) {
                return parsed;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add("kind", "calendar.error.kind");
        return null;
    }

    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isEditing() { return editing; }
    public void setEditing(boolean editing) { this.editing = editing; }
}
