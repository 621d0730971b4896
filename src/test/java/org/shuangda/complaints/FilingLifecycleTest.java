package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuangda.complaints.FilingBuilder.OFFICER;
import static org.shuangda.complaints.FilingBuilder.filing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.events.ClueDecided;
import org.shuangda.shared.events.TipReferredToCases;

/** Every allowed and every forbidden step of a filing's lifecycle, by track and state, and what each registers. */
class FilingLifecycleTest {

    static final LocalDateTime NOW = LocalDateTime.of(2025, 10, 9, 15, 0);

    @Test
    void aReceivedComplaintOrTipMayBeAcceptedOrRefused() {
        Filing complaint = filing(Track.COMPLAINT, FilingStatus.RECEIVED);
        complaint.accept(OFFICER, NOW);
        assertThat(complaint.status()).isEqualTo(FilingStatus.ACCEPTED);
        assertThat(complaint.handlerUserId()).as("the first to act becomes the handler").isEqualTo(OFFICER.userId());
        Filing tip = filing(Track.REPORT, FilingStatus.RECEIVED);
        tip.accept(OFFICER, NOW);
        assertThat(tip.status()).isEqualTo(FilingStatus.ACCEPTED);
        Filing refused = filing(Track.COMPLAINT, FilingStatus.RECEIVED);
        refused.refuse(OFFICER, RefusalGround.TIME_BARRED, "已超过时效", NOW);
        assertThat(refused.status()).isEqualTo(FilingStatus.REFUSED);
    }

    @ParameterizedTest
    @EnumSource(value = FilingStatus.class, names = "RECEIVED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAReceivedFilingMayBeAcceptedRefusedOrSplit(FilingStatus status) {
        Filing f = filing(Track.COMPLAINT, status);
        assertThatThrownBy(() -> f.accept(OFFICER, NOW)).isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> f.refuse(OFFICER, RefusalGround.NOT_OUR_DUTY, null, NOW))
                .isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> f.splitMatter("举报内容")).isInstanceOf(FilingTransitionRefused.class);
    }

    @Test
    void anEnquiryIsAnsweredNeverAcceptedAndOnlyAnEnquiryIsAnswered() {
        Filing enquiry = filing(Track.ENQUIRY, FilingStatus.RECEIVED);
        assertThatThrownBy(() -> enquiry.accept(OFFICER, NOW)).isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> enquiry.refuse(OFFICER, RefusalGround.NOT_OUR_DUTY, null, NOW))
                .isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> enquiry.splitMatter("举报内容")).isInstanceOf(FilingTransitionRefused.class);
        enquiry.answer(OFFICER, "答复内容", NOW);
        assertThat(enquiry.status()).isEqualTo(FilingStatus.CLOSED);
        assertThat(enquiry.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThatThrownBy(() -> filing(Track.COMPLAINT, FilingStatus.RECEIVED).answer(OFFICER, "x", NOW))
                .isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> filing(Track.ENQUIRY, FilingStatus.CLOSED).answer(OFFICER, "x", NOW))
                .isInstanceOf(FilingTransitionRefused.class);
    }

    @Test
    void refusingNeedsAGroundAndAnAnswerItsText() {
        assertThatThrownBy(() -> filing(Track.COMPLAINT, FilingStatus.RECEIVED).refuse(OFFICER, null, null, NOW))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> filing(Track.ENQUIRY, FilingStatus.RECEIVED).answer(OFFICER, " ", NOW))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void onlyAnAcceptedTipBecomesAClueAndOnlyOnceWithoutTheTipster() {
        Filing tip = filing(Track.REPORT, FilingStatus.ACCEPTED);
        tip.referToCases(OFFICER, NOW);
        assertThat(tip.status()).isEqualTo(FilingStatus.REFERRED);
        assertThat(tip.events()).singleElement().isInstanceOfSatisfying(TipReferredToCases.class, e -> {
            assertThat(e.filingId()).isEqualTo(tip.id());
            assertThat(e.unitId()).isEqualTo(7);
            assertThat(e.referredBy()).isEqualTo(OFFICER.username());
            assertThat(e.toString()).doesNotContain("张*").doesNotContain("138");
        });
        assertThatThrownBy(() -> tip.referToCases(OFFICER, NOW)).isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> filing(Track.REPORT, FilingStatus.RECEIVED).referToCases(OFFICER, NOW))
                .isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> filing(Track.COMPLAINT, FilingStatus.ACCEPTED).referToCases(OFFICER, NOW))
                .isInstanceOf(FilingTransitionRefused.class);
    }

    @Test
    void closingTakesAnOutcomeOfTheTrackThatTheHandlerMayChoose() {
        Filing complaint = filing(Track.COMPLAINT, FilingStatus.ACCEPTED);
        complaint.close(OFFICER, Outcome.MEDIATED, "调解成功", NOW);
        assertThat(complaint.status()).isEqualTo(FilingStatus.CLOSED);
        Filing tip = filing(Track.REPORT, FilingStatus.ACCEPTED);
        tip.close(OFFICER, Outcome.NO_VIOLATION, "未发现违法行为", NOW);
        assertThat(tip.status()).isEqualTo(FilingStatus.CLOSED);
        assertThat(tip.noticeFrom()).as("a real-name tipster is told from today").isEqualTo(NOW.toLocalDate());
        assertThatThrownBy(() -> filing(Track.COMPLAINT, FilingStatus.ACCEPTED).close(OFFICER, Outcome.NO_VIOLATION,
                "x", NOW)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> filing(Track.REPORT, FilingStatus.ACCEPTED).close(OFFICER, Outcome.CASE_OPENED,
                "x", NOW)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> filing(Track.COMPLAINT, FilingStatus.RECEIVED).close(OFFICER, Outcome.MEDIATED,
                "x", NOW)).isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> filing(Track.REPORT, FilingStatus.REFERRED).close(OFFICER, Outcome.NO_VIOLATION,
                "x", NOW)).isInstanceOf(FilingTransitionRefused.class);
    }

    @Test
    void closingRegistersFilingClosedWithWhatTheFilingFound() {
        Filing tip = filing(Track.REPORT, FilingStatus.ACCEPTED);
        tip.close(OFFICER, Outcome.VIOLATION_HANDLED, "已责令整改", NOW);
        assertThat(tip.events()).singleElement().isEqualTo(new FilingClosed(1, Track.REPORT, Category.COUNTERFEIT,
                "/140000/140400/140426/", "某商行", "91140426MA0K7ABC1X", true,
                NOW.atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
        Filing complaint = filing(Track.COMPLAINT, FilingStatus.ACCEPTED);
        complaint.close(OFFICER, Outcome.WITHDRAWN, "投诉人撤回", NOW);
        assertThat(complaint.events()).singleElement()
                .isInstanceOfSatisfying(FilingClosed.class, e -> assertThat(e.upheld()).isFalse());
        Filing refused = filing(Track.COMPLAINT, FilingStatus.RECEIVED);
        refused.refuse(OFFICER, RefusalGround.TIME_BARRED, null, NOW);
        assertThat(refused.events()).as("a refused filing was never taken on: it does not close").isEmpty();
    }

    @Test
    void aClueDecisionClosesOnlyAReferredTipOnce() {
        ClueDecided opened = new ClueDecided(1, 5, true, "黎市监立〔2026〕12号", null, LocalDate.of(2025, 10, 9));
        Filing referred = filing(Track.REPORT, FilingStatus.REFERRED);
        assertThat(referred.clueDecided(opened, NOW)).isTrue();
        assertThat(referred.status()).isEqualTo(FilingStatus.CLOSED);
        assertThat(referred.outcome()).isEqualTo(Outcome.CASE_OPENED);
        assertThat(referred.noticeFrom()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(referred.events()).singleElement()
                .isInstanceOfSatisfying(FilingClosed.class, e -> assertThat(e.upheld()).isTrue());
        assertThat(referred.clueDecided(opened, NOW)).as("delivered again").isFalse();
        for (FilingStatus status : new FilingStatus[] {FilingStatus.ACCEPTED, FilingStatus.CLOSED}) {
            Filing other = filing(Track.REPORT, status);
            assertThat(other.clueDecided(opened, NOW)).isFalse();
            assertThat(other.status()).isEqualTo(status);
            assertThat(other.changed()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(FilingStatus.class)
    void rerouteAndMergeOnlyBeforeTheDecision(FilingStatus status) {
        Filing primary = FilingBuilder.of(Track.COMPLAINT, FilingStatus.ACCEPTED).id(2).build();
        boolean open = status == FilingStatus.RECEIVED || status == FilingStatus.ACCEPTED;
        Filing rerouted = filing(Track.COMPLAINT, status);
        Filing merged = filing(Track.COMPLAINT, status);
        if (open) {
            rerouted.reroute(OFFICER, 8, "涉及其他部门", NOW);
            assertThat(rerouted.status()).isEqualTo(FilingStatus.RECEIVED);
            assertThat(rerouted.unitId()).isEqualTo(8);
            merged.mergeInto(OFFICER, primary, NOW);
            assertThat(merged.status()).isEqualTo(FilingStatus.MERGED);
        } else {
            assertThatThrownBy(() -> rerouted.reroute(OFFICER, 8, "x", NOW))
                    .isInstanceOf(FilingTransitionRefused.class);
            assertThatThrownBy(() -> merged.mergeInto(OFFICER, primary, NOW))
                    .isInstanceOf(FilingTransitionRefused.class);
        }
    }

    @Test
    void reroutingNeedsAReasonAndAnotherUnit() {
        assertThatThrownBy(() -> filing(Track.COMPLAINT, FilingStatus.RECEIVED).reroute(OFFICER, 8, null, NOW))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> filing(Track.COMPLAINT, FilingStatus.RECEIVED).reroute(OFFICER, 7, "x", NOW))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aFilingCannotBeMergedIntoItselfOrIntoADecidedOne() {
        Filing f = filing(Track.COMPLAINT, FilingStatus.RECEIVED);
        assertThatThrownBy(() -> f.mergeInto(OFFICER, f, NOW)).isInstanceOf(FilingTransitionRefused.class);
        Filing closed = FilingBuilder.of(Track.COMPLAINT, FilingStatus.CLOSED).id(9).build();
        assertThatThrownBy(() -> f.mergeInto(OFFICER, closed, NOW)).isInstanceOf(FilingTransitionRefused.class);
        Filing mergedElsewhere = FilingBuilder.of(Track.COMPLAINT, FilingStatus.ACCEPTED).id(10).mergedInto(11).build();
        assertThatThrownBy(() -> f.mergeInto(OFFICER, mergedElsewhere, NOW))
                .isInstanceOf(FilingTransitionRefused.class);
    }

    @Test
    void verificationIsExtendedOnceAndOnlyForAnOpenTip() {
        filing(Track.REPORT, FilingStatus.RECEIVED).extendVerification(OFFICER, "局长批准", NOW);
        Filing accepted = filing(Track.REPORT, FilingStatus.ACCEPTED);
        accepted.extendVerification(OFFICER, "局长批准", NOW);
        assertThat(accepted.verifyExtension()).isEqualTo("局长批准");
        assertThatThrownBy(() -> accepted.extendVerification(OFFICER, "again", NOW))
                .isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> FilingBuilder.of(Track.REPORT, FilingStatus.ACCEPTED).extended("批准").build()
                .extendVerification(OFFICER, "x", NOW)).isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> filing(Track.COMPLAINT, FilingStatus.ACCEPTED).extendVerification(OFFICER, "x", NOW))
                .isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> filing(Track.REPORT, FilingStatus.CLOSED).extendVerification(OFFICER, "x", NOW))
                .isInstanceOf(FilingTransitionRefused.class);
    }

    @Test
    void aNamedTipsterIsToldOnceAfterTheDecision() {
        assertThatThrownBy(() -> filing(Track.REPORT, FilingStatus.CLOSED).markNotified(OFFICER, NOW))
                .isInstanceOf(FilingTransitionRefused.class);
        Filing decided = FilingBuilder.of(Track.REPORT, FilingStatus.CLOSED).noticeFrom(LocalDate.of(2025, 10, 9))
                .build();
        decided.markNotified(OFFICER, NOW);
        assertThat(decided.notifiedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> decided.markNotified(OFFICER, NOW)).isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> FilingBuilder.of(Track.COMPLAINT, FilingStatus.CLOSED)
                .noticeFrom(LocalDate.of(2025, 10, 9)).build().markNotified(OFFICER, NOW))
                .isInstanceOf(FilingTransitionRefused.class);
    }

    @Test
    void ratingOnceAfterClosingOrRefusal() {
        filing(Track.COMPLAINT, FilingStatus.CLOSED).rate(5, null, NOW);
        Filing refused = filing(Track.COMPLAINT, FilingStatus.REFUSED);
        refused.rate(2, "不满意", NOW);
        assertThat(refused.rating()).isEqualTo(2);
        assertThatThrownBy(() -> refused.rate(3, null, NOW)).isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> filing(Track.COMPLAINT, FilingStatus.ACCEPTED).rate(4, null, NOW))
                .isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> FilingBuilder.of(Track.COMPLAINT, FilingStatus.CLOSED).rated(4).build()
                .rate(4, null, NOW)).isInstanceOf(FilingTransitionRefused.class);
        assertThatThrownBy(() -> filing(Track.COMPLAINT, FilingStatus.CLOSED).rate(6, null, NOW))
                .isInstanceOf(InvalidInput.class);
    }

    static Stream<Arguments> everyStepInEveryState() {
        return Stream.of(Track.values()).flatMap(track -> Stream.of(FilingStatus.values())
                .flatMap(status -> Stream.of(FilingAction.values()).map(a -> Arguments.of(track, status, a))));
    }

    /** The buttons ({@link Filing#refusal}) offer exactly the steps the filing then takes. */
    @ParameterizedTest
    @MethodSource("everyStepInEveryState")
    void aStepIsOfferedExactlyWhenTheFilingTakesIt(Track track, FilingStatus status, FilingAction action) {
        Filing f = FilingBuilder.of(track, status).noticeFrom(status == FilingStatus.CLOSED ? NOW.toLocalDate() : null)
                .build();
        Filing primary = FilingBuilder.of(Track.COMPLAINT, FilingStatus.ACCEPTED).id(2).build();
        Runnable step = switch (action) {
            case ACCEPT -> () -> f.accept(OFFICER, NOW);
            case REFER -> () -> f.referToCases(OFFICER, NOW);
            case REFUSE -> () -> f.refuse(OFFICER, RefusalGround.NOT_OUR_DUTY, null, NOW);
            case ANSWER -> () -> f.answer(OFFICER, "答复", NOW);
            case CLOSE -> () -> f.close(OFFICER, java.util.Arrays.stream(Outcome.values())
                    .filter(o -> o.track() == track && o.handlerMayChoose()).findFirst().orElse(Outcome.ANSWERED), "结果", NOW);
            case EXTEND -> () -> f.extendVerification(OFFICER, "批准", NOW);
            case PAUSE -> () -> f.pauseVerification(OFFICER, VerificationPauseReason.TESTING, null, NOW);
            case RESUME -> () -> f.resumeVerification(OFFICER, NOW);
            case NOTIFY -> () -> f.markNotified(OFFICER, NOW);
            case REROUTE -> () -> f.reroute(OFFICER, 8, "理由", NOW);
            case SPLIT -> () -> f.splitInto(OFFICER, "TS2", NOW);
            case MERGE -> () -> f.mergeInto(OFFICER, primary, NOW);
        };
        if (f.refusal(action).isEmpty()) {
            step.run();
            assertThat(f.changed()).isTrue();
        } else {
            assertThatThrownBy(step::run).isInstanceOf(FilingTransitionRefused.class)
                    .hasFieldOrPropertyWithValue("message", "status: " + f.refusal(action).orElseThrow());
        }
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
