package org.shuangda.cases.transfer;

import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * The agency handed a transfer's package over to the police (已移送): the moment the police's clocks start and
 * the case waits with them. Published inside the hand-over's transaction.
 *
 * @param transferId    the transfer
 * @param caseId        the transferred case
 * @param agencyUnitId  the unit that handled the case and handed it over
 * @param policeUnitId  the police unit addressed
 * @param regionPath    region path of the agency's case, e.g. {@code /140000/140400/140426/}
 * @param handedOverAt  when
 */
@DomainEvent
public record TransferHandedOver(long transferId, long caseId, long agencyUnitId, long policeUnitId,
        String regionPath, Instant handedOverAt) {
}
