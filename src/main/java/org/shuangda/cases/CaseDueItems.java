package org.shuangda.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shuangda.shared.DueItem;
import org.shuangda.shared.DueItems;
import org.shuangda.shared.Permission;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * For the daily notices: open cases whose decision clock and clues whose verification clock end within the lead
 * (from today to its last day), to the handlers of the owning unit ({@code CASE_HANDLE}).
 */
@Component
class CaseDueItems implements DueItems {

    private static final Locale NOTICE_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final CaseListStore cases;
    private final ClueStore clues;
    private final MessageSource messages;

    CaseDueItems(CaseListStore cases, ClueStore clues, MessageSource messages) {
        this.cases = cases;
        this.clues = clues;
        this.messages = messages;
    }

    @Override
    public List<DueItem> dueBy(LocalDate today, LocalDate horizon) {
        List<DueItem> items = new ArrayList<>();
        for (CaseListStore.DueCase c : cases.decisionDueBetween(today, horizon)) {
            items.add(new DueItem("CASE_DECISION", String.valueOf(c.id()), c.unitId(), null, Permission.CASE_HANDLE,
                    c.due(), false, text("case.due.subject", c.number(), c.due().getMonthValue(),
                            c.due().getDayOfMonth()),
                    text("case.due.body", c.number(), c.title(), c.due().getMonthValue(), c.due().getDayOfMonth()),
                    "/cases/" + c.id()));
        }
        for (ClueStore.DueClue c : clues.verificationDueBetween(today, horizon)) {
            items.add(new DueItem("CLUE_VERIFICATION", String.valueOf(c.id()), c.unitId(), null,
                    Permission.CASE_HANDLE, c.due(), false, text("clue.due.subject", c.number(),
                            c.due().getMonthValue(), c.due().getDayOfMonth()),
                    text("clue.due.body", c.number(), c.subject(), c.due().getMonthValue(), c.due().getDayOfMonth()),
                    "/clues/" + c.id()));
        }
        return items;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, NOTICE_LOCALE);
    }
}
