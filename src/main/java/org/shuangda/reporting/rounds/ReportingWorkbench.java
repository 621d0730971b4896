package org.shuangda.reporting.rounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangda.reporting.RoundProgress;
import org.shuangda.reporting.RoundView;
import org.shuangda.reporting.Rounds;
import org.shuangda.reporting.SubmissionAction;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.WorkbenchLink;
import org.shuangda.shared.WorkbenchLinkProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Home workbench entries for 数据报送: the reporter's open rounds still waiting for the unit (how many late),
 * and the office's review queue (submissions waiting to be accepted or returned), which opens the round with
 * the most waiting.
 */
@Component
class ReportingWorkbench implements WorkbenchLinkProvider {

    private final Rounds rounds;
    private final RoundProgress progress;
    private final SubmissionStore submissions;
    private final MessageSource messages;

    ReportingWorkbench(Rounds rounds, RoundProgress progress, SubmissionStore submissions, MessageSource messages) {
        this.rounds = rounds;
        this.progress = progress;
        this.submissions = submissions;
        this.messages = messages;
    }

    @Override
    public List<WorkbenchLink> linksFor(Actor actor) {
        boolean reports = actor.can(Permission.REPORT_SUBMIT);
        boolean reviews = actor.can(Permission.REPORT_REVIEW);
        if (!reports && !reviews) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<RoundView> visible = rounds.list(actor, null);
        List<WorkbenchLink> links = new ArrayList<>();
        if (reports) {
            Map<Long, Submissions.Mine> mine = submissions.ofUnit(actor.unitId(),
                    visible.stream().map(v -> v.round().id()).toList());
            long open = 0;
            long late = 0;
            for (RoundView v : visible) {
                Submissions.Mine my = mine.get(v.round().id());
                if (!v.locked() && SubmissionAction.awaitsUnit(my == null ? null : my.status())) {
                    open++;
                    late += v.workingDaysLeft() < 0 ? 1 : 0;
                }
            }
            links.add(new WorkbenchLink("reporting", messages.getMessage("workbench.reporting", null, locale),
                    "/reporting", "clipboard-data", open, late, 10));
        }
        if (reviews) {
            long waiting = 0;
            long most = 0;
            String href = "/reporting";
            for (RoundView v : visible) {
                long here = progress.lines(actor, v.round().id()).stream()
                        .filter(l -> l.status() != null && SubmissionAction.ACCEPT.possibleIn(l.status())).count();
                waiting += here;
                if (here > most) {
                    most = here;
                    href = "/reporting/rounds/" + v.round().id() + "/review";
                }
            }
            links.add(new WorkbenchLink("review", messages.getMessage("workbench.review", null, locale), href,
                    "clipboard-check", waiting, 0, 11));
        }
        return links;
    }
}
