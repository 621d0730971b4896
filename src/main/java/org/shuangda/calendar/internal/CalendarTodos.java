package org.shuangda.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.TodoProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Reminds calendar administrators on the home page to enter a year's holiday arrangement. */
@Component
class CalendarTodos implements TodoProvider {

    private final WorkingCalendar calendar;
    private final MessageSource messages;
    private final java.time.Clock clock;

    CalendarTodos(WorkingCalendar calendar, MessageSource messages, java.time.Clock clock) {
        this.clock = clock;
        this.calendar = calendar;
        this.messages = messages;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        if (!CalendarEditor.mayEdit(actor)) {
            return List.of();
        }
        OptionalInt year = MissingArrangement.yearToEnter(LocalDate.now(clock), calendar);
        if (year.isEmpty()) {
            return List.of();
        }
        String title = messages.getMessage("calendar.todo.enterYear", new Object[] {String.valueOf(year.getAsInt())},
                LocaleContextHolder.getLocale());
        return List.of(new TodoItem(title, null, "/calendar?year=" + year.getAsInt(), null, false));
    }
}
