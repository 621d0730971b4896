package org.shuangda.complaints;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.TodoProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** For handlers: each open filing of their unit with its next clock ("受理时限 还剩2个工作日"). */
@Component
class FilingTodos implements TodoProvider {

    private final FilingListStore lists;
    private final FilingClocks clocks;
    private final MessageSource messages;

    FilingTodos(FilingListStore lists, FilingClocks clocks, MessageSource messages) {
        this.lists = lists;
        this.clocks = clocks;
        this.messages = messages;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        if (!actor.can(Permission.FILING_HANDLE)) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        var now = clocks.now();
        return lists.open(actor.scopeFor(Permission.FILING_HANDLE).unitOwned("u.path", "u.region_path")).stream()
                .map(FilingView::filing)
                .flatMap(f -> clocks.next(f, now).map(c -> new TodoItem(
                        messages.getMessage("filing.todo", new Object[] {
                                messages.getMessage("filing.track." + f.track(), null, locale), f.trackingNo(),
                                f.matter().targetName()}, locale),
                        messages.getMessage(c.overdue() ? "filing.todo.overdue" : "filing.todo.due", new Object[] {
                                messages.getMessage("filing.clock." + c.kind(), null, locale),
                                c.due().toLocalDate(), Math.abs(c.remaining())}, locale),
                        "/filings/" + f.id(), c.due().toLocalDate(), c.overdue())).stream())
                .sorted(Comparator.comparing(TodoItem::due)).limit(30).toList();
    }
}
