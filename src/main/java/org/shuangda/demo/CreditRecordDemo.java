package org.shuangda.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.CaseDraft;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.cases.CaseLifecycle;
import org.shuangda.cases.CaseView;
import org.shuangda.cases.Cases;
import org.shuangda.cases.PenaltyDecision;
import org.shuangda.cases.PenaltyKind;
import org.shuangda.cases.Procedure;
import org.shuangda.cases.SeizedGoods;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Historical penalties for the credit record (信用档案): the 黎城县 enterprise of the demo's pirated-books case also
 * got, in earlier closed cases, a general fine decided about fourteen months ago (its one-year display has ended),
 * a fine decided five months ago (shown, restoration may be asked for) and a warning only (never shown). The credit
 * module turns the decisions into facts after the demo's commit, as it does for any decision.
 */
@Component
class CreditRecordDemo implements DemoDataStep {

    private final Cases cases;
    private final CaseLifecycle lifecycle;
    private final DemoCaseUnits units;
    private final Clock clock;

    CreditRecordDemo(Cases cases, CaseLifecycle lifecycle, DemoCaseUnits units, Clock clock) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 900; // after every step that opens cases, so their numbers stay as they were
    }

    @Override
    public void load(Actor system) {
        DemoCaseUnits.County li = units.county(system, "140426", "licheng");
        long entity = li.entity(2);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0).withSecond(0);

        closed(li, entity, "销售盗版少儿读物案", CaseCategory.COPYRIGHT, "图书",
                new SeizedGoods("盗版《十万个为什么》", new BigDecimal("150"), "册", new BigDecimal("3000")), "3000",
                now.minusMonths(15), List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATION_OF_GOODS), "3000",
                "《中华人民共和国著作权法》第五十三条", now.minusMonths(14).toLocalDate(), 11, system);
        closed(li, entity, "销售假冒“鸿雁”注册商标开关插座案", CaseCategory.TRADEMARK, "电工产品",
                new SeizedGoods("“鸿雁”开关插座（假冒）", new BigDecimal("400"), "个", new BigDecimal("12000")), "12000",
                now.minusMonths(6), List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATION_OF_GOODS), "20000",
                "《中华人民共和国商标法》第六十条第二款", now.minusMonths(5).toLocalDate(), 12, system);
        closed(li, entity, "销售未标注出版单位教辅资料案", CaseCategory.COPYRIGHT, "图书",
                new SeizedGoods("无出版单位教辅资料", new BigDecimal("30"), "册", new BigDecimal("450")), "450",
                now.minusMonths(9), List.of(PenaltyKind.WARNING), null, "《出版管理条例》第六十六条",
                now.minusMonths(8).toLocalDate(), 13, system);
    }

    private void closed(DemoCaseUnits.County county, long entity, String title, CaseCategory category, String product,
            SeizedGoods goods, String value, LocalDateTime registered, List<PenaltyKind> kinds, String fine,
            String basis, LocalDate decidedOn, int number, Actor system) {
        CaseView c = cases.register(system, new CaseDraft(county.unitId(), title, category, product,
                "经查，当事人" + title.replace("案", "") + "，涉案商品已依法登记保存。", new BigDecimal(value), null,
                new BigDecimal(value), List.of(PartyInput.entity(entity)), List.of(goods), county.officers(),
                registered));
        lifecycle.startInvestigation(system, c.id());
        lifecycle.notifyParty(system, c.id());
        String decision = county.abbreviation().replace("处", "") + "罚〔" + decidedOn.getYear() + "〕" + number + "号";
        lifecycle.decide(system, c.id(), new PenaltyDecision(decision, Procedure.GENERAL, kinds,
                fine == null ? null : new BigDecimal(fine), basis, c.facts(), decidedOn));
        lifecycle.startExecution(system, c.id());
        lifecycle.close(system, c.id(), kinds.contains(PenaltyKind.FINE) ? "罚没款已全额缴入国库" : "警告决定书已送达，当事人已改正");
    }
}
