package org.shuangda.cases.transfer;

import java.util.Optional;

/**
 * A transfer as lists and pages show it: the aggregate, the case and units by name, and the clock running now.
 *
 * @param caseNumber   e.g. 黎市监处〔2026〕12号
 * @param caseTitle    the case's title
 * @param unitName     the transferring agency
 * @param unitPath     its unit path (scope checks before writes)
 * @param regionPath   its region path
 * @param policeName   the police unit addressed
 * @param policePath   the police unit's path
 * @param policeRegion the police unit's region path
 */
public record TransferRow(Transfer transfer, String caseNumber, String caseTitle, String unitName, String unitPath,
        String regionPath, String policeName, String policePath, String policeRegion, TransferClock clock) {

    public Optional<TransferClock> currentClock() {
        return Optional.ofNullable(clock);
    }

    public long id() {
        return transfer.id();
    }
}
