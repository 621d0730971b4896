package org.shuangda.cases.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DueItem;
import org.shuangda.shared.DueItems;
import org.shuangda.shared.Permission;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * For the daily notices: transfers awaiting a decision whose clock ends within the lead or has run out — the
 * head's approval (the agency's holders of {@code CASE_APPROVE}), the police's acceptance, 立案 decision and
 * reconsideration answer (the police unit's receivers, {@code TRANSFER_RECEIVE}) — every day until decided.
 */
@Component
class TransferDueItems implements DueItems {

    private static final Locale NOTICE_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final List<TransferStatus> AWAITING = List.of(TransferStatus.PROPOSED, TransferStatus.HANDED_OVER,
            TransferStatus.ACCEPTED, TransferStatus.RECONSIDERING);

    private final Transfers transfers;
    private final MessageSource messages;

    TransferDueItems(Transfers transfers, MessageSource messages) {
        this.transfers = transfers;
        this.messages = messages;
    }

    @Override
    public List<DueItem> dueBy(LocalDate today, LocalDate horizon) {
        Actor platform = Actor.system("到期提醒");
        List<DueItem> items = new ArrayList<>();
        for (TransferStatus status : AWAITING) {
            for (TransferRow row : transfers.list(platform, status, null)) {
                TransferClock clock = row.clock();
                if (clock == null || !decides(clock.kind()) || clock.due().toLocalDate().isAfter(horizon)) {
                    continue;
                }
                LocalDate due = clock.due().toLocalDate();
                boolean head = clock.kind() == TransferClockKind.HEAD_DECISION;
                String step = messages.getMessage("transfer.clock." + clock.kind(), null, NOTICE_LOCALE);
                Object[] args = {row.caseNumber(), row.caseTitle(), step, due.getMonthValue(), due.getDayOfMonth(),
                        row.unitName()};
                items.add(new DueItem("TRANSFER_" + clock.kind(), String.valueOf(row.id()),
                        head ? row.transfer().unitId() : row.transfer().policeUnitId(), null,
                        head ? Permission.CASE_APPROVE : Permission.TRANSFER_RECEIVE, due, true,
                        messages.getMessage("transfer.due.subject", args, NOTICE_LOCALE),
                        messages.getMessage(head ? "transfer.due.head.body" : "transfer.due.police.body", args,
                                NOTICE_LOCALE),
                        "/transfers/" + row.id()));
            }
        }
        return items;
    }

    private static boolean decides(TransferClockKind kind) {
        return kind == TransferClockKind.HEAD_DECISION || kind == TransferClockKind.ACCEPTANCE
                || kind == TransferClockKind.FILING || kind == TransferClockKind.RECONSIDERATION_ANSWER;
    }
}
