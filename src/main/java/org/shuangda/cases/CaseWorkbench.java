package org.shuangda.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.Permission;
import org.shuangda.shared.WorkbenchLink;
import org.shuangda.shared.WorkbenchLinkProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The officer's entries on the home workbench: clues under verification (how many overdue) and cases whose
 * decision clock is overdue or due within 7 days, each opening the list filtered to them. Only for those who
 * may see cases ({@code CASE_VIEW}, the lists' own check), counted over that scope.
 */
@Component
class CaseWorkbench implements WorkbenchLinkProvider {

    private final CaseListStore cases;
    private final ClueStore clues;
    private final MessageSource messages;
    private final Clock clock;

    CaseWorkbench(CaseListStore cases, ClueStore clues, MessageSource messages, Clock clock) {
        this.cases = cases;
        this.clues = clues;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<WorkbenchLink> linksFor(Actor actor) {
        if (!actor.can(Permission.CASE_VIEW)) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = LocalDate.now(clock);
        DataScope scope = actor.scopeFor(Permission.CASE_VIEW);
        List<WorkbenchLink> links = new ArrayList<>();
        long[] verifying = clues.verifyingCounts(scope, today);
        links.add(new WorkbenchLink("clues", messages.getMessage("workbench.clues", null, locale),
                "/clues?status=VERIFYING&sort=due&dir=asc", "search", verifying[0], verifying[1], 30));
        long overdue = cases.count(new CaseQuery(null, null, null, CaseQuery.ClockState.OVERDUE, null, null, 0, 1),
                scope, today);
        long soon = cases.count(new CaseQuery(null, null, null, CaseQuery.ClockState.DUE_SOON, null, null, 0, 1),
                scope, today);
        links.add(new WorkbenchLink("cases", messages.getMessage("workbench.cases", null, locale),
                overdue > 0 ? "/cases?clock=OVERDUE" : "/cases?clock=DUE_SOON", "folder2-open", overdue + soon,
                overdue, 40));
        return links;
    }
}
