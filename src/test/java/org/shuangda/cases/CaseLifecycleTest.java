package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.DeadlineRule;
import org.shuangda.cases.CaseParty.PartyKind;
import org.shuangda.shared.InvalidInput;

/** Every transition of a case from every state: allowed ones give the next state, the others are refused. */
class CaseLifecycleTest {

    static final LocalDateTime REGISTERED_AT = LocalDateTime.of(2026, 3, 2, 9, 0);
    static final PenaltyDecision GENERAL = new PenaltyDecision("黎工商罚〔2026〕1号", Procedure.GENERAL,
            List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATION_OF_GOODS), new BigDecimal("30000"),
            "《中华人民共和国商标法》第六十条第二款", "销售侵犯注册商标专用权的商品", LocalDate.of(2026, 5, 6));
    static final PenaltyDecision SIMPLE = new PenaltyDecision("黎工商罚〔2026〕2号", Procedure.SIMPLE,
            List.of(PenaltyKind.WARNING), null, "《中华人民共和国产品质量法》", "标识不全", LocalDate.of(2026, 3, 5));

    static EnforcementCase inState(CaseStatus status) {
        return complete(status, List.of(new CaseParty(PartyKind.ENTITY, 1L, "黎城县某商贸有限公司",
                "91140426MA0ABCDE1X", null, null)), "销售假冒注册商标的化肥", new BigDecimal("52000"));
    }

    static EnforcementCase complete(CaseStatus status, List<CaseParty> parties, String facts, BigDecimal value) {
        return new EnforcementCase(1L, "黎工商处〔2026〕1号", 7, "黎城县工商行政管理局", "/1/7/",
                "/140000/140400/140426/", null, "销售假冒化肥案", CaseCategory.TRADEMARK, "化肥", status, REGISTERED_AT,
                facts, value, BigDecimal.ZERO, value, parties, List.of(), List.of(),
                Deadline.startingAt(REGISTERED_AT, DeadlineRule.naturalDays(90)), null, null, false, null, null, null,
                null, null, null, List.of(), 0);
    }

    record Step(String name, Function<EnforcementCase, CaseStatus> apply, Set<CaseStatus> from, CaseStatus to) {
    }

    static final List<Step> STEPS = List.of(
            new Step("startInvestigation", EnforcementCase::startInvestigation, EnumSet.of(CaseStatus.REGISTERED),
                    CaseStatus.INVESTIGATING),
            new Step("notifyParty", EnforcementCase::notifyParty, EnumSet.of(CaseStatus.INVESTIGATING),
                    CaseStatus.NOTIFIED),
            new Step("decide general", c -> c.decide(GENERAL), EnumSet.of(CaseStatus.NOTIFIED), CaseStatus.DECIDED),
            new Step("decide simple", c -> c.decide(SIMPLE), EnumSet.of(CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED),
                    CaseStatus.DECIDED),
            new Step("decideNoPenalty", c -> c.decideNoPenalty("情节轻微并及时改正"),
                    EnumSet.of(CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED), CaseStatus.NO_PENALTY),
            new Step("revoke", c -> c.revoke("违法事实不能成立"), EnumSet.of(CaseStatus.REGISTERED, CaseStatus.INVESTIGATING),
                    CaseStatus.REVOKED),
            new Step("startExecution", EnforcementCase::startExecution, EnumSet.of(CaseStatus.DECIDED),
                    CaseStatus.EXECUTING),
            new Step("close", c -> c.close("罚没款已缴纳"), EnumSet.of(CaseStatus.EXECUTING, CaseStatus.NO_PENALTY),
                    CaseStatus.CLOSED),
            new Step("transferToPolice", EnforcementCase::transferToPolice,
                    EnumSet.of(CaseStatus.REGISTERED, CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED),
                    CaseStatus.TRANSFERRED),
            new Step("returnFromPolice", c -> c.returnFromPolice("不构成犯罪，反向移送"),
                    EnumSet.of(CaseStatus.TRANSFERRED), CaseStatus.INVESTIGATING),
            new Step("closeAfterTransfer", c -> c.closeAfterTransfer("公安机关已立案侦查"),
                    EnumSet.of(CaseStatus.TRANSFERRED), CaseStatus.CLOSED));

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void everyStepFromEveryState(CaseStatus from) {
        for (Step step : STEPS) {
            EnforcementCase c = inState(from);
            if (step.from().contains(from)) {
                assertThat(step.apply().apply(c)).as(step.name() + " from " + from).isEqualTo(step.to());
            } else {
                assertThatThrownBy(() -> step.apply().apply(c)).as(step.name() + " from " + from)
                        .isInstanceOf(CaseTransitionRefused.class);
            }
        }
    }

    @Test
    void investigationNeedsAParty() {
        EnforcementCase noParty = complete(CaseStatus.REGISTERED, List.of(), null, null);
        assertThatThrownBy(noParty::startInvestigation).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("parties"));
    }

    @Test
    void notifyingNeedsFactsAndValue() {
        EnforcementCase bare = complete(CaseStatus.INVESTIGATING, inState(CaseStatus.INVESTIGATING).parties(), " ", null);
        assertThatThrownBy(bare::notifyParty).satisfies(e -> assertThat(fields(e)).containsExactly("facts", "caseValue"));
    }

    @Test
    void decisionNamesEveryMissingField() {
        PenaltyDecision empty = new PenaltyDecision(" ", Procedure.GENERAL, List.of(PenaltyKind.FINE), null, null, "",
                null);
        assertThatThrownBy(() -> inState(CaseStatus.NOTIFIED).decide(empty)).isNotInstanceOf(CaseTransitionRefused.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("decisionNumber", "fineAmount", "legalBasis",
                        "decisionFacts", "decidedOn"));
    }

    @Test
    void generalProcedureCannotSkipTheNotice() {
        assertThatThrownBy(() -> inState(CaseStatus.INVESTIGATING).decide(GENERAL))
                .isInstanceOf(CaseTransitionRefused.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).reason()).isEqualTo("case.refused.notifyFirst"));
    }

    @Test
    void reasonsAreRequired() {
        assertThatThrownBy(() -> inState(CaseStatus.REGISTERED).revoke(" "))
                .satisfies(e -> assertThat(fields(e)).containsExactly("reason"));
        assertThatThrownBy(() -> inState(CaseStatus.TRANSFERRED).returnFromPolice(null))
                .satisfies(e -> assertThat(fields(e)).containsExactly("reason"));
    }

    @Test
    void detailsAreEditableOnlyBeforeTheDecision() {
        for (CaseStatus s : CaseStatus.values()) {
            EnforcementCase c = inState(s);
            if (EnumSet.of(CaseStatus.REGISTERED, CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED).contains(s)) {
                c.requireEditable();
            } else {
                assertThatThrownBy(c::requireEditable).as(s.name()).isInstanceOf(CaseTransitionRefused.class);
            }
        }
    }

    static List<String> fields(Throwable e) {
        return ((InvalidInput) e).problems().stream().map(InvalidInput.FieldProblem::field).toList();
    }
}
