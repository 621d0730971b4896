package org.shuangda.cases.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.WorkbenchLink;
import org.shuangda.shared.WorkbenchLinkProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Home workbench entries for 两法衔接: the police (and the agency's officers) see the transfers waiting for a
 * step of theirs, with how many are past their clock; the prosecutor sees the 监督 page with the cases that look
 * like missed transfers. Offered only to whoever may open the page ({@link TransferReach}, {@code TRANSFER_OVERSEE}).
 */
@Component
class TransferWorkbench implements WorkbenchLinkProvider {

    private final Transfers transfers;
    private final Oversight oversight;
    private final MessageSource messages;

    TransferWorkbench(Transfers transfers, Oversight oversight, MessageSource messages) {
        this.transfers = transfers;
        this.oversight = oversight;
        this.messages = messages;
    }

    @Override
    public List<WorkbenchLink> linksFor(Actor actor) {
        Locale locale = LocaleContextHolder.getLocale();
        List<WorkbenchLink> links = new ArrayList<>();
        if (!TransferReach.of(actor).isEmpty()) {
            long waiting = 0;
            long overdue = 0;
            for (TransferRow row : transfers.list(actor, null, null)) {
                if (transfers.actionsFor(actor, row).isEmpty()) {
                    continue;
                }
                waiting++;
                if (row.clock() != null && row.clock().overdue()
                        && row.clock().kind() != TransferClockKind.RECONSIDERATION_WINDOW) {
                    overdue++;
                }
            }
            links.add(new WorkbenchLink("transfers", messages.getMessage("workbench.transfers", null, locale),
                    "/transfers", "arrow-left-right", waiting, overdue, 60));
        }
        if (actor.can(Permission.TRANSFER_OVERSEE)) {
            links.add(new WorkbenchLink("oversight", messages.getMessage("workbench.oversight", null, locale),
                    "/oversight", "eye", (long) oversight.missed(actor).size(), 0, 70));
        }
        return links;
    }
}
