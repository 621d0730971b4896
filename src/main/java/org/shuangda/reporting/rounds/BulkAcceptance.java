package org.shuangda.reporting.rounds;

import java.util.ArrayList;
import java.util.List;
import org.shuangda.reporting.RoundProgress;
import org.shuangda.reporting.Rounds;
import org.shuangda.reporting.SubmissionAction;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Service;

/**
 * 全部采用: the office accepts, in one click, every submission of a round that waits for it and passes the
 * template's rules (no broken error, every broken warning commented). Each is accepted on its own, as the
 * per-row 采用 does (its own transaction, state check and audit entry), so one refused or changed meanwhile
 * leaves the others accepted; the result names the ones left for a look.
 */
@Service
public class BulkAcceptance {

    /**
     * @param accepted the units whose submissions were accepted
     * @param skipped  the submissions left as they were
     */
    public record Result(List<String> accepted, List<Skipped> skipped) {
    }

    /** @param brokenRules rules broken or warnings uncommented; 0: refused as it changed meanwhile */
    public record Skipped(long submissionId, String unitName, long brokenRules) {
    }

    private final Rounds rounds;
    private final RoundProgress progress;
    private final Submissions submissions;

    BulkAcceptance(Rounds rounds, RoundProgress progress, Submissions submissions) {
        this.rounds = rounds;
        this.progress = progress;
        this.submissions = submissions;
    }

    /** Accepts every waiting submission of the round in the actor's review scope that passes the rules. */
    public Result acceptAll(Actor actor, long roundId) {
        actor.require(Permission.REPORT_REVIEW);
        rounds.get(actor, roundId); // 404 outside the actor's rounds
        List<String> accepted = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (RoundProgress.Line line : progress.lines(actor, roundId)) {
            if (line.submissionId() == null || line.status() == null
                    || !SubmissionAction.ACCEPT.possibleIn(line.status())) {
                continue;
            }
            Submission s = submissions.get(actor, line.submissionId());
            long uncommented = s.warnings().stream().filter(w -> !w.commented()).count();
            if (!s.errors().isEmpty() || uncommented > 0) {
                skipped.add(new Skipped(s.id(), s.unitName(), s.errors().size() + uncommented));
                continue;
            }
            try {
                submissions.act(actor, s.id(), SubmissionAction.ACCEPT, null);
                accepted.add(s.unitName());
            } catch (InvalidInput e) {
                skipped.add(new Skipped(s.id(), s.unitName(), 0));
            }
        }
        return new Result(accepted, skipped);
    }
}
