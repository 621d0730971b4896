package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shuangda.cases.CaseParty.PartyKind;
import org.shuangda.shared.InvalidInput;

/** Every transition of a case from every state: allowed ones give the next state, the others are refused. */
class CaseLifecycleTest {

    /** The rulebook's case.decision (V111): 90 days rolling forward. */
    private static final org.shuangda.calendar.DeadlineRule NINETY_DAYS =
            org.shuangda.calendar.DeadlineRule.naturalDays(90);


    static final LocalDateTime REGISTERED_AT = LocalDateTime.of(2026, 3, 2, 9, 0);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 20, 10, 0);
    static final LocalDate TODAY = NOW.toLocalDate();
    static final String USCC = "91140426MA0ABCDE1X";
    static final PenaltyDecision GENERAL = new PenaltyDecision("黎工商罚〔2026〕1号", Procedure.GENERAL,
            List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATION_OF_GOODS), new BigDecimal("30000"),
            "《中华人民共和国商标法》第六十条第二款", "销售侵犯注册商标专用权的商品", LocalDate.of(2026, 5, 6));
    static final PenaltyDecision SIMPLE = new PenaltyDecision("黎工商罚〔2026〕2号", Procedure.SIMPLE,
            List.of(PenaltyKind.WARNING), null, "《中华人民共和国产品质量法》", "标识不全", LocalDate.of(2026, 3, 5));

    static EnforcementCase inState(CaseStatus status) {
        return complete(status, List.of(new Party(PartyKind.ENTITY, 1L, "黎城县某商贸有限公司", USCC, null, null)),
                "销售假冒注册商标的化肥", new BigDecimal("52000"));
    }

    static EnforcementCase complete(CaseStatus status, List<Party> parties, String facts, BigDecimal value) {
        return new EnforcementCase(1L, "黎工商处〔2026〕1号", new OwningUnit(7, "/1/7/", "/140000/140400/140426/"),
                null, REGISTERED_AT, new CaseDetails("销售假冒化肥案", CaseCategory.TRADEMARK, "化肥", facts, value, value,
                        BigDecimal.ZERO, value, parties, List.of(), List.of()), status,
                new LegalClock(EnforcementCase.decisionClockFrom(REGISTERED_AT, NINETY_DAYS)), null, null, null, null, null, null,
                null, 0);
    }

    record Step(String name, Consumer<EnforcementCase> apply, Set<CaseStatus> from, CaseStatus to) {
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
            new Step("revoke", c -> c.revoke("违法事实不能成立", TODAY),
                    EnumSet.of(CaseStatus.REGISTERED, CaseStatus.INVESTIGATING), CaseStatus.REVOKED),
            new Step("startExecution", EnforcementCase::startExecution, EnumSet.of(CaseStatus.DECIDED),
                    CaseStatus.EXECUTING),
            new Step("close", c -> c.close("罚没款已缴纳", TODAY), EnumSet.of(CaseStatus.EXECUTING, CaseStatus.NO_PENALTY),
                    CaseStatus.CLOSED),
            new Step("transferToPolice", c -> c.transferToPolice(9, NOW),
                    EnumSet.of(CaseStatus.REGISTERED, CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED),
                    CaseStatus.TRANSFERRED),
            new Step("returnFromPolice", c -> c.returnFromPolice("不构成犯罪，反向移送", NOW),
                    EnumSet.of(CaseStatus.TRANSFERRED), CaseStatus.INVESTIGATING),
            new Step("closeAfterTransfer", c -> c.closeAfterTransfer("公安机关已立案侦查", TODAY),
                    EnumSet.of(CaseStatus.TRANSFERRED), CaseStatus.CLOSED));

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void everyStepFromEveryState(CaseStatus from) {
        for (Step step : STEPS) {
            EnforcementCase c = inState(from);
            if (step.from().contains(from)) {
                step.apply().accept(c);
                assertThat(c.status()).as(step.name() + " from " + from).isEqualTo(step.to());
                assertThat(c.lines()).as(step.name() + " is written on the timeline").hasSize(1);
            } else {
                assertThatThrownBy(() -> step.apply().accept(c)).as(step.name() + " from " + from)
                        .isInstanceOf(CaseTransitionRefused.class);
                assertThat(c.status()).isEqualTo(from);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void theButtonsOfAStatusStepAreTheStepsTheCaseAccepts(CaseStatus from) {
        EnforcementCase c = inState(from);
        Map<CaseAction, String> steps = Map.of(CaseAction.INVESTIGATE, "startInvestigation", CaseAction.NOTIFY,
                "notifyParty", CaseAction.NO_PENALTY, "decideNoPenalty", CaseAction.REVOKE, "revoke",
                CaseAction.EXECUTE, "startExecution", CaseAction.CLOSE, "close");
        steps.forEach((action, name) -> assertThat(action.possibleIn(c.state())).as(action + " in " + from)
                .isEqualTo(STEPS.stream().filter(s -> s.name().equals(name)).anyMatch(s -> s.from().contains(from))));
    }

    @Test
    void investigationNeedsAParty() {
        EnforcementCase noParty = complete(CaseStatus.REGISTERED, List.of(), null, null);
        assertThatThrownBy(noParty::startInvestigation).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("parties"));
    }

    @Test
    void notifyingNeedsFactsAndValue() {
        EnforcementCase bare = complete(CaseStatus.INVESTIGATING, inState(CaseStatus.INVESTIGATING).details().parties(),
                " ", null);
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
        assertThatThrownBy(() -> inState(CaseStatus.REGISTERED).revoke(" ", TODAY))
                .satisfies(e -> assertThat(fields(e)).containsExactly("reason"));
        assertThatThrownBy(() -> inState(CaseStatus.TRANSFERRED).returnFromPolice(null, NOW))
                .satisfies(e -> assertThat(fields(e)).containsExactly("reason"));
    }

    @Test
    void detailsAreEditableOnlyBeforeTheDecision() {
        for (CaseStatus s : CaseStatus.values()) {
            EnforcementCase c = inState(s);
            if (EnumSet.of(CaseStatus.REGISTERED, CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED).contains(s)) {
                c.correct(c.details());
                assertThat(c.detailsCorrected()).isTrue();
            } else {
                assertThatThrownBy(() -> c.correct(c.details())).as(s.name()).isInstanceOf(CaseTransitionRefused.class);
            }
        }
    }

    @Test
    void theDecisionAndTheEndArePublishedWithThePartiesAndAmounts() {
        EnforcementCase c = inState(CaseStatus.NOTIFIED);
        c.decide(GENERAL);
        c.startExecution();
        c.close("罚没款已缴纳", TODAY);
        assertThat(c.events()).hasSize(2);
        assertThat(c.events().get(0)).isInstanceOfSatisfying(PenaltyDecided.class, e -> {
            assertThat(e.decisionNumber()).isEqualTo("黎工商罚〔2026〕1号");
            assertThat(e.toBePublished()).isTrue();
        });
        assertThat(c.events().get(1)).isInstanceOfSatisfying(CaseClosed.class, e -> {
            assertThat(e.outcome()).isEqualTo(CaseClosed.Outcome.PENALTY_EXECUTED);
            assertThat(e.partyUsccs()).containsExactly(USCC);
            assertThat(e.fineAmount()).isEqualByComparingTo("30000");
            assertThat(e.unitId()).isEqualTo(7);
            assertThat(e.endedOn()).isEqualTo(TODAY);
        });
        assertThat(c.closedOn()).isEqualTo(TODAY);

        EnforcementCase revoked = inState(CaseStatus.REGISTERED);
        revoked.revoke("违法事实不能成立", TODAY);
        assertThat(revoked.events()).singleElement().isInstanceOfSatisfying(CaseClosed.class,
                e -> assertThat(e.outcome()).isEqualTo(CaseClosed.Outcome.REVOKED));
        assertThat(revoked.closedOn()).as("结案日期 only for a closed case").isNull();
    }

    @Test
    void registeringPublishesTheEntityPartiesUsccs() {
        EnforcementCase c = EnforcementCase.register(42, "黎工商处〔2026〕9号", new OwningUnit(7, "/1/7/", "/140000/"), null,
                REGISTERED_AT, inState(CaseStatus.REGISTERED).details(), NINETY_DAYS);
        assertThat(c.events()).singleElement().isInstanceOfSatisfying(CaseRegistered.class, e -> {
            assertThat(e.caseId()).isEqualTo(42);
            assertThat(e.partyUsccs()).containsExactly(USCC);
            assertThat(e.registeredOn()).isEqualTo(REGISTERED_AT.toLocalDate());
            assertThat(e.caseValue()).isEqualByComparingTo("52000");
        });
        assertThat(c.lines()).extracting(EnforcementCase.Line::text).containsExactly("立案 黎工商处〔2026〕9号");
    }

    @Test
    void theClockStepsDependOnTheClockTheSeizureAndTheSupervision() {
        EnforcementCase c = inState(CaseStatus.INVESTIGATING);
        assertThat(CaseAction.RESUME.possibleIn(c.state())).isFalse();
        c.pauseClock(PauseReason.TESTING, "送检", NOW);
        assertThat(CaseAction.PAUSE.possibleIn(c.state())).isFalse();
        assertThatThrownBy(() -> c.pauseClock(PauseReason.HEARING, null, NOW)).isInstanceOf(CaseTransitionRefused.class);
        c.resumeClock(NOW.plusDays(2));
        assertThat(c.decisionClock().changes()).hasSize(2);

        assertThat(CaseAction.RELEASE.possibleIn(c.state())).isFalse();
        c.startSeizure(null, NOW);
        assertThat(CaseAction.SEIZE.possibleIn(c.state())).isFalse();
        c.extendSeizure("局长批准", 30);
        assertThat(CaseAction.EXTEND_SEIZURE.possibleIn(c.state())).isFalse();
        c.releaseSeizure(NOW.plusDays(3));
        assertThat(CaseAction.SEIZE.possibleIn(c.state())).isTrue();

        assertThat(CaseAction.PROGRESS.possibleIn(c.state())).isFalse();
        c.supervise(5, null, TODAY);
        assertThatThrownBy(() -> c.supervise(5, null, TODAY)).isInstanceOf(CaseTransitionRefused.class);
        c.reportProgress("已查清上游", "执法人员", NOW);
        assertThat(c.supervision().lastReportOn()).isEqualTo(TODAY);
        assertThat(c.progressReports()).hasSize(1);
    }

    static List<String> fields(Throwable e) {
        return ((InvalidInput) e).problems().stream().map(InvalidInput.FieldProblem::field).toList();
    }
}
