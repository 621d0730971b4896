package org.shuangda.cases.transfer;

import org.shuangda.shared.InvalidInput;

/**
 * A step the transfer's state does not allow (accepting a transfer not yet handed over, a second
 * reconsideration): answered 422 with the field {@code status} and the reason's message code.
 */
public class TransferRefused extends InvalidInput {

    public TransferRefused(String reason, Object... args) {
        super("status", reason, args);
    }
}
