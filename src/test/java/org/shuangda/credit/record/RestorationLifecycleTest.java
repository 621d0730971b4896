package org.shuangda.credit.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shuangda.shared.InvalidInput;

/** Every restoration step from every state: allowed ones change the state as declared, the others are refused. */
class RestorationLifecycleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    static Restoration in(RestorationStatus status) {
        return new Restoration(1L, "XF20260302000001", 7, 9, "某公司", "91140426MA0000000X", "黎工商罚〔2026〕1号", 3L,
                "/1/3/", "/140000/140400/140426/", "李某", "13800000000", "已履行完毕", status, DAY, DAY.plusDays(2),
                null, status == RestorationStatus.ACCEPTED ? DAY : null, status == RestorationStatus.ACCEPTED
                        ? DAY.plusDays(9) : null, 0, null, null, null, null, Instant.EPOCH, 0);
    }

    private static UnaryOperator<Restoration> step(RestorationAction action) {
        return switch (action) {
            case ACCEPT -> r -> r.accepted(DAY, DAY.plusDays(9));
            case REQUEST_PAPERS -> r -> r.papersRequested("营业执照复印件；罚款缴纳凭证");
            case SUPPLEMENT -> r -> r.supplemented(DAY.plusDays(4));
            case EXTEND -> r -> r.extended(10, "张局长 黎工商批〔2026〕1号", DAY.plusDays(23));
            case RESTORE -> r -> r.restored(DAY, "licheng.officer");
            case REFUSE -> r -> r.refused("罚款尚未缴纳", DAY, "licheng.officer");
        };
    }

    private static RestorationStatus after(RestorationAction action, RestorationStatus from) {
        return switch (action) {
            case ACCEPT -> RestorationStatus.ACCEPTED;
            case REQUEST_PAPERS -> RestorationStatus.PAPERS_MISSING;
            case SUPPLEMENT -> RestorationStatus.SUBMITTED;
            case EXTEND -> from;
            case RESTORE -> RestorationStatus.RESTORED;
            case REFUSE -> RestorationStatus.REFUSED;
        };
    }

    private static final java.util.Map<RestorationAction, Set<RestorationStatus>> ALLOWED = java.util.Map.of(
            RestorationAction.ACCEPT, EnumSet.of(RestorationStatus.SUBMITTED),
            RestorationAction.REQUEST_PAPERS, EnumSet.of(RestorationStatus.SUBMITTED),
            RestorationAction.SUPPLEMENT, EnumSet.of(RestorationStatus.PAPERS_MISSING),
            RestorationAction.EXTEND, EnumSet.of(RestorationStatus.ACCEPTED),
            RestorationAction.RESTORE, EnumSet.of(RestorationStatus.ACCEPTED),
            RestorationAction.REFUSE, EnumSet.of(RestorationStatus.SUBMITTED, RestorationStatus.ACCEPTED));

    @ParameterizedTest
    @EnumSource(RestorationAction.class)
    void eachStepIsPossibleExactlyInItsStates(RestorationAction action) {
        for (RestorationStatus status : RestorationStatus.values()) {
            if (ALLOWED.get(action).contains(status)) {
                assertThat(action.possibleIn(status)).isTrue();
                assertThat(step(action).apply(in(status)).status()).as(action + " from " + status)
                        .isEqualTo(after(action, status));
            } else {
                assertThat(action.possibleIn(status)).isFalse();
                assertThatThrownBy(() -> step(action).apply(in(status))).as(action + " from " + status)
                        .isInstanceOf(RestorationRefused.class);
            }
        }
    }

    @Test
    void refusalsNeedReasonsPapersAListAndTheExtensionAnApprovalOnce() {
        assertThatThrownBy(() -> in(RestorationStatus.ACCEPTED).refused(" ", DAY, "x"))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).problems().get(0).field())
                .isEqualTo("reason");
        assertThatThrownBy(() -> in(RestorationStatus.SUBMITTED).papersRequested(""))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> in(RestorationStatus.ACCEPTED).extended(10, null, DAY))
                .isInstanceOf(InvalidInput.class);
        Restoration extended = in(RestorationStatus.ACCEPTED).extended(10, "批准", DAY.plusDays(23));
        assertThat(extended.extensionDays()).isEqualTo(10);
        assertThat(extended.decideDue()).isEqualTo(DAY.plusDays(23));
        assertThatThrownBy(() -> extended.extended(10, "再批", DAY.plusDays(40))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void overdueIsComputedFromTheRunningClock() {
        Restoration submitted = in(RestorationStatus.SUBMITTED);
        assertThat(submitted.isOverdue(DAY.plusDays(2))).isFalse();
        assertThat(submitted.isOverdue(DAY.plusDays(3))).isTrue();
        assertThat(in(RestorationStatus.SUBMITTED).papersRequested("x").isOverdue(DAY.plusDays(30))).isFalse();
        Restoration accepted = in(RestorationStatus.ACCEPTED);
        assertThat(accepted.isOverdue(DAY.plusDays(9))).isFalse();
        assertThat(accepted.isOverdue(DAY.plusDays(10))).isTrue();
    }
}
