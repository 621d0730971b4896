package org.shuangda.cases.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * Transfers waiting for the actor (the head's decision, the hand-over, the police's acceptance and decision, a
 * reconsideration answer, the notice to the party after a reverse transfer) and the prosecutor's opinions
 * waiting for the agency's answer, with their clocks. The reconsideration window is a right, not a duty: never
 * listed as overdue.
 */
@Component
class TransferTodos implements TodoProvider {

    private final Transfers transfers;
    private final Oversight oversight;
    private final MessageSource messages;

    TransferTodos(Transfers transfers, Oversight oversight, MessageSource messages) {
        this.transfers = transfers;
        this.oversight = oversight;
        this.messages = messages;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        if (TransferReach.of(actor).isEmpty()) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<TodoItem> items = new ArrayList<>();
        for (TransferRow row : transfers.list(actor, null, null)) {
            List<TransferAction> actions = transfers.actionsFor(actor, row);
            if (actions.isEmpty() || (row.clock() != null
                    && row.clock().kind() == TransferClockKind.RECONSIDERATION_WINDOW && row.clock().overdue())) {
                continue;
            }
            if (row.transfer().status() == TransferStatus.RETURNED && row.transfer().partyNotice() != null) {
                continue;
            }
            String key = row.transfer().status() == TransferStatus.RETURNED ? "transfer.todo.notice"
                    : actions.get(0).onAgencySide() ? "transfer.todo.agency" : "transfer.todo.police";
            String status = messages.getMessage("transfer.status." + row.transfer().status(), null, locale);
            TransferClock clock = row.clock();
            items.add(new TodoItem(messages.getMessage(key, new Object[] {row.caseNumber()}, locale),
                    status + (clock == null ? "" : " · " + clockText(clock, locale)), "/transfers/" + row.id(),
                    clock == null ? null : clock.due().toLocalDate(),
                    clock != null && clock.overdue() && clock.kind() != TransferClockKind.RECONSIDERATION_WINDOW));
        }
        if (actor.can(Permission.CASE_HANDLE)) {
            oversight.opinions(actor, null).stream().filter(o -> !o.answered()).forEach(o -> items.add(new TodoItem(
                    messages.getMessage("opinion.todo", new Object[] {o.caseNumber()}, locale), o.opinion(),
                    "/cases/" + o.caseId(), o.clock().due().toLocalDate(), o.clock().overdue())));
        }
        items.sort(Comparator.comparing(TodoItem::due, Comparator.nullsLast(LocalDate::compareTo)));
        return items;
    }

    private String clockText(TransferClock clock, Locale locale) {
        String name = messages.getMessage("transfer.clock." + clock.kind(), null, locale);
        String left = clock.overdue()
                ? messages.getMessage("transfer.clock.overdue." + clock.unit(), new Object[] {-clock.remaining()}, locale)
                : messages.getMessage("transfer.clock.left." + clock.unit(), new Object[] {clock.remaining()}, locale);
        return name + " " + left;
    }
}
