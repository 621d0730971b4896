package org.shuangda.cases.transfer.web;

import java.util.List;
import org.shuangda.cases.transfer.Oversight;
import org.shuangda.cases.transfer.ThresholdCheck;
import org.shuangda.cases.transfer.TransferOpinion;
import org.shuangda.cases.transfer.TransferPrompts;
import org.shuangda.cases.transfer.TransferRow;
import org.shuangda.cases.transfer.Transfers;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.Permission;
import org.springframework.stereotype.Component;

/**
 * What the transfer panel on a case page shows ({@code ${@transferPanel.of(me, caseId)}}): the threshold prompt,
 * the case's transfers with their clocks, the prosecutor's opinions; empty for whoever may not see them.
 */
@Component("transferPanel")
public class TransferPanel {

    /** The panel's content. */
    public record Panel(ThresholdCheck check, List<TransferRow> transfers, List<TransferOpinion> opinions,
            boolean mayPropose, boolean mayAnswer) {
    }

    private final TransferPrompts prompts;
    private final Transfers transfers;
    private final Oversight oversight;

    TransferPanel(TransferPrompts prompts, Transfers transfers, Oversight oversight) {
        this.prompts = prompts;
        this.transfers = transfers;
        this.oversight = oversight;
    }

    public Panel of(Actor me, long caseId) {
        if (me == null) {
            throw new AccessDeniedProblem("login required");
        }
        try {
            ThresholdCheck check = prompts.check(me, caseId);
            boolean handles = me.can(Permission.CASE_HANDLE);
            return new Panel(check, transfers.list(me, null, caseId), oversight.opinions(me, caseId),
                    handles && check.transferable() && !check.openTransfer(), handles);
        } catch (NotFoundProblem | AccessDeniedProblem e) {
            return new Panel(new ThresholdCheck(caseId, "", List.of(), false, false), List.of(), List.of(), false,
                    false);
        }
    }
}
