package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shuangda.shared.Actor;
import org.shuangda.shared.events.ClueDecided;
import org.shuangda.shared.events.ClueRegistered;
import org.shuangda.shared.events.TipReferredToCases;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Clues: referrals from complaints by event, the outcome back to complaints, the verification clock's guards. */
@WebTest
@EnableScenarios
@RecordApplicationEvents
class ClueTests {

    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired Clues clues;
    @Autowired DemoUsers demo;
    @Autowired ApplicationEvents events;

    long lichengAic() {
        return jdbc.sql("select unit_id from app_user where username = 'licheng.officer'").query(Long.class).single();
    }

    TipReferredToCases tip(long filingId) {
        return new TipReferredToCases(filingId, "JB2026" + filingId, lichengAic(), "140426", "黎城县某超市", null,
                "COUNTERFEIT", "超市销售假冒名牌洗发水", "licheng.office", null);
    }

    @Test
    void aClueFromAReferredTipCountsFromTheTipsReceiptNotFromTheReferral() {
        // received Friday 2024-09-27, referred weeks later: 15 working days from the receipt end on 2024-10-23
        TipReferredToCases tip = new TipReferredToCases(9011, "JB20269011", lichengAic(), "140426", "黎城县某超市",
                null, "COUNTERFEIT", "超市销售假冒名牌洗发水", "licheng.office",
                java.time.LocalDateTime.parse("2024-09-27T10:00"));
        tx.executeWithoutResult(s -> clues.acceptReferral(SYSTEM, tip));
        // stored as the instant: 10:00 in Beijing is 02:00 UTC
        assertThat(jdbc.sql("select received_at from clue where filing_id = 9011").query(java.time.OffsetDateTime.class)
                .single().toInstant()).isEqualTo(java.time.Instant.parse("2024-09-27T02:00:00Z"));
        assertThat(jdbc.sql("select due_on from clue where filing_id = 9011").query(java.time.LocalDate.class).single())
                .isEqualTo(java.time.LocalDate.parse("2024-10-23"));
    }

    static final Actor SYSTEM = Actor.system("测试");

    Actor officer() {
        return demo.actor("licheng.officer");
    }

    @Test
    void aReferredTipBecomesAComplaintClueOnceAfterTheSenderCommits(Scenario scenario) {
        scenario.publish(tip(9001)).andWaitForStateChange(() -> jdbc.sql(
                        "select source || '/' || source_ref || '/' || status from clue where filing_id = 9001")
                        .query(String.class).optional().orElse(null))
                .andVerify(clue -> assertThat(clue).isEqualTo("COMPLAINT/JB20269001/VERIFYING"));
        assertThat(jdbc.sql("select count(*) from clue where filing_id = 9001").query(Integer.class).single()).isOne();
    }

    @Test
    void theListenerAnswersWithTheClueAndARepeatDoesNotDuplicate() {
        tx.executeWithoutResult(s -> clues.acceptReferral(SYSTEM, tip(9002)));
        tx.executeWithoutResult(s -> clues.acceptReferral(SYSTEM, tip(9002)));
        assertThat(events.stream(ClueRegistered.class).filter(e -> e.filingId() == 9002)).hasSize(2)
                .extracting(ClueRegistered::clueId).containsOnly(events.stream(ClueRegistered.class)
                        .filter(e -> e.filingId() == 9002).findFirst().orElseThrow().clueId());
        assertThat(jdbc.sql("select count(*) from clue where filing_id = 9002").query(Integer.class).single()).isOne();
    }

    @Test
    void decliningAFilingsClueTellsComplaintsWhy() {
        tx.executeWithoutResult(s -> clues.acceptReferral(SYSTEM, tip(9003)));
        long clueId = jdbc.sql("select id from clue where filing_id = 9003").query(Long.class).single();
        assertThatThrownBy(() -> clues.decline(officer(), clueId, " ")).hasMessageContaining("reason");
        clues.decline(officer(), clueId, "经核查商品为正品");
        assertThat(events.stream(ClueDecided.class).filter(e -> e.filingId() == 9003)).singleElement()
                .satisfies(e -> {
                    assertThat(e.caseOpened()).isFalse();
                    assertThat(e.reason()).isEqualTo("经核查商品为正品");
                });
        assertThatThrownBy(() -> clues.decline(officer(), clueId, "再次")).isInstanceOf(CaseTransitionRefused.class);
    }

    @Test
    void theVerificationClockPausesOnlyForTestingAppraisalOrIdentificationAndExtendsOnce() {
        tx.executeWithoutResult(s -> clues.acceptReferral(SYSTEM, tip(9004)));
        long clueId = jdbc.sql("select id from clue where filing_id = 9004").query(Long.class).single();
        assertThatThrownBy(() -> clues.pause(officer(), clueId, PauseReason.HEARING, null))
                .isInstanceOf(org.shuangda.shared.InvalidInput.class);
        ClueView paused = clues.pause(officer(), clueId, PauseReason.TESTING, "送检");
        assertThat(paused.verificationClock().openPause()).isPresent();
        assertThat(jdbc.sql("select due_on is null from clue where id = :id").param("id", clueId)
                .query(Boolean.class).single()).as("no due day while paused").isTrue();
        assertThatThrownBy(() -> clues.extend(officer(), clueId, "同意"))
                .isInstanceOf(org.shuangda.shared.AccessDeniedProblem.class);
        Actor office = demo.actor("licheng.office");
        clues.resume(officer(), clueId);
        // the office coordinates the units but heads none of them: the 工商局's head approves
        assertThatThrownBy(() -> clues.extend(office, clueId, "同意"))
                .isInstanceOf(org.shuangda.shared.AccessDeniedProblem.class);
        Actor head = demo.actor("licheng.head");
        ClueView extended = clues.extend(head, clueId, "局长同意");
        assertThat(extended.verificationClock().totalAmount()).isEqualTo(30);
        assertThatThrownBy(() -> clues.extend(head, clueId, "再延")).isInstanceOf(CaseTransitionRefused.class);
    }
}
