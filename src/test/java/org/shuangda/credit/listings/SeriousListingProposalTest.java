package org.shuangda.credit.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.CaseDraft;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.cases.CaseLifecycle;
import org.shuangda.cases.Cases;
import org.shuangda.cases.PenaltyDecision;
import org.shuangda.cases.PenaltyKind;
import org.shuangda.cases.Procedure;
import org.shuangda.cases.SeizedGoods;
import org.shuangda.cases.SeriousListingProposal;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The case's decision step proposes the serious-violation listing (SAMR Order 44 art.13): only with a heavier,
 * unmitigated general-procedure penalty, with its field, art.12 factors and reasons; the decision's event opens the
 * listing of the deciding unit, awaiting the city's agreement, once per case.
 */
@WebTest
class SeriousListingProposalTest {

    @Autowired Cases cases;
    @Autowired CaseLifecycle lifecycle;
    @Autowired CreditListings listings;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private static final SeriousListingProposal PROPOSAL = new SeriousListingProposal("COMPETITION_IP",
            List.of("INTENT", "AMOUNT"), "大量销售假冒注册商标种子，涉案金额巨大");

    long notifiedCase(String title) {
        Actor officer = demo.actor("licheng.officer");
        List<Long> officers = jdbc.sql("select id from app_user where username in ('licheng.officer', 'licheng.inspector')")
                .query(Long.class).list();
        long entity = jdbc.sql("select id from market_entity where region_code = '140426' order by id offset 60 limit 1")
                .query(Long.class).single();
        long caseId = cases.register(officer, new CaseDraft(null, title, CaseCategory.TRADEMARK, "种子",
                "经查，当事人销售假冒注册商标玉米种子。", new BigDecimal("8000"), new BigDecimal("1000"),
                new BigDecimal("8000"), List.of(PartyInput.entity(entity)),
                List.of(new SeizedGoods("假冒玉米种子", new BigDecimal("20"), "袋", new BigDecimal("8000"))), officers,
                LocalDate.now().minusDays(5).atTime(9, 0))).id();
        lifecycle.startInvestigation(officer, caseId);
        lifecycle.notifyParty(officer, caseId);
        return caseId;
    }

    PenaltyDecision decision(long caseId, List<PenaltyKind> kinds, boolean mitigated, boolean aggravated,
            SeriousListingProposal proposal) {
        return new PenaltyDecision("黎工商罚〔2026〕列" + caseId + "号", Procedure.GENERAL, kinds, new BigDecimal("200000"),
                "《中华人民共和国商标法》第六十条第二款", "销售假冒注册商标玉米种子200袋。", LocalDate.now(), mitigated,
                aggravated, proposal);
    }

    @Test
    void a_proposal_with_a_penalty_that_is_not_heavier_or_without_its_fields_is_refused() {
        long caseId = notifiedCase("提请列入校验案");
        Actor officer = demo.actor("licheng.officer");
        assertThatThrownBy(() -> lifecycle.decide(officer, caseId, decision(caseId, List.of(PenaltyKind.FINE), false,
                false, PROPOSAL))).isInstanceOf(InvalidInput.class).hasMessageContaining("seriousListing");
        assertThatThrownBy(() -> lifecycle.decide(officer, caseId, decision(caseId, List.of(PenaltyKind.FINE), true,
                true, PROPOSAL))).isInstanceOf(InvalidInput.class).hasMessageContaining("aggravated")
                .hasMessageContaining("seriousListing");
        assertThatThrownBy(() -> lifecycle.decide(officer, caseId, decision(caseId, List.of(PenaltyKind.FINE), false,
                true, new SeriousListingProposal("NOPE", List.of("GUESS"), " "))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("seriousField")
                .hasMessageContaining("seriousFactors").hasMessageContaining("seriousReasons");
        assertThat(cases.find(officer, caseId).status().name()).isEqualTo("NOTIFIED");
    }

    @Test
    void the_decision_opens_the_listing_awaiting_the_citys_agreement_once() throws Exception {
        long caseId = notifiedCase("提请列入严重违法失信名单案");
        Actor officer = demo.actor("licheng.officer");
        // the form: a heavier fine (aggravated) with the proposal's fields
        mvc.perform(post("/cases/{id}/decide", caseId).with(demo.as("licheng.officer")).with(csrf())
                        .param("decisionNumber", "黎工商罚〔2026〕列" + caseId + "号").param("procedure", "GENERAL")
                        .param("kinds", "FINE").param("fineAmount", "200000")
                        .param("legalBasis", "《中华人民共和国商标法》第六十条第二款").param("decisionFacts", "销售假冒注册商标玉米种子200袋。")
                        .param("decidedOn", LocalDate.now().toString()).param("aggravated", "true")
                        .param("seriousListing", "true").param("seriousField", "COMPETITION_IP")
                        .param("seriousFactors", "INTENT", "AMOUNT").param("seriousReasons", "涉案金额巨大"))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from credit_listing where case_id = :c").param("c", caseId).query(Long.class).single() == 1);
        long id = jdbc.sql("select id from credit_listing where case_id = :c").param("c", caseId).query(Long.class).single();
        ListingView v = listings.get(officer, id);
        assertThat(v.listing().kind()).isEqualTo(ListKind.SERIOUS);
        assertThat(v.listing().state()).isEqualTo(ListingState.AWAITING_AGREEMENT);
        assertThat(v.listing().ground()).isEqualTo("COMPETITION_IP");
        assertThat(v.listing().detail().get("factors")).isEqualTo(List.of("INTENT", "AMOUNT"));
        assertThat(v.listing().entityId()).isNotNull();
        assertThat(v.agreementRegionName()).isEqualTo("长治市");
        assertThat(listings.awaitingMyAgreement(demo.actor("changzhi.office"))).anyMatch(x -> x.listing().id() == id);
        // the event delivered again opens nothing twice
        listings.openSerious(Actor.system("测试"), new CreditListings.SeriousProposal(caseId, "x", LocalDate.now(),
                officer.unitId(), null, "x", Listing.SubjectKind.ENTITY, null, "FOOD", java.util.Map.of()));
        assertThat(jdbc.sql("select count(*) from credit_listing where case_id = :c").param("c", caseId)
                .query(Long.class).single()).isEqualTo(1);
    }
}
