package org.shuangda.credit.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.shuangda.shared.Actor;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.TodoProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** For credit officers (CREDIT_MANAGE): each open warning of their region, to acknowledge ("待确认"). */
@Component
class WarningTodos implements TodoProvider {

    private static final int LIMIT = 10;

    private final Warnings warnings;
    private final MessageSource messages;
    private final java.time.Clock clock;

    WarningTodos(Warnings warnings, MessageSource messages, java.time.Clock clock) {
        this.warnings = warnings;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        Locale locale = LocaleContextHolder.getLocale();
        return warnings.toAcknowledge(actor, LIMIT).stream().map(w -> new TodoItem(w.summary(),
                messages.getMessage("credit.alerts.kind." + w.kind(), null, locale),
                "/credit/warnings/" + w.id(), LocalDate.ofInstant(w.raisedAt(), clock.getZone()), false,
                messages.getMessage("credit.alerts.warning.todo", null, locale))).toList();
    }
}
