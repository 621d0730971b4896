package org.shuangda.cases.transfer;

import java.time.LocalDateTime;

/** One step of a transfer's history: the action, the state it led to, the note, who and when. */
public record TransferHistoryEntry(String action, TransferStatus status, String note, String actor, LocalDateTime at) {
}
