package org.shuangda.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.entities.ResidentIdNumber;
import org.shuangda.shared.Actor;

/**
 * The tests' own cases, registered and moved through the services by a demo county's officer (never the demo's
 * rows): against a natural person, with goods, a value of 2,400 元 and the unit's first two users as officers.
 */
final class CaseFixtures {

    static final String PERSON_ID = idNumber("14042619900307" + "201");
    static final BigDecimal AMOUNT = new BigDecimal("2400");

    private final Cases cases;
    private final CaseLifecycle lifecycle;
    private final Clock clock;

    CaseFixtures(Cases cases, CaseLifecycle lifecycle, Clock clock) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** A unique title, so that searches and lists find this test's case only. */
    static String title(String what) {
        return "测试：" + what + "案" + UUID.randomUUID().toString().substring(0, 8);
    }

    CaseView registered(Actor officer, String title) {
        return registered(officer, title, null);
    }

    /** 立案 at {@code at} (null: now), as for a case entered after the fact. */
    CaseView registered(Actor officer, String title, LocalDateTime at) {
        List<Long> officers = cases.officerCandidates(officer, officer.unitId()).stream().limit(2)
                .map(HandlingOfficer::userId).toList();
        return cases.register(officer, new CaseDraft(null, title, CaseCategory.COPYRIGHT, "音像制品",
                "经查，当事人销售盗版光盘800张。", AMOUNT, new BigDecimal("600"), AMOUNT,
                List.of(PartyInput.person("郝某某", PERSON_ID, "黎城县黎侯镇")),
                List.of(new SeizedGoods("盗版影视光盘", new BigDecimal("800"), "张", AMOUNT)), officers, at));
    }

    CaseView investigating(Actor officer, String title) {
        return lifecycle.startInvestigation(officer, registered(officer, title).id());
    }

    /** Decided today under the general procedure: a fine of 8,000 元 and the goods confiscated. */
    CaseView decided(Actor officer, String title) {
        CaseView c = investigating(officer, title);
        lifecycle.notifyParty(officer, c.id());
        LocalDate today = LocalDate.now(clock);
        String prefix = CaseNumbers.decisionAbbreviation(c.number().substring(0, c.number().indexOf('〔')));
        return lifecycle.decide(officer, c.id(), new PenaltyDecision(prefix + "〔" + today.getYear() + "〕" + c.id() + "号",
                Procedure.GENERAL, List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATION_OF_GOODS), new BigDecimal("8000"),
                "《中华人民共和国著作权法》第五十三条", "销售盗版光盘800张", today));
    }

    private static String idNumber(String first17) {
        return first17 + ResidentIdNumber.checkCharFor(first17);
    }
}
