package org.shuangda.cases.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.TodoProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Penalty decisions waiting for publication in the office's scope, the overdue ones marked. */
@Component
class PublicationTodos implements TodoProvider {

    private final Publications publications;
    private final MessageSource messages;

    PublicationTodos(Publications publications, MessageSource messages) {
        this.publications = publications;
        this.messages = messages;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        if (!actor.can(Permission.PENALTY_PUBLISH)) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = publications.today();
        return publications.list(actor, PublicationStatus.PENDING).stream().map(PublicationView::publication)
                .map(p -> new TodoItem(messages.getMessage("publication.todo", new Object[] {p.decisionNumber()}, locale),
                        messages.getMessage("publication.todo.detail", new Object[] {p.dueOn()}, locale) + " · "
                                + p.content().partyName(), "/publications", p.dueOn(), p.isOverdue(today)))
                .toList();
    }
}
