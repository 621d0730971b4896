package org.shuangda.cases.transfer;

import java.util.List;

/**
 * A case above a threshold never handed over to the police (suspected 以罚代刑), with the thresholds it meets and
 * whether an opinion is already open.
 */
public record MissedTransfer(CaseFacts kase, List<ThresholdMatch> matches, boolean opinionOpen) {
}
