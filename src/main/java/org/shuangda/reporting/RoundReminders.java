package org.shuangda.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actors;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.NotificationSender;
import org.shuangda.shared.NotificationSender.Notification;
import org.shuangda.shared.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds units that have not submitted to an open round (today on or before its lock date): "due in N
 * working days" once the due date is within {@code shuangda.reminders.lead-working-days} working days (default
 * 2), "overdue" after it — each at most once per unit, round and kind (recorded in {@code reminder_log}, so a
 * restart or a second run sends nothing twice). The office can also remind its late units by hand. Returned
 * submissions count as not submitted: the unit has to act. Notices are in Chinese (the units' language).
 */
@Component
public class RoundReminders {

    public enum Kind { DUE_SOON, OVERDUE, MANUAL }

    private static final Logger log = LoggerFactory.getLogger(RoundReminders.class);
    private static final Locale NOTICE_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final NotificationSender sender;
    private final MessageSource messages;
    private final Rounds rounds;
    private final ApplicationEventPublisher events;
    private final int leadWorkingDays;

    RoundReminders(JdbcClient jdbc, WorkingCalendar calendar, NotificationSender sender, MessageSource messages,
            Rounds rounds, ApplicationEventPublisher events,
            @Value("${shuangda.reminders.lead-working-days:2}") int leadWorkingDays) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.sender = sender;
        this.messages = messages;
        this.rounds = rounds;
        this.events = events;
        this.leadWorkingDays = leadWorkingDays;
    }

    @Scheduled(cron = "${shuangda.reminders.cron:0 30 8 * * *}", zone = "Asia/Shanghai")
    void daily() {
        int sent = remindAll(Rounds.today());
        log.info("Round reminders: {} notices sent", sent);
    }

    /** Sends the day's due-soon and overdue notices as of {@code today}; returns how many were sent. */
    public int remindAll(LocalDate today) {
        LocalDate horizon = calendar.addWorkingDays(today, leadWorkingDays);
        List<Round> open = jdbc.sql(Rounds.SELECT + " where o.locks_after >= :today and o.due_on <= :horizon order by o.id")
                .param("today", today).param("horizon", horizon).query(Rounds::round).list();
        int sent = 0;
        for (Round round : open) {
            Kind kind = today.isAfter(round.dueOn()) ? Kind.OVERDUE : Kind.DUE_SOON;
            for (UnitLine unit : pending(round, DataScope.everything())) {
                boolean first = jdbc.sql("""
                        insert into reminder_log (round_id, unit_id, kind, sent_on) values (:r, :u, :k, :on)
                        on conflict (round_id, unit_id, kind) where kind <> 'MANUAL' do nothing""")
                        .param("r", round.id()).param("u", unit.id()).param("k", kind.name()).param("on", today)
                        .update() == 1;
                if (first && deliver(round, unit, kind, today)) {
                    sent++;
                } else if (first) {
                    // not handed over: forget it so that tomorrow's run tries again
                    jdbc.sql("delete from reminder_log where round_id = :r and unit_id = :u and kind = :k")
                            .param("r", round.id()).param("u", unit.id()).param("k", kind.name()).update();
                }
            }
        }
        return sent;
    }

    /** The office's "remind the late units" (REPORT_REVIEW over the round): every unit in its scope yet to submit. */
    @Transactional
    public List<String> remindPending(long roundId) {
        DataScope scope = Actors.scopeFor(Permission.REPORT_REVIEW);
        Round round = rounds.visible(roundId, Actors.require());
        LocalDate today = Rounds.today();
        List<String> reminded = new ArrayList<>();
        for (UnitLine unit : pending(round, scope)) {
            jdbc.sql("insert into reminder_log (round_id, unit_id, kind, sent_on, sent_by) values (:r, :u, 'MANUAL', :on, :by)")
                    .param("r", round.id()).param("u", unit.id()).param("on", today)
                    .param("by", Actors.require().username()).update();
            if (deliver(round, unit, Kind.MANUAL, today)) {
                reminded.add(unit.name());
            }
        }
        events.publishEvent(AuditableChange.created("round_reminder", roundId, round.name(),
                Map.of("kind", Kind.MANUAL, "units", reminded)));
        return reminded;
    }

    private record UnitLine(long id, String name) {
    }

    /** Active units of the round's region, within {@code scope}, without a submitted or accepted submission. */
    private List<UnitLine> pending(Round round, DataScope scope) {
        return jdbc.sql("""
                select u.id, u.name from unit u join region r on r.code = u.region_code join region g on g.code = :region
                 where u.active and r.path like g.path || '%'
                   and (:all or u.path like any(:units) or r.path like any(:regions))
                   and not exists (select 1 from report_submission s where s.round_id = :round and s.unit_id = u.id
                                      and s.status in ('SUBMITTED', 'ACCEPTED'))
                 order by r.path, u.path""")
                .param("region", round.regionCode()).param("round", round.id()).param("all", scope.all())
                .param("units", scope.unitPatternArray()).param("regions", scope.regionPatternArray())
                .query((rs, n) -> new UnitLine(rs.getLong(1), rs.getString(2))).list();
    }

    private boolean deliver(Round round, UnitLine unit, Kind kind, LocalDate today) {
        long left = calendar.workingDaysBetween(today, round.dueOn());
        String subject = messages.getMessage("reminders." + kind.name() + ".subject",
                new Object[] {round.name(), Math.abs(left)}, NOTICE_LOCALE);
        String body = messages.getMessage("reminders.body", new Object[] {unit.name(), round.name(), round.dueOn()},
                NOTICE_LOCALE);
        try {
            sender.send(new Notification(unit.id(), unit.name(), kind.name(), subject, body, "/reporting"));
            return true;
        } catch (RuntimeException e) {
            log.warn("Notice {} for round {} to unit {} not sent: {}", kind, round.id(), unit.id(), e.toString());
            return false;
        }
    }
}
