package org.shuangda.complaints;

import java.util.List;
import java.util.Locale;
import org.shuangda.shared.Actor;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.TodoProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** For unit heads: each 转办 waiting for their approval ("转办待批准 TS… 申请人 …"). */
@Component
class RerouteTodos implements TodoProvider {

    private final RerouteApprovals approvals;
    private final MessageSource messages;

    RerouteTodos(RerouteApprovals approvals, MessageSource messages) {
        this.approvals = approvals;
        this.messages = messages;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        Locale locale = LocaleContextHolder.getLocale();
        return approvals.pending(actor).stream().map(q -> new TodoItem(
                messages.getMessage("filing.reroute.todo", new Object[] {q.trackingNo(), q.toUnitName()}, locale),
                messages.getMessage("filing.reroute.todo.detail", new Object[] {q.requestedBy(), q.reason()}, locale),
                "/filings/reroute-requests", null, false)).toList();
    }
}
