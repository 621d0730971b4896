package org.shuangda.reporting.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.SubmissionAction;
import org.shuangda.reporting.SubmissionStatus;

class SubmissionStateTest {

    private static final LocalDateTime CUTOFF = LocalDateTime.of(2010, 12, 24, 23, 59);
    private static final LocalDateTime BEFORE = CUTOFF.minusHours(5);
    private static final LocalDateTime AFTER = CUTOFF.plusDays(1);

    private static SubmissionState submitted() {
        return SubmissionState.draft().submit(BEFORE, CUTOFF);
    }

    @Test
    void draftIsSubmittedOnTimeOrLate() {
        assertThat(submitted().status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(submitted().onTime()).isTrue();
        assertThat(SubmissionState.draft().submit(AFTER, CUTOFF).onTime()).isFalse();
        assertThat(SubmissionState.draft().submit(CUTOFF, CUTOFF).onTime()).isTrue();
    }

    @Test
    void submittedIsReturnedWithAReasonThenResubmittedAndAccepted() {
        SubmissionState returned = submitted().returnWith(" 移送公安数与公安局数据不符 ");
        assertThat(returned.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(returned.returnedReason()).isEqualTo("移送公安数与公安局数据不符");
        returned.requireEditable();
        SubmissionState again = returned.submit(AFTER, CUTOFF);
        assertThat(again.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(again.onTime()).isFalse();
        SubmissionState accepted = again.accept(AFTER.plusHours(1), "licheng.office");
        assertThat(accepted.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(accepted.acceptedBy()).isEqualTo("licheng.office");
    }

    @Test
    void aReturnNeedsAReason() {
        assertThatThrownBy(() -> submitted().returnWith(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forbiddenTransitions() {
        SubmissionState draft = SubmissionState.draft();
        SubmissionState returned = submitted().returnWith("r");
        SubmissionState accepted = submitted().accept(BEFORE, "o");
        assertForbidden(() -> draft.returnWith("r"), SubmissionAction.RETURN);
        assertForbidden(() -> draft.accept(BEFORE, "o"), SubmissionAction.ACCEPT);
        assertForbidden(() -> submitted().submit(BEFORE, CUTOFF), SubmissionAction.SUBMIT);
        assertForbidden(submitted()::requireEditable, SubmissionAction.EDIT);
        assertForbidden(() -> returned.returnWith("r"), SubmissionAction.RETURN);
        assertForbidden(() -> returned.accept(BEFORE, "o"), SubmissionAction.ACCEPT);
        assertForbidden(() -> accepted.submit(BEFORE, CUTOFF), SubmissionAction.SUBMIT);
        assertForbidden(() -> accepted.returnWith("r"), SubmissionAction.RETURN);
        assertForbidden(() -> accepted.accept(BEFORE, "o"), SubmissionAction.ACCEPT);
        assertForbidden(accepted::requireEditable, SubmissionAction.EDIT);
    }

    @Test
    void roundLocksAfterItsLockDateUnlessReopenedForTheUnit() {
        Round round = new Round(1, 1, 1, "140426", "黎城县", 1, "第一次数据报送", LocalDate.of(2010, 12, 21),
                LocalDate.of(2010, 12, 24), LocalDate.of(2010, 12, 24), CUTOFF, LocalDate.of(2010, 12, 27));
        assertThat(round.lockedOn(LocalDate.of(2010, 12, 27))).isFalse();
        assertThat(round.lockedOn(LocalDate.of(2010, 12, 28))).isTrue();
        assertThat(round.lockedOn(LocalDate.of(2010, 12, 28), LocalDate.of(2010, 12, 30))).isFalse();
        assertThat(round.lockedOn(LocalDate.of(2010, 12, 31), LocalDate.of(2010, 12, 30))).isTrue();
    }

    private static void assertForbidden(Runnable transition, SubmissionAction action) {
        assertThatThrownBy(transition::run).isInstanceOfSatisfying(SubmissionState.IllegalTransition.class,
                e -> assertThat(e.action()).isEqualTo(action));
    }
}
