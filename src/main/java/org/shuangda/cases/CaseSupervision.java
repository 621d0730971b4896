package org.shuangda.cases;

import java.time.LocalDate;
import java.util.Map;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.AuditableChange;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督办: the leading-group office ({@code CASE_SUPERVISE}) marks a case and asks for a progress report every N
 * working days; the handling unit ({@code CASE_HANDLE}) reports. A late report shows in the to-dos.
 */
@Service
public class CaseSupervision {

    private final CaseAccess access;
    private final CaseStore store;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;

    CaseSupervision(CaseAccess access, CaseStore store, WorkingCalendar calendar, ApplicationEventPublisher events) {
        this.access = access;
        this.store = store;
        this.calendar = calendar;
        this.events = events;
    }

    @Transactional
    public EnforcementCase supervise(long caseId, int everyWorkingDays, String note, Actor actor) {
        EnforcementCase c = access.forChange(caseId, actor, Permission.CASE_SUPERVISE);
        if (c.status().isFinal()) {
            throw new CaseTransitionRefused("case.refused.notEditable");
        }
        if (everyWorkingDays < 1 || everyWorkingDays > 60) {
            throw new InvalidInput("everyWorkingDays", "case.invalid.everyDays");
        }
        store.setSupervision(caseId, everyWorkingDays, CaseStore.blank(note), Cases.today());
        store.appendTimeline(caseId, "SUPERVISION", "列为督办案件（每 " + everyWorkingDays + " 个工作日报告进展）",
                actor.displayName());
        events.publishEvent(AuditableChange.updated("case", caseId, c.number(), Map.of("supervised", false),
                Map.of("supervised", true)));
        return store.find(caseId).orElseThrow();
    }

    @Transactional
    public EnforcementCase endSupervision(long caseId, Actor actor) {
        EnforcementCase c = access.forChange(caseId, actor, Permission.CASE_SUPERVISE);
        if (c.supervision() == null) {
            throw new CaseTransitionRefused("case.refused.notSupervised");
        }
        store.setSupervision(caseId, null, null, null);
        store.appendTimeline(caseId, "SUPERVISION", "解除督办", actor.displayName());
        events.publishEvent(AuditableChange.updated("case", caseId, c.number(), Map.of("supervised", true),
                Map.of("supervised", false)));
        return store.find(caseId).orElseThrow();
    }

    @Transactional
    public EnforcementCase reportProgress(long caseId, String text, Actor actor) {
        EnforcementCase c = access.forChange(caseId, actor, Permission.CASE_HANDLE);
        if (c.supervision() == null) {
            throw new CaseTransitionRefused("case.refused.notSupervised");
        }
        if (CaseStore.blank(text) == null) {
            throw new InvalidInput("text", "error.required");
        }
        store.addProgress(caseId, text.strip(), actor.displayName());
        store.appendTimeline(caseId, "PROGRESS", "督办进展：" + text.strip(), actor.displayName());
        events.publishEvent(AuditableChange.created("case-progress", caseId, c.number(), Map.of("text", text.strip())));
        return store.find(caseId).orElseThrow();
    }

    /** Whether the next progress report is late today. */
    public boolean progressOverdue(EnforcementCase c) {
        return c.supervision() != null && !c.status().isFinal()
                && c.supervision().nextReportDue(calendar).isBefore(Cases.today());
    }

    public LocalDate nextReportDue(EnforcementCase c) {
        return c.supervision() == null ? null : c.supervision().nextReportDue(calendar);
    }
}
