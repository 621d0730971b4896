package org.shuangda.complaints;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A complaint, tip or enquiry with where it stands. The lifecycle lives here: each {@code require…} or
 * transition method guards the current state and track and throws {@link FilingTransitionRefused} when the
 * step is not allowed. Personal data appears only masked; the ciphertexts stay in the store.
 */
public record Filing(long id, String trackingNo, Track track, Channel channel, Category category,
        FilingStatus status, String content, String regionCode, String regionName, String targetName,
        String targetUscc, FilerKind filerKind, boolean anonymous, String filerNameMasked, String filerPhoneMasked,
        long unitId, String unitName, String unitPath, String unitRegionPath, Long handlerUserId,
        String handlerName, LocalDateTime receivedAt, LocalDateTime acceptedAt, LocalDateTime referredAt, LocalDateTime decidedAt,
        RefusalGround refusalGround, Outcome outcome, String resultText, String verifyExtension, Long clueId,
        String clueNumber, String caseNumber, LocalDate noticeFrom, LocalDateTime notifiedAt, Long mergedIntoId,
        String mergedIntoNo, Long splitFromId, Integer rating, String ratingComment, int version) {

    public FilingStatus accept() {
        requireStatus(FilingStatus.RECEIVED, "filing.refused.notReceived");
        if (track == Track.ENQUIRY) {
            throw new FilingTransitionRefused("filing.refused.enquiryIsAnswered");
        }
        return FilingStatus.ACCEPTED;
    }

    public FilingStatus refuse(RefusalGround ground) {
        requireStatus(FilingStatus.RECEIVED, "filing.refused.notReceived");
        if (track == Track.ENQUIRY) {
            throw new FilingTransitionRefused("filing.refused.enquiryIsAnswered");
        }
        if (ground == null) {
            throw new org.shuangda.shared.InvalidInput("ground", "error.required");
        }
        return FilingStatus.REFUSED;
    }

    public FilingStatus answer() {
        if (track != Track.ENQUIRY) {
            throw new FilingTransitionRefused("filing.refused.onlyEnquiry");
        }
        requireStatus(FilingStatus.RECEIVED, "filing.refused.notReceived");
        return FilingStatus.CLOSED;
    }

    /** 转为线索: only an accepted tip, once. */
    public FilingStatus referToCases() {
        if (track != Track.REPORT) {
            throw new FilingTransitionRefused("filing.refused.onlyReport");
        }
        requireStatus(FilingStatus.ACCEPTED, "filing.refused.notAccepted");
        return FilingStatus.REFERRED;
    }

    /** The handler's own decision on an accepted complaint or tip. */
    public FilingStatus close(Outcome chosen) {
        requireStatus(FilingStatus.ACCEPTED, "filing.refused.notAccepted");
        if (chosen == null) {
            throw new org.shuangda.shared.InvalidInput("outcome", "error.required");
        }
        if (chosen.track() != track || !chosen.handlerMayChoose()) {
            throw new org.shuangda.shared.InvalidInput("outcome", "filing.error.outcomeTrack");
        }
        return FilingStatus.CLOSED;
    }

    /** The cases module decided the clue: a referred tip is closed with that outcome. */
    public FilingStatus clueDecided() {
        requireStatus(FilingStatus.REFERRED, "filing.refused.notReferred");
        return FilingStatus.CLOSED;
    }

    /** 转办 before the matter is decided. */
    public void requireMayReroute() {
        if (status != FilingStatus.RECEIVED && status != FilingStatus.ACCEPTED) {
            throw new FilingTransitionRefused("filing.refused.notOpenForRouting");
        }
    }

    /** Handled together with {@code primary} (合并处理). */
    public FilingStatus mergeInto(Filing primary) {
        if (status != FilingStatus.RECEIVED && status != FilingStatus.ACCEPTED) {
            throw new FilingTransitionRefused("filing.refused.notOpenForMerge");
        }
        if (primary.id() == id || !primary.status().isOpen() || primary.mergedIntoId() != null) {
            throw new FilingTransitionRefused("filing.refused.badMergeTarget");
        }
        return FilingStatus.MERGED;
    }

    /** The +15 working days for verifying a tip, granted once. */
    public void requireMayExtendVerification() {
        if (track != Track.REPORT) {
            throw new FilingTransitionRefused("filing.refused.onlyReport");
        }
        if (status != FilingStatus.RECEIVED && status != FilingStatus.ACCEPTED) {
            throw new FilingTransitionRefused("filing.refused.notOpen");
        }
        if (verifyExtension != null) {
            throw new FilingTransitionRefused("filing.refused.alreadyExtended");
        }
    }

    /** Telling a real-name tipster the outcome, once, after the decision. */
    public void requireMayNotify() {
        if (!needsNotice()) {
            throw new FilingTransitionRefused("filing.refused.noNoticeDue");
        }
    }

    /** A real-name tip whose outcome is decided and not yet told. */
    public boolean needsNotice() {
        return track == Track.REPORT && !anonymous && noticeFrom != null && notifiedAt == null;
    }

    /** One rating, after the filing is closed or refused. */
    public void requireMayRate() {
        if (status != FilingStatus.CLOSED && status != FilingStatus.REFUSED) {
            throw new FilingTransitionRefused("filing.refused.notClosed");
        }
        if (rating != null) {
            throw new FilingTransitionRefused("filing.refused.alreadyRated");
        }
    }

    /** A complaint that also reports a violation is split before it is decided. */
    public void requireMaySplit() {
        requireStatus(FilingStatus.RECEIVED, "filing.refused.notReceived");
        if (track == Track.ENQUIRY || splitFromId != null) {
            throw new FilingTransitionRefused("filing.refused.cannotSplit");
        }
    }

    public Filing withStatus(FilingStatus next) {
        return new Filing(id, trackingNo, track, channel, category, next, content, regionCode, regionName,
                targetName, targetUscc, filerKind, anonymous, filerNameMasked, filerPhoneMasked, unitId, unitName,
                unitPath, unitRegionPath, handlerUserId, handlerName, receivedAt, acceptedAt, referredAt, decidedAt,
                refusalGround, outcome, resultText, verifyExtension, clueId, clueNumber, caseNumber, noticeFrom,
                notifiedAt, mergedIntoId, mergedIntoNo, splitFromId, rating, ratingComment, version);
    }

    private void requireStatus(FilingStatus expected, String reason) {
        if (status != expected) {
            throw new FilingTransitionRefused(reason);
        }
    }
}
