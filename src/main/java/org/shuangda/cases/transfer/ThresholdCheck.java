package org.shuangda.cases.transfer;

import java.util.List;

/**
 * Whether a case meets a criminal threshold, for the prompt on the case page and the API.
 *
 * @param matches       the thresholds met (empty: none)
 * @param openTransfer  a transfer is proposed or under way (no prompt needed)
 * @param transferable  the case's state still allows a transfer
 */
public record ThresholdCheck(long caseId, String caseNumber, List<ThresholdMatch> matches, boolean openTransfer,
        boolean transferable) {

    /** The officer must be prompted: a threshold is met and nothing is under way. */
    public boolean mustTransfer() {
        return !matches.isEmpty() && !openTransfer;
    }

    /** The charges met, in table order, without repeats: "假冒注册商标罪、销售假冒注册商标的商品罪". */
    public String charges() {
        return String.join("、", matches.stream().map(ThresholdMatch::charge).distinct().toList());
    }
}
