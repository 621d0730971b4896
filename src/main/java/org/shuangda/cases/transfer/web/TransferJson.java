package org.shuangda.cases.transfer.web;

import java.time.LocalDateTime;
import java.util.List;
import org.shuangda.cases.transfer.Transfer;
import org.shuangda.cases.transfer.Transfer.Step;
import org.shuangda.cases.transfer.TransferAction;
import org.shuangda.cases.transfer.TransferClock;
import org.shuangda.cases.transfer.TransferRow;
import org.shuangda.cases.transfer.TransferStatus;

/** A transfer on the API: its steps, the clock running now and the actions open to the caller. */
record TransferJson(long id, long caseId, String caseNumber, String caseTitle, long unitId, String unitName,
        long policeUnitId, String policeUnitName, String charge, String chargeCode, String chargeArticle, String reason, TransferStatus status,
        LocalDateTime proposedAt, String proposedBy, Step headDecision, Step handover, Step acceptance, Step filing,
        Step reconsiderationRequest, Step reconsiderationAnswer, TransferStatus reconsideredRefusal, Step returned,
        Step partyNotice, TransferClock clock, List<TransferAction> actions) {

    static TransferJson of(TransferRow row, List<TransferAction> actions) {
        Transfer t = row.transfer();
        return new TransferJson(t.id(), t.caseId(), row.caseNumber(), row.caseTitle(), t.unitId(), row.unitName(),
                t.policeUnitId(), row.policeName(), t.charge(),
                t.criminalCharge().map(Enum::name).orElse(null),
                t.criminalCharge().map(org.shuangda.cases.CriminalCharge::citation).orElse(null), t.reason(), t.status(), t.proposedAt(), t.proposedBy(),
                t.headDecision(), t.handover(), t.acceptance(), t.filing(), t.reconsiderationRequest(),
                t.reconsiderationAnswer(), t.reconsideredRefusal(), t.returned(), t.partyNotice(), row.clock(), actions);
    }
}
