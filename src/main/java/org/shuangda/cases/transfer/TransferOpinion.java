package org.shuangda.cases.transfer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDateTime;
import org.shuangda.shared.InvalidInput;

/**
 * A prosecutor's 建议移送 opinion on a case above a threshold that was not transferred, and the agency's answer,
 * with the case and unit by name and the answer clock while it is open. The agency answers within
 * 7 days (the rulebook's {@code transfer.opinion-answer}) (a house default: 国务院令第310号 第十四条 gives the procuratorate
 * supervision but no period; configure here when a province sets one).
 */
public record TransferOpinion(long id, long caseId, String caseNumber, String caseTitle, long unitId, String unitName,
        String opinion, LocalDateTime issuedAt, String issuedBy, String answer, LocalDateTime answeredAt,
        String answeredBy, TransferClock clock, @JsonIgnore int version) {

    public boolean answered() {
        return answeredAt != null;
    }

    /** The opinion answered once, with text, by {@code by} at {@code at}; the clock stops. */
    TransferOpinion answeredWith(String text, LocalDateTime at, String by) {
        if (answered()) {
            throw new TransferRefused("opinion.refused.answered");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInput("answer", "error.required");
        }
        return new TransferOpinion(id, caseId, caseNumber, caseTitle, unitId, unitName, opinion, issuedAt, issuedBy,
                text.strip(), at, by, null, version);
    }
}
