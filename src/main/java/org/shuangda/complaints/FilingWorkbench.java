package org.shuangda.complaints;

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
 * The hotline agent's and handler's entry on the home workbench: the filings of their scope still open, how
 * many past a clock (a click opens the overdue list then), and a link to register a new one for the agent.
 */
@Component
class FilingWorkbench implements WorkbenchLinkProvider {

    private final Filings filings;
    private final MessageSource messages;

    FilingWorkbench(Filings filings, MessageSource messages) {
        this.filings = filings;
        this.messages = messages;
    }

    @Override
    public List<WorkbenchLink> linksFor(Actor actor) {
        if (!actor.can(Permission.FILING_VIEW)) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        long overdue = filings.overdue(actor).size();
        WorkbenchLink list = new WorkbenchLink("filings", messages.getMessage("workbench.filings", null, locale),
                overdue > 0 ? "/filings?overdue=true" : "/filings", "telephone-inbound", overdue > 0 ? overdue : null,
                overdue, 50);
        if (actor.can(Permission.FILING_INTAKE)) {
            return List.of(list, new WorkbenchLink("filing-new", messages.getMessage("workbench.filingNew", null,
                    locale), "/filings/new", "plus-circle", null, 0, 51));
        }
        return List.of(list);
    }
}
