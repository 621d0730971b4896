package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.cases.transfer.ThresholdCheck;
import org.shuangda.cases.transfer.TransferAction;
import org.shuangda.cases.transfer.TransferPrompts;
import org.shuangda.cases.transfer.TransferRow;
import org.shuangda.cases.transfer.Transfers;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 作出处罚决定 waits for the transfer decision once a criminal threshold is met (no 以罚代刑): refused by the
 * service and absent from the page while nothing or only a proposal exists, possible after the head declined
 * with a reason. The 行政处罚决定书 is offered (and generated) only after the decision.
 */
@WebTest
class DecisionWaitsForTransferTests {

    @Autowired Cases cases;
    @Autowired CaseLifecycle lifecycle;
    @Autowired Transfers transfers;
    @Autowired TransferPrompts prompts;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;

    @Test
    void theDecisionIsRefusedUntilTheTransferIsDecidedThenOfferedAfterTheHeadDeclines() throws Exception {
        Actor officer = demo.actor("licheng.officer");
        CaseView c = notifiedAboveThreshold(officer);
        ThresholdCheck check = prompts.check(officer, c.id());
        assertThat(check.mustTransfer()).as("80,000 元 business amount: 侵犯著作权罪 threshold 50,000").isTrue();
        assertThat(cases.availableActions(officer, c)).doesNotContain(CaseAction.DECIDE).contains(CaseAction.NO_PENALTY);
        mvc.perform(get("/cases/" + c.id()).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/cases/" + c.id() + "/decide"))));
        assertThatThrownBy(() -> lifecycle.decide(officer, c.id(), decision(c)))
                .isInstanceOf(CaseTransitionRefused.class).hasMessageContaining("case.refused.transferUndecided");
        mvc.perform(post("/cases/" + c.id() + "/decide").with(csrf()).with(demo.as("licheng.officer"))
                .param("decisionNumber", "黎工商罚〔2026〕999号")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("须先作出移送决定")));

        TransferRow proposed = transfers.propose(officer, c.id(), null, org.shuangda.cases.CriminalCharge.firstNamedIn(check.charges()).orElseThrow().name(), "非法经营数额达到追诉标准");
        assertThat(cases.availableActions(officer, cases.find(officer, c.id())))
                .as("a proposal waiting for the head is no decision").doesNotContain(CaseAction.DECIDE);

        transfers.act(demo.actor("licheng.head"), proposed.id(), TransferAction.DECLINE, "经集体讨论，证据不足以认定涉嫌犯罪");
        CaseView declined = cases.find(officer, c.id());
        assertThat(cases.availableActions(officer, declined)).contains(CaseAction.DECIDE);
        CaseView decided = lifecycle.decide(officer, c.id(), decision(c));
        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void thePenaltyDecisionDocumentIsOfferedOnlyAfterTheDecision() throws Exception {
        Actor officer = demo.actor("licheng.officer");
        CaseFixtures fixtures = new CaseFixtures(cases, lifecycle, clock);
        CaseView open = fixtures.investigating(officer, CaseFixtures.title("文书"));
        assertThat(CaseDocument.offered(open)).containsExactly(CaseDocument.REGISTRATION_APPROVAL,
                CaseDocument.TRANSFER_LETTER);
        mvc.perform(get("/cases/" + open.id()).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/documents/PENALTY_DECISION"))))
                .andExpect(content().string(containsString("/documents/REGISTRATION_APPROVAL")));
        mvc.perform(get("/cases/" + open.id() + "/documents/PENALTY_DECISION").with(demo.as("licheng.officer")))
                .andExpect(status().isUnprocessableContent());

        CaseView decided = fixtures.decided(officer, CaseFixtures.title("文书"));
        mvc.perform(get("/cases/" + decided.id()).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/documents/PENALTY_DECISION")));
        mvc.perform(get("/cases/" + decided.id() + "/documents/PENALTY_DECISION").with(demo.as("licheng.officer")))
                .andExpect(status().isOk());
    }

    private CaseView notifiedAboveThreshold(Actor officer) {
        List<Long> officers = cases.officerCandidates(officer, officer.unitId()).stream().limit(2)
                .map(HandlingOfficer::userId).toList();
        BigDecimal amount = new BigDecimal("80000");
        CaseView c = cases.register(officer, new CaseDraft(null, CaseFixtures.title("移送前决定"), CaseCategory.COPYRIGHT,
                "音像制品", "经查，当事人销售盗版光盘20000张。", amount, new BigDecimal("6000"), amount,
                List.of(PartyInput.person("郝某某", CaseFixtures.PERSON_ID, "黎城县黎侯镇")),
                List.of(new SeizedGoods("盗版影视光盘", new BigDecimal("20000"), "张", amount)), officers, null));
        lifecycle.startInvestigation(officer, c.id());
        return lifecycle.notifyParty(officer, c.id());
    }

    private PenaltyDecision decision(CaseView c) {
        LocalDate today = LocalDate.now(clock);
        return new PenaltyDecision("黎工商罚〔" + today.getYear() + "〕" + c.id() + "号", Procedure.GENERAL,
                List.of(PenaltyKind.FINE), new BigDecimal("100000"), "《中华人民共和国著作权法》第五十三条",
                "销售盗版光盘20000张", today);
    }
}
