package org.shuangda.complaints;

import java.time.OffsetDateTime;

/**
 * A 转办 waiting for the unit head's approval because whoever asked for it could handle the filing where it would
 * go ({@link RerouteApprovals}). Names of units and the filing's tracking number are for the head's list.
 */
public record RerouteRequest(long id, long filingId, String trackingNo, long fromUnitId, String fromUnitName,
        long toUnitId, String toUnitName, String reason, String requestedBy, OffsetDateTime requestedAt,
        Status status, String decidedBy, OffsetDateTime decidedAt, String decisionNote) {

    public enum Status { PENDING, APPROVED, REFUSED }

    public boolean pending() {
        return status == Status.PENDING;
    }
}
