package org.shuangda.credit.record.web;

import java.time.LocalDate;
import org.shuangda.credit.record.Restoration;

/** A restoration application in the API (the applicant's phone is not repeated here). */
record RestorationJson(long id, String number, long factId, long entityId, String entityName, String uscc,
        String decisionNumber, String applicantName, String commitment, String status, LocalDate receivedOn,
        LocalDate acceptDue, String missingPapers, LocalDate acceptedOn, LocalDate decideDue, int extensionDays,
        String extensionApproval, LocalDate decidedOn, String refusalReason, int version) {

    static RestorationJson of(Restoration r) {
        return new RestorationJson(r.id(), r.number(), r.factId(), r.entityId(), r.entityName(), r.uscc(),
                r.decisionNumber(), r.applicantName(), r.commitment(), r.status().name(), r.receivedOn(),
                r.acceptDue(), r.missingPapers(), r.acceptedOn(), r.decideDue(), r.extensionDays(),
                r.extensionApproval(), r.decidedOn(), r.refusalReason(), r.version());
    }
}
