package org.shuangda.reporting.rounds;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.RoundProgress;
import org.shuangda.shared.Actor;
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
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds units that have not submitted to an open round (today on or before its lock date): "due in N
 * working days" once the due date is within {@code shuangda.reminders.lead-working-days} working days (default
 * 2), "overdue" after it — each at most once per unit, round and kind (recorded in {@code reminder_log}, so a
 * restart or a second run sends nothing twice). The office can also remind its late units by hand. Returned
 * submissions count as not submitted: the unit has to act ({@link org.shuangda.reporting.SubmissionAction#awaitsUnit}).
 * Notices are in Chinese (the units' language).
 */
@Component
public class RoundReminders {

    public enum Kind { DUE_SOON, OVERDUE, MANUAL }

    private static final Logger log = LoggerFactory.getLogger(RoundReminders.class);
    private static final Locale NOTICE_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final ReminderStore store;
    private final RoundStore roundStore;
    private final RoundUnitsStore progress;
    private final RoundService rounds;
    private final WorkingCalendar calendar;
    private final NotificationSender sender;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int leadWorkingDays;

    RoundReminders(ReminderStore store, RoundStore roundStore, RoundUnitsStore progress, RoundService rounds,
            WorkingCalendar calendar, NotificationSender sender, MessageSource messages,
            ApplicationEventPublisher events, Clock clock,
            @Value("${shuangda.reminders.lead-working-days:2}") int leadWorkingDays) {
        this.store = store;
        this.roundStore = roundStore;
        this.progress = progress;
        this.rounds = rounds;
        this.calendar = calendar;
        this.sender = sender;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.leadWorkingDays = leadWorkingDays;
    }

    @Scheduled(cron = "${shuangda.reminders.cron:0 30 8 * * *}", zone = "Asia/Shanghai")
    // once across nodes (platform.nodes.JobLockConfiguration); held at least 5 minutes against clock skew
    @SchedulerLock(name = "round-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void daily() {
        int sent = remindAll(Actor.system("催报提醒"), LocalDate.now(clock));
        log.info("Round reminders: {} notices sent", sent);
    }

    /**
     * Sends the due-soon and overdue notices of {@code today} to the units within the actor's
     * {@code REPORT_REVIEW} scope (the daily job's system actor: all); returns how many were sent.
     */
    public int remindAll(Actor actor, LocalDate today) {
        DataScope scope = actor.require(Permission.REPORT_REVIEW);
        LocalDate horizon = calendar.addWorkingDays(today, leadWorkingDays);
        int sent = 0;
        for (Round round : roundStore.openAndDueBy(today, horizon)) {
            Kind kind = today.isAfter(round.dueOn()) ? Kind.OVERDUE : Kind.DUE_SOON;
            for (RoundProgress.Line unit : pending(round, scope)) {
                boolean first = store.noteOnce(round.id(), unit.unitId(), kind, today);
                if (first && deliver(round, unit, kind, today)) {
                    sent++;
                } else if (first) {
                    store.forget(round.id(), unit.unitId(), kind);
                }
            }
        }
        return sent;
    }

    /**
     * One unit a manual 催报 went to: its name, whether it had not handed in ({@code PENDING}: never started
     * or a draft) or its submission was returned ({@code RETURNED}), and the people the notice reached by name
     * (empty: nobody of the unit could be reached, or the notice could not be handed over).
     */
    public record Reached(long unitId, String unitName, String state, List<String> people, boolean delivered) {
    }

    /** The office's "remind the late units" (REPORT_REVIEW over the round): every unit in its scope yet to submit. */
    @Transactional
    public List<String> remindPending(Actor actor, long roundId) {
        return remind(actor, roundId).stream().filter(Reached::delivered).map(Reached::unitName).toList();
    }

    /**
     * The office's 催报 with whom it reached: every unit in the actor's scope yet to hand in (not started, a
     * draft, or returned), in the round's unit order, each with the people of the unit the notice reached.
     */
    @Transactional
    public List<Reached> remind(Actor actor, long roundId) {
        DataScope scope = actor.require(Permission.REPORT_REVIEW);
        Round round = rounds.visible(actor, roundId);
        LocalDate today = rounds.today();
        List<Reached> reached = new ArrayList<>();
        for (RoundProgress.Line unit : pending(round, scope)) {
            store.noteManual(round.id(), unit.unitId(), today, actor.username());
            List<String> people = deliverTo(round, unit, Kind.MANUAL, today, actor.isSystem() ? null : actor.username());
            String state = unit.status() == org.shuangda.reporting.SubmissionStatus.RETURNED ? "RETURNED" : "PENDING";
            reached.add(new Reached(unit.unitId(), unit.unitName(), state, people == null ? List.of() : people,
                    people != null));
        }
        events.publishEvent(AuditableChange.created(actor, "round_reminder", roundId, round.name(),
                Map.of("kind", Kind.MANUAL, "units", reached.stream().filter(Reached::delivered)
                        .map(r -> r.unitName() + (r.people().isEmpty() ? "" : "（" + String.join("、", r.people()) + "）"))
                        .toList())));
        return reached;
    }

    /** Active units of the round's region, within {@code scope}, that still have to hand in. */
    private List<RoundProgress.Line> pending(Round round, DataScope scope) {
        return progress.lines(round, scope.unitOwned("u.path", "u.region_path")).stream()
                .filter(RoundProgress.Line::awaitsUnit).toList();
    }

    private boolean deliver(Round round, RoundProgress.Line unit, Kind kind, LocalDate today) {
        return deliverTo(round, unit, kind, today, null) != null;
    }

    /** The people reached (empty when unknown), or null when the notice could not be handed over. */
    private List<String> deliverTo(Round round, RoundProgress.Line unit, Kind kind, LocalDate today, String sentBy) {
        long left = calendar.workingDaysBetween(today, round.dueOn());
        String subject = messages.getMessage("reminders." + kind.name() + ".subject",
                new Object[] {round.name(), Math.abs(left)}, NOTICE_LOCALE);
        String body = messages.getMessage("reminders.body",
                new Object[] {unit.unitName(), round.name(), round.dueOn()}, NOTICE_LOCALE);
        String link = unit.submissionId() == null ? "/reporting" : "/reporting/submissions/" + unit.submissionId();
        try {
            return sender.deliver(new Notification(unit.unitId(), unit.unitName(), kind.name(), subject, body, link,
                    Permission.REPORT_SUBMIT, sentBy));
        } catch (RuntimeException e) {
            log.warn("Notice {} for round {} to unit {} not sent: {}", kind, round.id(), unit.unitId(), e.toString());
            return null;
        }
    }
}
