package org.shuangda.cases;

import java.time.LocalDate;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督办: the leading-group office ({@code CASE_SUPERVISE}) marks a case and asks for a progress report every N
 * working days; the handling unit ({@code CASE_HANDLE}) reports. A late report shows in the to-dos.
 */
@Service
public class CaseSupervision {

    private final CaseSteps steps;
    private final WorkingCalendar calendar;

    CaseSupervision(CaseSteps steps, WorkingCalendar calendar) {
        this.steps = steps;
        this.calendar = calendar;
    }

    @Transactional
    public CaseView supervise(Actor actor, long caseId, int everyWorkingDays, String note) {
        return supervise(actor, caseId, everyWorkingDays, note, steps.today());
    }

    /**
     * 督办 recorded after the fact: supervised since {@code since} (not in the future), for cases entered with
     * their history (the demo's).
     */
    @Transactional
    public CaseView supervise(Actor actor, long caseId, int everyWorkingDays, String note, LocalDate since) {
        if (since.isAfter(steps.today())) {
            throw new InvalidInput("since", "case.invalid.future");
        }
        return steps.take(actor, caseId, CaseAction.SUPERVISE, c -> c.supervise(everyWorkingDays, note, since));
    }

    @Transactional
    public CaseView endSupervision(Actor actor, long caseId) {
        return steps.take(actor, caseId, CaseAction.END_SUPERVISION, EnforcementCase::endSupervision);
    }

    @Transactional
    public CaseView reportProgress(Actor actor, long caseId, String text) {
        return steps.take(actor, caseId, CaseAction.PROGRESS,
                c -> c.reportProgress(text, actor.displayName(), steps.now()));
    }

    /** Whether the next progress report is late today. */
    public boolean progressOverdue(CaseView c) {
        return c.supervision() != null && !c.status().isFinal()
                && c.supervision().reportLate(steps.today(), calendar);
    }

    public LocalDate nextReportDue(CaseView c) {
        return c.supervision() == null ? null : c.supervision().nextReportDue(calendar);
    }
}
