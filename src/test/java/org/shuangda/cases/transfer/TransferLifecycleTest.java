package org.shuangda.cases.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuangda.cases.transfer.TransferStates.in;
import static org.shuangda.cases.transfer.TransferStates.step;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shuangda.shared.InvalidInput;

/** Every step of a transfer from every state: allowed where the law puts it, refused (nothing changed) elsewhere. */
class TransferLifecycleTest {

    /** Each step with the states it is allowed from and the state it leads to (from the first allowed state). */
    private record Rule(String name, Consumer<Transfer> step, Set<TransferStatus> allowedFrom,
            Map<TransferStatus, TransferStatus> leadsTo) {
    }

    private static final java.util.List<Rule> RULES = java.util.List.of(
            new Rule("approve", t -> t.approve(step(9, null)), EnumSet.of(TransferStatus.PROPOSED),
                    Map.of(TransferStatus.PROPOSED, TransferStatus.APPROVED)),
            new Rule("decline", t -> t.decline(step(9, "证据不足")), EnumSet.of(TransferStatus.PROPOSED),
                    Map.of(TransferStatus.PROPOSED, TransferStatus.DECLINED)),
            new Rule("handOver", t -> t.handOver(step(9, null), true, "/140000/"), EnumSet.of(TransferStatus.APPROVED),
                    Map.of(TransferStatus.APPROVED, TransferStatus.HANDED_OVER)),
            new Rule("accept", t -> t.accept(step(9, null)), EnumSet.of(TransferStatus.HANDED_OVER),
                    Map.of(TransferStatus.HANDED_OVER, TransferStatus.ACCEPTED)),
            new Rule("refuseAcceptance", t -> t.refuseAcceptance(step(9, "不属管辖")),
                    EnumSet.of(TransferStatus.HANDED_OVER),
                    Map.of(TransferStatus.HANDED_OVER, TransferStatus.NOT_ACCEPTED)),
            new Rule("file", t -> t.file(step(9, "立案")), EnumSet.of(TransferStatus.ACCEPTED),
                    Map.of(TransferStatus.ACCEPTED, TransferStatus.FILED)),
            new Rule("refuseFiling", t -> t.refuseFiling(step(9, "未达标准")), EnumSet.of(TransferStatus.ACCEPTED),
                    Map.of(TransferStatus.ACCEPTED, TransferStatus.NOT_FILED)),
            new Rule("requestReconsideration", t -> t.requestReconsideration(step(9, "请复议"), true),
                    EnumSet.of(TransferStatus.NOT_ACCEPTED, TransferStatus.NOT_FILED),
                    Map.of(TransferStatus.NOT_ACCEPTED, TransferStatus.RECONSIDERING,
                            TransferStatus.NOT_FILED, TransferStatus.RECONSIDERING)),
            new Rule("answerReconsideration", t -> t.answerReconsideration(step(9, "维持"), false),
                    EnumSet.of(TransferStatus.RECONSIDERING),
                    Map.of(TransferStatus.RECONSIDERING, TransferStatus.NOT_ACCEPTED)),
            new Rule("returnForPenalty", t -> t.returnForPenalty(step(9, "退回行政处罚")),
                    EnumSet.of(TransferStatus.NOT_ACCEPTED, TransferStatus.NOT_FILED, TransferStatus.FILED),
                    Map.of(TransferStatus.NOT_ACCEPTED, TransferStatus.RETURNED,
                            TransferStatus.NOT_FILED, TransferStatus.RETURNED, TransferStatus.FILED,
                            TransferStatus.RETURNED)),
            new Rule("recordPartyNotice", t -> t.recordPartyNotice(step(9, "书面告知当事人")),
                    EnumSet.of(TransferStatus.RETURNED), Map.of(TransferStatus.RETURNED, TransferStatus.RETURNED)));

    static Stream<Arguments> everyStepFromEveryState() {
        return RULES.stream().flatMap(rule -> Stream.of(TransferStatus.values()).map(s -> Arguments.of(rule.name(), s)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyStepFromEveryState")
    void aStepIsAllowedOnlyFromItsStates(String name, TransferStatus from) {
        Rule rule = RULES.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        Transfer transfer = in(from);
        if (rule.allowedFrom().contains(from)) {
            rule.step().accept(transfer);
            assertThat(transfer.status()).isEqualTo(rule.leadsTo().get(from));
        } else {
            Transfer.Saved before = transfer.saved();
            assertThatThrownBy(() -> rule.step().accept(transfer)).isInstanceOf(TransferRefused.class)
                    .hasMessageContaining("transfer.refused");
            assertThat(transfer.saved()).isEqualTo(before);
        }
    }

    /** Which declared step each guarded method is (the answer to a reconsideration is two steps, one method). */
    private static final Map<String, java.util.List<TransferAction>> DECLARED = Map.ofEntries(
            Map.entry("approve", java.util.List.of(TransferAction.APPROVE)),
            Map.entry("decline", java.util.List.of(TransferAction.DECLINE)),
            Map.entry("handOver", java.util.List.of(TransferAction.HAND_OVER)),
            Map.entry("accept", java.util.List.of(TransferAction.ACCEPT)),
            Map.entry("refuseAcceptance", java.util.List.of(TransferAction.REFUSE_ACCEPTANCE)),
            Map.entry("file", java.util.List.of(TransferAction.FILE)),
            Map.entry("refuseFiling", java.util.List.of(TransferAction.REFUSE_FILING)),
            Map.entry("requestReconsideration", java.util.List.of(TransferAction.REQUEST_RECONSIDERATION)),
            Map.entry("answerReconsideration", java.util.List.of(TransferAction.REVERSE_ON_RECONSIDERATION,
                    TransferAction.UPHOLD_ON_RECONSIDERATION)),
            Map.entry("returnForPenalty", java.util.List.of(TransferAction.RETURN_FOR_PENALTY)),
            Map.entry("recordPartyNotice", java.util.List.of(TransferAction.NOTICE_PARTY)));

    @Test
    void theAggregateAllowsEachStepExactlyWhereItsActionIsDeclaredPossible() {
        assertThat(DECLARED.values().stream().flatMap(java.util.List::stream).toList())
                .containsExactlyInAnyOrder(TransferAction.values());
        for (Rule rule : RULES) {
            for (TransferAction action : DECLARED.get(rule.name())) {
                assertThat(EnumSet.allOf(TransferStatus.class).stream().filter(action::possibleIn).toList())
                        .as(rule.name()).containsExactlyInAnyOrderElementsOf(rule.allowedFrom());
            }
        }
    }

    @Test
    void theHandOverRaisesTheEventTheNextModulesListenTo() {
        Transfer t = in(TransferStatus.APPROVED);
        TransferHandedOver event = t.handOver(step(9, null), true, "/140000/140400/140426/");
        assertThat(event.transferId()).isEqualTo(10);
        assertThat(event.caseId()).isEqualTo(1);
        assertThat(event.agencyUnitId()).isEqualTo(2);
        assertThat(event.policeUnitId()).isEqualTo(3);
        assertThat(event.regionPath()).isEqualTo("/140000/140400/140426/");
        assertThat(event.handedOverAt()).isEqualTo(java.time.Instant.parse("2025-09-29T10:00:00Z")); // 18:00 Beijing
    }

    @Test
    void refusalsAndDeclinesNeedAReasonAndChangeNothingWithoutOne() {
        for (Consumer<Transfer> blank : java.util.List.<Consumer<Transfer>>of(
                t -> t.decline(step(9, " ")))) {
            Transfer t = in(TransferStatus.PROPOSED);
            assertThatThrownBy(() -> blank.accept(t)).isInstanceOf(InvalidInput.class).hasMessageContaining("note");
            assertThat(t.status()).isEqualTo(TransferStatus.PROPOSED);
        }
        Transfer handed = in(TransferStatus.HANDED_OVER);
        assertThatThrownBy(() -> handed.refuseAcceptance(step(9, null))).hasMessageContaining("note");
        Transfer accepted = in(TransferStatus.ACCEPTED);
        assertThatThrownBy(() -> accepted.refuseFiling(step(9, ""))).hasMessageContaining("note");
        Transfer refused = in(TransferStatus.NOT_FILED);
        assertThatThrownBy(() -> refused.returnForPenalty(step(9, null))).hasMessageContaining("note");
        assertThat(List(handed.status(), accepted.status(), refused.status()))
                .containsExactly(TransferStatus.HANDED_OVER, TransferStatus.ACCEPTED, TransferStatus.NOT_FILED);
    }

    @Test
    void aProposalNeedsAChargeAndAReason() {
        assertThatThrownBy(() -> Transfer.propose(1, 2, 3, " ", "理由", TransferStates.START, "o"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("charge");
        assertThatThrownBy(() -> Transfer.propose(1, 2, 3, "罪名", null, TransferStates.START, "o"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("reason");
    }

    @Test
    void theHandOverNeedsTheWholePackage() {
        Transfer t = in(TransferStatus.APPROVED);
        assertThatThrownBy(() -> t.handOver(step(9, null), false, "/140000/")).isInstanceOf(TransferRefused.class)
                .hasMessageContaining("transfer.refused.packageIncomplete");
        assertThat(t.status()).isEqualTo(TransferStatus.APPROVED);
    }

    @Test
    void aReversedReconsiderationAcceptsOrFilesAfterAll() {
        Transfer notAccepted = in(TransferStatus.RECONSIDERING);
        notAccepted.answerReconsideration(step(9, "撤销不予受理决定"), true);
        assertThat(notAccepted.status()).isEqualTo(TransferStatus.ACCEPTED);

        Transfer notFiled = in(TransferStatus.NOT_FILED);
        notFiled.requestReconsideration(step(9, "已达追诉标准"), true);
        notFiled.answerReconsideration(step(10, "决定立案"), true);
        assertThat(notFiled.status()).isEqualTo(TransferStatus.FILED);
    }

    @Test
    void eachRefusalIsReconsideredOnceAndNotAfterTheWindow() {
        Transfer t = in(TransferStatus.RECONSIDERING);
        t.answerReconsideration(step(9, "维持不予受理"), false);
        assertThat(t.status()).isEqualTo(TransferStatus.NOT_ACCEPTED);
        assertThatThrownBy(() -> t.requestReconsideration(step(10, "再次复议"), true))
                .hasMessageContaining("transfer.refused.alreadyReconsidered");

        Transfer late = in(TransferStatus.NOT_FILED);
        assertThatThrownBy(() -> late.requestReconsideration(step(99, "复议"), false))
                .hasMessageContaining("transfer.refused.reconsiderationLate");
        assertThat(late.status()).isEqualTo(TransferStatus.NOT_FILED);

        // accepted after a reconsideration, then not filed: that refusal may be reconsidered too
        Transfer again = in(TransferStatus.RECONSIDERING);
        again.answerReconsideration(step(9, "撤销不予受理决定"), true);
        again.refuseFiling(step(10, "未达标准"));
        again.requestReconsideration(step(11, "已达标准"), true);
        assertThat(again.status()).isEqualTo(TransferStatus.RECONSIDERING);
    }

    @Test
    void thePartyIsNoticedOnce() {
        Transfer t = in(TransferStatus.RETURNED);
        t.recordPartyNotice(step(9, "2025年10月9日书面告知"));
        assertThatThrownBy(() -> t.recordPartyNotice(step(10, "再告知"))).hasMessageContaining("partyNoticed");
        assertThat(t.partyNotice().note()).isEqualTo("2025年10月9日书面告知");
    }

    private static java.util.List<TransferStatus> List(TransferStatus... s) {
        return java.util.List.of(s);
    }
}
