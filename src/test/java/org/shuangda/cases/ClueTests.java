package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.Actor;
import org.shuangda.shared.events.ClueDecided;
import org.shuangda.shared.events.ClueRegistered;
import org.shuangda.shared.events.TipReferredToCases;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Clues: referrals from complaints by event, the outcome back to complaints, the verification clock's guards. */
@WebTest
@RecordApplicationEvents
class ClueTests {

    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired Clues clues;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEvents events;

    long lichengAic() {
        return jdbc.sql("select unit_id from app_user where username = 'licheng.officer'").query(Long.class).single();
    }

    TipReferredToCases tip(long filingId) {
        return new TipReferredToCases(filingId, "JB2026" + filingId, lichengAic(), "140426", "黎城县某超市", null,
                "COUNTERFEIT", "超市销售假冒名牌洗发水", "licheng.office");
    }

    Actor officer() {
        return (Actor) users.loadUserByUsername("licheng.officer");
    }

    @Test
    void aReferredTipBecomesAComplaintClueOnceAfterTheSenderCommits() {
        tx.executeWithoutResult(s -> publisher.publishEvent(tip(9001)));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from clue where filing_id = 9001")
                .query(Integer.class).single() == 1);
        assertThat(jdbc.sql("select source || '/' || source_ref || '/' || status from clue where filing_id = 9001")
                .query(String.class).single()).isEqualTo("COMPLAINT/JB20269001/VERIFYING");
    }

    @Test
    void theListenerAnswersWithTheClueAndARepeatDoesNotDuplicate() {
        tx.executeWithoutResult(s -> clues.acceptReferral(tip(9002)));
        tx.executeWithoutResult(s -> clues.acceptReferral(tip(9002)));
        assertThat(events.stream(ClueRegistered.class).filter(e -> e.filingId() == 9002)).hasSize(2)
                .extracting(ClueRegistered::clueId).containsOnly(events.stream(ClueRegistered.class)
                        .filter(e -> e.filingId() == 9002).findFirst().orElseThrow().clueId());
        assertThat(jdbc.sql("select count(*) from clue where filing_id = 9002").query(Integer.class).single()).isOne();
    }

    @Test
    void decliningAFilingsClueTellsComplaintsWhy() {
        tx.executeWithoutResult(s -> clues.acceptReferral(tip(9003)));
        long clueId = jdbc.sql("select id from clue where filing_id = 9003").query(Long.class).single();
        assertThatThrownBy(() -> clues.decline(clueId, " ", officer())).hasMessageContaining("reason");
        clues.decline(clueId, "经核查商品为正品", officer());
        assertThat(events.stream(ClueDecided.class).filter(e -> e.filingId() == 9003)).singleElement()
                .satisfies(e -> {
                    assertThat(e.caseOpened()).isFalse();
                    assertThat(e.reason()).isEqualTo("经核查商品为正品");
                });
        assertThatThrownBy(() -> clues.decline(clueId, "再次", officer())).isInstanceOf(CaseTransitionRefused.class);
    }

    @Test
    void theVerificationClockPausesOnlyForTestingAppraisalOrIdentificationAndExtendsOnce() {
        tx.executeWithoutResult(s -> clues.acceptReferral(tip(9004)));
        long clueId = jdbc.sql("select id from clue where filing_id = 9004").query(Long.class).single();
        assertThatThrownBy(() -> clues.pause(clueId, PauseReason.HEARING, null, officer()))
                .isInstanceOf(org.shuangda.shared.InvalidInput.class);
        Clue paused = clues.pause(clueId, PauseReason.TESTING, "送检", officer());
        assertThat(paused.verificationClock().openPause()).isPresent();
        assertThat(jdbc.sql("select due_on is null from clue where id = :id").param("id", clueId)
                .query(Boolean.class).single()).as("no due day while paused").isTrue();
        assertThatThrownBy(() -> clues.extend(clueId, "同意", officer()))
                .isInstanceOf(org.shuangda.shared.AccessDeniedProblem.class);
        Actor office = (Actor) users.loadUserByUsername("licheng.office");
        clues.resume(clueId, officer());
        // the office coordinates the units but heads none of them: the 工商局's head approves
        assertThatThrownBy(() -> clues.extend(clueId, "同意", office))
                .isInstanceOf(org.shuangda.shared.AccessDeniedProblem.class);
        Actor head = (Actor) users.loadUserByUsername("licheng.head");
        Clue extended = clues.extend(clueId, "局长同意", head);
        assertThat(extended.verificationClock().totalAmount()).isEqualTo(30);
        assertThatThrownBy(() -> clues.extend(clueId, "再延", head)).isInstanceOf(CaseTransitionRefused.class);
    }
}
