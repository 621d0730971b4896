package org.shuangda.credit.alerts;

import java.time.Instant;

/** A filing credit noted when it was received (complaints.FilingReceived): what complaint warnings count. */
public record NotedComplaint(long filingId, String trackingNo, String track, String category, String regionPath,
        String targetName, Long entityId, Instant receivedAt) {
}
