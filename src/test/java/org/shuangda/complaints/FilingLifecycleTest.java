package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shuangda.shared.InvalidInput;

/** Every allowed and every forbidden step of a filing's lifecycle, by track and state. */
class FilingLifecycleTest {

    static Filing filing(Track track, FilingStatus status) {
        return new Filing(1, "TS1", track, Channel.HOTLINE_12315, Category.OTHER, status, "内容", "140426", "黎城县",
                "某商行", null, FilerKind.CONSUMER, false, "张*", "138****5678", 7, "工商局", "/1/7/",
                "/140000/140400/140426/", null, null, LocalDateTime.of(2025, 9, 30, 10, 0), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, 0);
    }

    static Filing with(Filing f, String what) {
        return switch (what) {
            case "extended" -> new Filing(f.id(), f.trackingNo(), f.track(), f.channel(), f.category(), f.status(),
                    f.content(), f.regionCode(), f.regionName(), f.targetName(), f.targetUscc(), f.filerKind(),
                    f.anonymous(), f.filerNameMasked(), f.filerPhoneMasked(), f.unitId(), f.unitName(), f.unitPath(),
                    f.unitRegionPath(), f.handlerUserId(), f.handlerName(), f.receivedAt(), f.acceptedAt(),
                    f.referredAt(), f.decidedAt(), f.refusalGround(), f.outcome(), f.resultText(), "批准", f.clueId(),
                    f.clueNumber(), f.caseNumber(), f.noticeFrom(), f.notifiedAt(), f.mergedIntoId(), f.mergedIntoNo(),
                    f.splitFromId(), f.rating(), f.ratingComment(), f.version());
            case "decided" -> new Filing(f.id(), f.trackingNo(), f.track(), f.channel(), f.category(), f.status(),
                    f.content(), f.regionCode(), f.regionName(), f.targetName(), f.targetUscc(), f.filerKind(),
                    f.anonymous(), f.filerNameMasked(), f.filerPhoneMasked(), f.unitId(), f.unitName(), f.unitPath(),
                    f.unitRegionPath(), f.handlerUserId(), f.handlerName(), f.receivedAt(), f.acceptedAt(),
                    f.referredAt(), f.decidedAt(), f.refusalGround(), f.outcome(), f.resultText(), null, f.clueId(),
                    f.clueNumber(), f.caseNumber(), LocalDate.of(2025, 10, 9), null, f.mergedIntoId(), f.mergedIntoNo(),
                    f.splitFromId(), f.rating(), f.ratingComment(), f.version());
            case "rated" -> new Filing(f.id(), f.trackingNo(), f.track(), f.channel(), f.category(), f.status(),
                    f.content(), f.regionCode(), f.regionName(), f.targetName(), f.targetUscc(), f.filerKind(),
                    f.anonymous(), f.filerNameMasked(), f.filerPhoneMasked(), f.unitId(), f.unitName(), f.unitPath(),
                    f.unitRegionPath(), f.handlerUserId(), f.handlerName(), f.receivedAt(), f.acceptedAt(),
                    f.referredAt(), f.decidedAt(), f.refusalGround(), f.outcome(), f.resultText(), null, f.clueId(),
                    f.clueNumber(), f.caseNumber(), f.noticeFrom(), f.notifiedAt(), f.mergedIntoId(), f.mergedIntoNo(),
                    f.splitFromId(), 4, null, f.version());
            default -> throw new IllegalArgumentException(what);
        };
    }

    @Test
    void aReceivedComplaintOrTipMayBeAcceptedOrRefused() {
        assertThat(filing(Track.COMPLAINT, FilingStatus.RECEIVED).accept()).isEqualTo(FilingStatus.ACCEPTED);
        assertThat(filing(Track.REPORT, FilingStatus.RECEIVED).accept()).isEqualTo(FilingStatus.ACCEPTED);
        assertThat(filing(Track.COMPLAINT, FilingStatus.RECEIVED).refuse(RefusalGround.TIME_BARRED))
                .isEqualTo(FilingStatus.REFUSED);
    }

    @ParameterizedTest
    @EnumSource(value = FilingStatus.class, names = "RECEIVED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAReceivedFilingMayBeAcceptedRefusedOrSplit(FilingStatus status) {
        Filing f = filing(Track.COMPLAINT, status);
        assertThatThrownBy(f::accept).isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> f.refuse(RefusalGround.NOT_OUR_DUTY)).isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(f::requireMaySplit).isInstanceOf(FilingTransitionRefused.class);
    }

    @Test
    void anEnquiryIsAnsweredNeverAcceptedAndOnlyAnEnquiryIsAnswered() {
        Filing enquiry = filing(Track.ENQUIRY, FilingStatus.RECEIVED);
        assertThat(enquiry.answer()).isEqualTo(FilingStatus.CLOSED);
        assertThatThrownBy(enquiry::accept).isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> enquiry.refuse(RefusalGround.NOT_OUR_DUTY)).isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(filing(Track.COMPLAINT, FilingStatus.RECEIVED)::answer)
                .isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(filing(Track.ENQUIRY, FilingStatus.CLOSED)::answer)
                .isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(enquiry::requireMaySplit).isInstanceOf(FilingTransitionRefused.class);
    }

    @Test
    void refusingNeedsAGround() {
        assertThatThrownBy(() -> filing(Track.COMPLAINT, FilingStatus.RECEIVED).refuse(null))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void onlyAnAcceptedTipBecomesAClueAndOnlyOnce() {
        assertThat(filing(Track.REPORT, FilingStatus.ACCEPTED).referToCases()).isEqualTo(FilingStatus.REFERRED);
        assertThatThrownBy(filing(Track.REPORT, FilingStatus.RECEIVED)::referToCases)
                .isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(filing(Track.REPORT, FilingStatus.REFERRED)::referToCases)
                .isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(filing(Track.COMPLAINT, FilingStatus.ACCEPTED)::referToCases)
                .isInstanceOf(FilingTransitionRefused.class);
    }

    @Test
    void closingTakesAnOutcomeOfTheTrackThatTheHandlerMayChoose() {
        assertThat(filing(Track.COMPLAINT, FilingStatus.ACCEPTED).close(Outcome.MEDIATED)).isEqualTo(FilingStatus.CLOSED);
        assertThat(filing(Track.REPORT, FilingStatus.ACCEPTED).close(Outcome.NO_VIOLATION)).isEqualTo(FilingStatus.CLOSED);
        assertThatThrownBy(() -> filing(Track.COMPLAINT, FilingStatus.ACCEPTED).close(Outcome.NO_VIOLATION))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> filing(Track.REPORT, FilingStatus.ACCEPTED).close(Outcome.CASE_OPENED))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> filing(Track.COMPLAINT, FilingStatus.RECEIVED).close(Outcome.MEDIATED))
                .isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> filing(Track.REPORT, FilingStatus.REFERRED).close(Outcome.NO_VIOLATION))
                .isInstanceOf(FilingTransitionRefused.class);
    }

    @Test
    void aClueDecisionClosesOnlyAReferredTip() {
        assertThat(filing(Track.REPORT, FilingStatus.REFERRED).clueDecided()).isEqualTo(FilingStatus.CLOSED);
        assertThatThrownBy(filing(Track.REPORT, FilingStatus.ACCEPTED)::clueDecided)
                .isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(filing(Track.REPORT, FilingStatus.CLOSED)::clueDecided)
                .isInstanceOf(FilingTransitionRefused.class);
    }

    @ParameterizedTest
    @EnumSource(FilingStatus.class)
    void rerouteAndMergeOnlyBeforeTheDecision(FilingStatus status) {
        Filing f = filing(Track.COMPLAINT, status);
        Filing primary = new Filing(2, "TS2", Track.COMPLAINT, Channel.WEB, Category.OTHER, FilingStatus.ACCEPTED,
                "x", "140426", null, "x", null, FilerKind.CONSUMER, false, null, null, 7, null, "/1/7/", "/", null, null,
                LocalDateTime.now(), null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, 0);
        boolean open = status == FilingStatus.RECEIVED || status == FilingStatus.ACCEPTED;
        if (open) {
            f.requireMayReroute();
            assertThat(f.mergeInto(primary)).isEqualTo(FilingStatus.MERGED);
        } else {
            assertThatThrownBy(f::requireMayReroute).isInstanceOf(FilingTransitionRefused.class);
            assertThatThrownBy(() -> f.mergeInto(primary)).isInstanceOf(FilingTransitionRefused.class);
        }
    }

    @Test
    void aFilingCannotBeMergedIntoItselfOrIntoADecidedOne() {
        Filing f = filing(Track.COMPLAINT, FilingStatus.RECEIVED);
        assertThatThrownBy(() -> f.mergeInto(f)).isInstanceOf(FilingTransitionRefused.class);
        Filing closed = filing(Track.COMPLAINT, FilingStatus.CLOSED);
        assertThatThrownBy(() -> f.mergeInto(new Filing(9, "TS9", closed.track(), closed.channel(), closed.category(),
                closed.status(), "x", "140426", null, "x", null, FilerKind.CONSUMER, false, null, null, 7, null, "/1/7/",
                "/", null, null, LocalDateTime.now(), null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, 0))).isInstanceOf(FilingTransitionRefused.class);
    }

    @Test
    void verificationIsExtendedOnceAndOnlyForAnOpenTip() {
        filing(Track.REPORT, FilingStatus.RECEIVED).requireMayExtendVerification();
        filing(Track.REPORT, FilingStatus.ACCEPTED).requireMayExtendVerification();
        assertThatThrownBy(with(filing(Track.REPORT, FilingStatus.ACCEPTED), "extended")::requireMayExtendVerification)
                .isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(filing(Track.COMPLAINT, FilingStatus.ACCEPTED)::requireMayExtendVerification)
                .isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(filing(Track.REPORT, FilingStatus.CLOSED)::requireMayExtendVerification)
                .isInstanceOf(FilingTransitionRefused.class);
    }

    @Test
    void aNamedTipsterIsToldOnceAfterTheDecision() {
        assertThatThrownBy(filing(Track.REPORT, FilingStatus.CLOSED)::requireMayNotify)
                .isInstanceOf(FilingTransitionRefused.class);
        with(filing(Track.REPORT, FilingStatus.CLOSED), "decided").requireMayNotify();
        assertThatThrownBy(with(filing(Track.COMPLAINT, FilingStatus.CLOSED), "decided")::requireMayNotify)
                .isInstanceOf(FilingTransitionRefused.class);
    }

    @Test
    void ratingOnceAfterClosingOrRefusal() {
        filing(Track.COMPLAINT, FilingStatus.CLOSED).requireMayRate();
        filing(Track.COMPLAINT, FilingStatus.REFUSED).requireMayRate();
        assertThatThrownBy(filing(Track.COMPLAINT, FilingStatus.ACCEPTED)::requireMayRate)
                .isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(with(filing(Track.COMPLAINT, FilingStatus.CLOSED), "rated")::requireMayRate)
                .isInstanceOf(FilingTransitionRefused.class);
    }

    @Test
    void masksShowOnlyTheFirstCharacterAndTheEdgesOfNumbers() {
        assertThat(Masks.name("张三丰")).isEqualTo("张**");
        assertThat(Masks.name("李四")).isEqualTo("李*");
        assertThat(Masks.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masks.idNumber("14042619900101123X")).isEqualTo("140426********123X");
        assertThat(Masks.address("黎城县黎侯镇东大街1号")).isEqualTo("黎城县黎侯镇****");
    }
}
