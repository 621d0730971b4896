package org.shuangda.cases.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.CaseDraft;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.cases.CaseLifecycle;
import org.shuangda.cases.Cases;
import org.shuangda.cases.PenaltyDecision;
import org.shuangda.cases.PenaltyKind;
import org.shuangda.cases.Procedure;
import org.shuangda.cases.SeizedGoods;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 黎城县 cases fined under the general procedure through the services, for the publication tests' own records. */
record DecidedCases(Cases cases, CaseLifecycle lifecycle, Publications publications, DemoUsers demo, JdbcClient jdbc) {

    /**
     * A case registered three days before {@code decidedOn} and decided that day; returns the id of its pending
     * publication record.
     */
    long pendingPublication(String title, LocalDate decidedOn) {
        long caseId = decided(demo.actor("licheng.officer"), title, decidedOn);
        return publications.list(demo.actor("licheng.office"), PublicationStatus.PENDING).stream()
                .map(PublicationView::publication).filter(p -> p.caseId() == caseId).findFirst().orElseThrow()
                .id();
    }

    private long decided(Actor officer, String title, LocalDate decidedOn) {
        List<Long> officers = jdbc.sql("select id from app_user where username in ('licheng.officer', 'licheng.inspector')")
                .query(Long.class).list();
        long entity = jdbc.sql("select id from market_entity where region_code = '140426' order by id limit 1")
                .query(Long.class).single();
        long caseId = cases.register(officer, new CaseDraft(null, title, CaseCategory.TRADEMARK, "化肥", "经查，当事人销售假冒注册商标复合肥。",
                new BigDecimal("8000"), new BigDecimal("1000"), new BigDecimal("8000"), List.of(PartyInput.entity(entity)),
                List.of(new SeizedGoods("假冒复合肥", new BigDecimal("20"), "袋", new BigDecimal("8000"))), officers,
                decidedOn.minusDays(3).atTime(9, 0))).id();
        lifecycle.startInvestigation(officer, caseId);
        lifecycle.notifyParty(officer, caseId);
        lifecycle.decide(officer, caseId, new PenaltyDecision("黎工商罚〔" + decidedOn.getYear() + "〕测试" + caseId + "号",
                Procedure.GENERAL, List.of(PenaltyKind.FINE), new BigDecimal("3000"), "《中华人民共和国商标法》第六十条第二款",
                "销售假冒注册商标复合肥20袋。", decidedOn));
        return caseId;
    }
}
