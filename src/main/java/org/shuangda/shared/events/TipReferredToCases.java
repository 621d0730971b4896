package org.shuangda.shared.events;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A handler turned a tip (举报) into a case clue (线索). Published by complaints; the cases module registers
 * a clue with source {@code COMPLAINT} for {@code unitId} and answers with {@link ClueRegistered}.
 * The tipster's identity is never part of it.
 *
 * @param filingId    the filing's id in complaints
 * @param trackingNo  the filing's public tracking number, shown on the clue
 * @param unitId      the unit that will verify the clue (the filing's handling unit)
 * @param regionCode  GB/T 2260 code of the place of the matter
 * @param targetName  the business or person the tip is about
 * @param targetUscc  its unified social credit code, or null
 * @param category    the matter's category code in complaints (e.g. TRADEMARK, COUNTERFEIT, FOOD)
 * @param content     what the tipster reported
 * @param referredBy  username of the handler
 * @param receivedAt  when the tip's material was received (收到材料之日): the clue's verification clock counts
 *                    from it, not from the referral (市场监督管理行政处罚程序规定 第十八条); null in events
 *                    published before it was added, then the referral's time is used
 */
@DomainEvent
public record TipReferredToCases(long filingId, String trackingNo, long unitId, String regionCode,
        String targetName, String targetUscc, String category, String content, String referredBy,
        java.time.LocalDateTime receivedAt) {
}
