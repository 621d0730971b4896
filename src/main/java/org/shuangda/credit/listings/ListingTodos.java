package org.shuangda.credit.listings;

import java.util.ArrayList;
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
 * The lists' to-dos: for the upper level's office, the serious listings awaiting its agreement (Order 44 art.22);
 * for the listing unit's people, its entries to decide, objections and removal applications, each with its clock.
 */
@Component
class ListingTodos implements TodoProvider {

    private final CreditListings listings;
    private final MessageSource messages;

    ListingTodos(CreditListings listings, MessageSource messages) {
        this.listings = listings;
        this.messages = messages;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        if (actor.isSystem() || !actor.can(Permission.CREDIT_MANAGE) || !actor.can(Permission.CREDIT_VIEW)) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<TodoItem> items = new ArrayList<>();
        for (ListingView v : listings.awaitingMyAgreement(actor)) {
            items.add(item(v, "listing.todo.agree", locale));
        }
        for (ListingView v : listings.waitingForUnit(actor)) {
            // the listing unit's own work: an office whose scope reaches the unit's listings is not asked to do it
            if (v.listing().unitId() == actor.unitId() && !v.actions().isEmpty()) {
                items.add(item(v, "listing.todo." + v.listing().state().name(), locale));
            }
        }
        return items;
    }

    private TodoItem item(ListingView v, String code, Locale locale) {
        Listing l = v.listing();
        String title = messages.getMessage(code, new Object[] {l.subjectName()}, locale);
        String kind = messages.getMessage("listing.kind." + l.kind().name(), null, locale);
        ListingClock c = v.clock();
        return new TodoItem(title, kind + " · " + v.unitName(), "/credit/listings/" + l.id(),
                c == null ? null : c.due(), c != null && c.overdue(),
                messages.getMessage("listing.state." + l.state().name(), null, locale));
    }
}
