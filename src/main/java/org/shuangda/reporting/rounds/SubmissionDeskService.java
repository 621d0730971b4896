package org.shuangda.reporting.rounds;

import java.util.Map;
import org.shuangda.reporting.SubmissionAction;
import org.shuangda.reporting.SubmissionDesk;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link SubmissionDesk} through {@link Submissions}: nothing of its own to check. */
@Service
class SubmissionDeskService implements SubmissionDesk {

    private final Submissions submissions;

    SubmissionDeskService(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    @Transactional
    public long handIn(Actor reporter, long roundId, Map<String, ?> values,
            Map<String, ? extends Map<String, ?>> breakdowns, Map<String, String> comments) {
        long id = submissions.openForMyUnit(reporter, roundId).id();
        submissions.saveValues(reporter, id, values, breakdowns, comments);
        submissions.act(reporter, id, SubmissionAction.SUBMIT, null);
        return id;
    }

    @Override
    @Transactional
    public void review(Actor office, long submissionId, SubmissionAction action, String reason) {
        if (action.byUnit()) {
            throw new IllegalArgumentException("a review accepts or returns: " + action);
        }
        submissions.act(office, submissionId, action, reason);
    }
}
