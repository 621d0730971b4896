package org.shuangda.inspections.markets;

import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * For those who inspect (INSPECTION_HANDLE): the key markets of their scope whose required inspection (weekly,
 * monthly …, counted from the last inspection record that checked them; never checked: due now) falls within the
 * coming week or is past.
 */
@Component
class MarketTodos implements TodoProvider {

    private static final int LIMIT = 10;
    private static final int SCANNED = 2000;
    private static final int DAYS_AHEAD = 7;

    private final MarketStore store;
    private final MessageSource messages;
    private final Clock clock;

    MarketTodos(MarketStore store, MessageSource messages, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> todosFor(Actor actor) {
        if (actor.isSystem() || !actor.can(Permission.INSPECTION_HANDLE)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Locale locale = LocaleContextHolder.getLocale();
        var visible = actor.scopeFor(Permission.INSPECTION_HANDLE).unitOwned("m.unit_path", "m.region_path");
        record Due(MarketStore.LastInspected market, LocalDate due) {
        }
        return store.lastInspected(visible, SCANNED).stream()
                .map(m -> new Due(m, m.last() == null ? today : m.frequency().nextAfter(m.last())))
                .filter(d -> !d.due().isAfter(today.plusDays(DAYS_AHEAD)))
                .sorted(Comparator.comparing(Due::due).thenComparing(d -> d.market().id())).limit(LIMIT)
                .map(d -> new TodoItem(messages.getMessage("markets.todo.title", new Object[] {d.market().name()}, locale),
                        messages.getMessage("markets.frequency." + d.market().frequency(), null, locale)
                                + (d.market().last() == null ? "" : " · " + messages.getMessage("markets.todo.last",
                                        new Object[] {d.market().last()}, locale)),
                        "/inspections/markets/" + d.market().id(), d.due(), d.due().isBefore(today),
                        messages.getMessage("markets.todo.state", null, locale)))
                .toList();
    }
}
