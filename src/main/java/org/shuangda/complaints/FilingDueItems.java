package org.shuangda.complaints;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * For the daily notices: open filings whose running clock (受理, 调解, 核查, 告知) ends within the lead, from today
 * to its last day, to the handlers of the filing's unit ({@code FILING_HANDLE}); a paused clock is not noticed.
 */
@Component
class FilingDueItems implements DueItems {

    private static final Locale NOTICE_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final FilingListStore lists;
    private final FilingClocks clocks;
    private final MessageSource messages;

    FilingDueItems(FilingListStore lists, FilingClocks clocks, MessageSource messages) {
        this.lists = lists;
        this.clocks = clocks;
        this.messages = messages;
    }

    @Override
    public List<DueItem> dueBy(LocalDate today, LocalDate horizon) {
        LocalDateTime now = clocks.now();
        LocalDateTime at = now.toLocalDate().equals(today) ? now : today.atStartOfDay();
        var everywhere = Actor.system("到期提醒").scopeFor(Permission.FILING_HANDLE).unitOwned("u.path", "u.region_path");
        List<DueItem> items = new ArrayList<>();
        for (FilingView view : lists.open(everywhere)) {
            Filing f = view.filing();
            for (FilingClock c : clocks.of(f, at)) {
                LocalDate due = c.due().toLocalDate();
                if (!c.running() || c.paused() || due.isBefore(today) || due.isAfter(horizon)) {
                    continue;
                }
                String clock = text("filing.clock." + c.kind());
                String what = text("filing.track." + f.track());
                Object[] args = {what, f.trackingNo(), f.matter().targetName(), clock, due.getMonthValue(),
                        due.getDayOfMonth()};
                items.add(new DueItem("FILING_" + c.kind(), String.valueOf(f.id()), f.unitId(), null,
                        Permission.FILING_HANDLE, due, false, text("filing.due.subject", args),
                        text("filing.due.body", args), "/filings/" + f.id()));
            }
        }
        return items;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, NOTICE_LOCALE);
    }
}
