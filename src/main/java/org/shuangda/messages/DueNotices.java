package org.shuangda.messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.identity.Officer;
import org.shuangda.identity.Officers;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DueItem;
import org.shuangda.shared.DueItems;
import org.shuangda.shared.NotificationSender.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily notices of what is due (到期提醒): every module's {@link DueItems} (submissions awaiting review past
 * their round's due day, case decisions and clue verifications ending within the lead, transfers awaiting a
 * decision, filings' clocks ending within the lead) become one in-app message for each person of the unit who
 * acts on the item ({@link NotificationDispatcher#deliverDue}: only those who hold the item's permission, so that
 * its link opens for each of them, and none who has its notice unread still), at most once per item, unit and day.
 * The lead is {@code shuangda.due-notices.lead-working-days} working days on the working-day calendar (default 3); the job
 * runs at {@code shuangda.due-notices.cron} (default 08:00 Beijing time), like the round reminders.
 *
 * <p>Each notice is noted in {@code due_notice_sent} in the transaction that writes its messages (the row's key
 * is item, unit and day): a second run the same day, after a restart or on a second instance at the same time
 * (which waits on the first one's uncommitted row), sends nothing twice; a notice that fails is rolled back with
 * its note and tried again at the next run.
 */
@Component
public class DueNotices {

    private static final Logger log = LoggerFactory.getLogger(DueNotices.class);

    private final List<DueItems> sources;
    private final NotificationDispatcher dispatcher;
    private final Officers officers;
    private final UnitDirectory directory;
    private final DueNoticeStore store;
    private final WorkingCalendar calendar;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int leadWorkingDays;

    DueNotices(List<DueItems> sources, NotificationDispatcher dispatcher, Officers officers, UnitDirectory directory,
            DueNoticeStore store,
            WorkingCalendar calendar, PlatformTransactionManager transactions, Clock clock,
            @Value("${shuangda.due-notices.lead-working-days:3}") int leadWorkingDays) {
        if (leadWorkingDays < 0 || leadWorkingDays > 60) {
            throw new IllegalArgumentException("shuangda.due-notices.lead-working-days must lie from 0 to 60 working"
                    + " days, not " + leadWorkingDays);
        }
        this.sources = List.copyOf(sources);
        this.dispatcher = dispatcher;
        this.officers = officers;
        this.directory = directory;
        this.store = store;
        this.calendar = calendar;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.leadWorkingDays = leadWorkingDays;
    }

    @Scheduled(cron = "${shuangda.due-notices.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    // once across nodes (platform.nodes.JobLockConfiguration); held at least 5 minutes against clock skew
    @SchedulerLock(name = "due-notices", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void daily() {
        int sent = send(Actor.system("到期提醒"), LocalDate.now(clock));
        log.info("Due notices: {} sent", sent);
    }

    /** The lead in working days (the setting). */
    public int leadWorkingDays() {
        return leadWorkingDays;
    }

    /**
     * Sends the notices of {@code today} not sent yet; answers how many (one per item and unit, each reaching
     * the unit's people who act on it). Only the platform runs it (a system actor): it reads every unit's items.
     */
    public int send(Actor actor, LocalDate today) {
        if (!actor.isSystem()) {
            throw new AccessDeniedProblem("the due notices are sent by the platform's daily job");
        }
        LocalDate horizon = calendar.addWorkingDays(today, leadWorkingDays);
        int sent = 0;
        for (DueItems source : sources) {
            for (DueItem item : source.dueBy(today, horizon)) {
                if (!item.noticedOn(today, horizon)) {
                    continue;
                }
                for (Map.Entry<Long, String> unit : units(item).entrySet()) {
                    try {
                        Boolean first = transactions.execute(tx -> deliver(item, unit.getKey(), unit.getValue(), today));
                        if (Boolean.TRUE.equals(first)) {
                            sent++;
                        }
                    } catch (RuntimeException e) {
                        log.warn("Due notice {} {} to unit {} not sent: {}", item.kind(), item.itemId(),
                                unit.getKey(), e.toString());
                    }
                }
            }
        }
        return sent;
    }

    private boolean deliver(DueItem item, long unitId, String unitName, LocalDate today) {
        if (!store.noteOnce(item.kind(), item.itemId(), unitId, today, item.due(), clock.instant())) {
            return false;
        }
        List<String> reached = dispatcher.deliverDue(new Notification(unitId, unitName, "DUE_" + item.kind(),
                item.subject(), item.body(), item.link(), item.actOn(), null), item.kind() + ":" + item.itemId());
        store.recipients(item.kind(), item.itemId(), unitId, today, reached.size());
        return true;
    }

    /**
     * The unit named, or the units of the item's region itself (not those below) whose enabled people hold the
     * permission: unit id → name.
     */
    private Map<Long, String> units(DueItem item) {
        Map<Long, String> units = new LinkedHashMap<>();
        if (item.unitId() != null) {
            units.put(item.unitId(), directory.find(item.unitId()).map(UnitRef::name).orElse(""));
            return units;
        }
        for (Officer o : officers.holding(item.actOn(), item.regionCode())) {
            if (item.regionCode().equals(o.unit().regionCode())) {
                units.putIfAbsent(o.unit().id(), o.unit().name());
            }
        }
        return units;
    }
}
