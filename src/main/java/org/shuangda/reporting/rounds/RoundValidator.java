package org.shuangda.reporting.rounds;

import java.time.LocalDate;
import org.shuangda.calendar.PlausibleDates;
import org.shuangda.campaigns.Campaigns;
import org.shuangda.reporting.RoundForm;
import org.shuangda.reporting.templates.TemplateStore;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Component;

/**
 * Checks a round before it is stored, opened now or imported as history: its region within the office's
 * scope, a campaign the office may see, an existing template, a name, the period in order and the lock date
 * not before the due date. Every problem is reported at once.
 */
@Component
class RoundValidator {

    private final RoundStore rounds;
    private final TemplateStore templates;
    private final Campaigns campaigns;

    RoundValidator(RoundStore rounds, TemplateStore templates, Campaigns campaigns) {
        this.rounds = rounds;
        this.templates = templates;
        this.campaigns = campaigns;
    }

    /**
     * @param actor       the office, with {@code REPORT_REVIEW} over the round's region (403 without it)
     * @param currentOnly a new round takes the current version of its template; history kept the one it had
     */
    void validate(Actor actor, RoundForm form, boolean currentOnly) {
        DataScope scope = actor.require(Permission.REPORT_REVIEW);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String regionPath = form.regionCode() == null ? null : rounds.regionPath(form.regionCode()).orElse(null);
        if (regionPath == null || !scope.coversArea(regionPath)) {
            problems.add("regionCode", "reporting.round.region");
        }
        if (form.campaignId() == null) {
            problems.add("campaignId", "error.required");
        } else if (!campaignVisible(actor, form.campaignId())) {
            problems.add("campaignId", "reporting.round.campaign", form.campaignId());
        }
        var current = form.templateId() == null ? java.util.Optional.<Boolean>empty()
                : templates.currentHeldForRound(form.templateId());
        if (current.isEmpty()) {
            problems.add("templateId", "reporting.round.template");
        } else if (currentOnly && !current.get()) {
            problems.add("templateId", "reporting.round.templateSuperseded");
        }
        if (form.name() == null || form.name().isBlank()) {
            problems.add("name", "error.required");
        }
        requireDate(problems, "periodFrom", form.periodFrom());
        requireDate(problems, "periodTo", form.periodTo());
        requireDate(problems, "dueOn", form.dueOn());
        PlausibleDates.check(problems, "onTimeUntil", form.onTimeUntil());
        PlausibleDates.check(problems, "locksAfter", form.locksAfter());
        if (form.periodFrom() != null && form.periodTo() != null && form.periodTo().isBefore(form.periodFrom())) {
            problems.add("periodTo", "reporting.round.periodOrder");
        }
        if (form.dueOn() != null && form.locksAfterOrDue().isBefore(form.dueOn())) {
            problems.add("locksAfter", "reporting.round.lockBeforeDue");
        }
        problems.throwIfAny();
    }

    /** The campaign exists and the office may see it (the campaigns module decides, with its scope). */
    private boolean campaignVisible(Actor actor, long campaignId) {
        try {
            campaigns.get(actor, campaignId);
            return true;
        } catch (NotFoundProblem | AccessDeniedProblem e) {
            return false;
        }
    }

    private static void requireDate(InvalidInput.Collector problems, String field, LocalDate date) {
        if (date == null) {
            problems.add(field, "error.required");
        }
        PlausibleDates.check(problems, field, date);
    }
}
