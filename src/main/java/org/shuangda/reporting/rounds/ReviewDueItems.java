package org.shuangda.reporting.rounds;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.shuangda.shared.DueItem;
import org.shuangda.shared.DueItems;
import org.shuangda.shared.Permission;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * For the daily notices: each submission waiting for review after its round's due day, to the office of the
 * unit's region (the people holding {@code REPORT_REVIEW} in units of that region itself, as the home page's
 * review to-do), until it is accepted or returned or the round locks.
 */
@Component
class ReviewDueItems implements DueItems {

    private static final Locale NOTICE_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final SubmissionStore submissions;
    private final MessageSource messages;

    ReviewDueItems(SubmissionStore submissions, MessageSource messages) {
        this.submissions = submissions;
        this.messages = messages;
    }

    @Override
    public List<DueItem> dueBy(LocalDate today, LocalDate horizon) {
        return submissions.awaitingReviewPastDue(today).stream().map(s -> new DueItem("SUBMISSION_REVIEW",
                String.valueOf(s.id()), null, s.regionCode(), Permission.REPORT_REVIEW, s.dueOn(), true,
                messages.getMessage("reporting.due.review.subject", new Object[] {s.unitName(), s.roundName()},
                        NOTICE_LOCALE),
                messages.getMessage("reporting.due.review.body", new Object[] {s.unitName(), s.roundName(),
                        s.dueOn().getMonthValue(), s.dueOn().getDayOfMonth()}, NOTICE_LOCALE),
                "/reporting/rounds/" + s.roundId() + "/review")).toList();
    }
}
