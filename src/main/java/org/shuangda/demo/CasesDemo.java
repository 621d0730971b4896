package org.shuangda.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.CaseClocks;
import org.shuangda.cases.CaseDraft;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.cases.CaseLifecycle;
import org.shuangda.cases.CaseNumbers;
import org.shuangda.cases.CaseSupervision;
import org.shuangda.cases.CaseView;
import org.shuangda.cases.Cases;
import org.shuangda.cases.ClueSource;
import org.shuangda.cases.Clues;
import org.shuangda.cases.PauseReason;
import org.shuangda.cases.PenaltyDecision;
import org.shuangda.cases.PenaltyKind;
import org.shuangda.cases.Procedure;
import org.shuangda.cases.SeizedGoods;
import org.shuangda.entities.ResidentIdNumber;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Clues and cases of the two counties' 工商局 across every state, from the seeds' kinds of matters (假冒商标化肥,
 * 伪劣种子, 盗版图书, 假药…), with invented names: one case overdue, one supervised with a late report, one
 * paused for testing, one with goods seized. Two cases carry 非法经营数额 over 5万元 and are left untransferred
 * for the transfer code's demo. Registered in the past relative to today so the clocks show real states.
 */
@Component
class CasesDemo implements DemoDataStep {

    private final Cases cases;
    private final CaseLifecycle lifecycle;
    private final CaseClocks clocks;
    private final CaseSupervision supervision;
    private final Clues clues;
    private final CaseNumbers numbers;
    private final DemoCaseUnits units;
    private final Clock clock;

    CasesDemo(Cases cases, CaseLifecycle lifecycle, CaseClocks clocks, CaseSupervision supervision, Clues clues,
            CaseNumbers numbers, DemoCaseUnits units, Clock clock) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.clocks = clocks;
        this.supervision = supervision;
        this.clues = clues;
        this.numbers = numbers;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void load(Actor system) {
        DemoCaseUnits.County li = units.county(system, "140426", "licheng");
        DemoCaseUnits.County ping = units.county(system, "140425", "pingshun");
        // the county 工商局s print their own abbreviation (黎工商处), recorded as a cases setting
        for (DemoCaseUnits.County county : List.of(li, ping)) {
            numbers.setCaseAbbreviation(system, county.unitId(), county.abbreviation());
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0).withSecond(0);

        clues(li, ping, now, system);

        CaseView fertiliser = opened(li, "销售假冒“丰禾”注册商标复合肥案", CaseCategory.TRADEMARK, "化肥",
                li.entity(0), goods("“丰禾”牌复合肥（假冒）", 340, "袋", 68000), "68000", "9000", "68000", now.minusDays(20),
                system);
        lifecycle.startInvestigation(system, fertiliser.id());

        CaseView seeds = opened(li, "销售伪劣玉米种子案", CaseCategory.SEEDS, "种子", li.entity(1),
                goods("“晋单”玉米种子（伪劣）", 2800, "公斤", 56000), "56000", "7600", "56000", now.minusDays(40), system);
        lifecycle.startInvestigation(system, seeds.id());
        lifecycle.notifyParty(system, seeds.id());

        CaseView books = opened(li, "销售盗版教辅图书案", CaseCategory.COPYRIGHT, "图书", li.entity(2),
                goods("盗版《初中数学同步练习》", 620, "册", 9300), "9300", "2100", "9300", now.minusDays(70), system);
        decideGeneral(books, li, "8000", now.minusDays(35), system);
        lifecycle.startExecution(system, books.id());

        CaseView food = opened(li, "生产标签不符合规定的小米案", CaseCategory.FOOD, "粮食加工品", li.entity(3),
                goods("散装小米（无标签）", 900, "公斤", 5400), "5400", "800", "5400", now.minusDays(100), system);
        lifecycle.startInvestigation(system, food.id());

        CaseView pesticide = opened(li, "销售假冒注册商标农药案", CaseCategory.TRADEMARK, "农药", li.entity(4),
                goods("“绿盾”杀虫剂（假冒）", 180, "瓶", 14400), "14400", "3000", "14400", now.minusDays(30), system);
        lifecycle.startInvestigation(system, pesticide.id());
        // supervised three weeks ago and never reported on: the office's late progress report
        supervision.supervise(system, pesticide.id(), 5, "县双打办督办：查清上游供货渠道", now.toLocalDate().minusDays(21));

        CaseView variety = opened(li, "销售侵犯植物新品种权马铃薯种薯案", CaseCategory.PLANT_VARIETY, "种子",
                li.entity(5), goods("“晋薯”马铃薯种薯", 5000, "公斤", 15000), "15000", null, "15000", now.minusDays(6),
                system);
        clocks.startSeizure(system, variety.id(), now.minusDays(5));

        CaseView medicine = opened(ping, "销售假药“风湿骨痛丸”案", CaseCategory.FAKE_MEDICINE, "药品",
                ping.entity(0), goods("“风湿骨痛丸”（无批准文号）", 120, "盒", 4800), "4800", "1500", "4800",
                now.minusDays(25), system);
        lifecycle.startInvestigation(system, medicine.id());
        clocks.pause(system, medicine.id(), PauseReason.TESTING, "送长治市食品药品检验所检验");

        CaseView smallSeeds = opened(ping, "销售标签不规范的谷子种子案", CaseCategory.SEEDS, "种子",
                ping.entity(1), goods("谷子种子（标签不全）", 60, "公斤", 720), "720", "0", "720", now.minusDays(50),
                system);
        lifecycle.startInvestigation(system, smallSeeds.id());
        lifecycle.decideNoPenalty(system, smallSeeds.id(), "初次违法且危害后果轻微并及时改正，依法不予行政处罚");

        CaseView liquor = opened(ping, "销售假冒注册商标白酒案", CaseCategory.TRADEMARK, "酒类", ping.entity(2),
                goods("“潞州老窖”白酒（假冒）", 96, "瓶", 11520), "11520", "2300", "11520", now.minusDays(120), system);
        decideGeneral(liquor, ping, "20000", now.minusDays(80), system);
        lifecycle.startExecution(system, liquor.id());
        lifecycle.close(system, liquor.id(), "罚没款已全额缴入国库，侵权白酒已监督销毁");

        CaseView patent = opened(ping, "产品包装标注失效专利号案", CaseCategory.PATENT, "五金制品", ping.entity(3),
                List.of(), "3000", null, "3000", now.minusDays(15), system);
        lifecycle.revoke(system, patent.id(), "经核查专利仍在有效期内，违法事实不能成立");

        CaseView millet = opened(ping, "擅自使用地理标志“沁州黄”小米案", CaseCategory.GEOGRAPHICAL_INDICATION,
                "粮食加工品", ping.entity(4), goods("标注“沁州黄”字样小米", 40, "袋", 1600), "1600", "200", "1600",
                now.minusDays(10), system);
        lifecycle.startInvestigation(system, millet.id());
        lifecycle.decide(system, millet.id(), new PenaltyDecision(ping.decisionNumber(1), Procedure.SIMPLE,
                List.of(PenaltyKind.WARNING), null, "《地理标志产品保护规定》第二十一条", "在小米包装上擅自使用地理标志名称",
                now.minusDays(8).toLocalDate()));

        String first17 = "14042519790612" + "301";
        CaseView discs = cases.register(system, new CaseDraft(ping.unitId(), "流动摊贩销售盗版光盘案",
                CaseCategory.COPYRIGHT, "音像制品", null, new BigDecimal("2400"), new BigDecimal("600"),
                new BigDecimal("2400"), List.of(PartyInput.person("郝某某（化名）",
                        first17 + ResidentIdNumber.checkCharFor(first17), "平顺县青羊镇")),
                goods("盗版影视光盘", 800, "张", 2400), ping.officers(), now.minusDays(12)));
        lifecycle.startInvestigation(system, discs.id());
    }

    private void clues(DemoCaseUnits.County li, DemoCaseUnits.County ping, LocalDateTime now, Actor system) {
        clues.register(system, new Clues.ClueDraft(li.unitId(), ClueSource.TIP, null, now.minusDays(3), "黎城县某日杂店",
                null, "群众反映该店销售的洗衣粉包装与正品明显不同，疑似假冒。"));
        var appraisal = clues.register(system, new Clues.ClueDraft(li.unitId(), ClueSource.INSPECTION, null, now.minusDays(10),
                "黎城县某汽配门市", null, "市场检查发现一批标注知名品牌的刹车片，无进货票据，需权利人鉴别。"));
        clues.pause(system, appraisal.id(), org.shuangda.cases.PauseReason.RIGHTS_HOLDER_IDENTIFICATION, "已函请商标权利人鉴别");
        clues.register(system, new Clues.ClueDraft(li.unitId(), ClueSource.UPPER_ASSIGNMENT, "长治市双打办交办单", now.minusDays(40),
                "黎城县某网店", null, "上级交办：网店销售疑似盗版学习软件。"));
        var declined = clues.register(system, new Clues.ClueDraft(ping.unitId(), ClueSource.MONITORING, null, now.minusDays(20),
                "平顺县某超市", null, "网络监测发现疑似销售过期食品。"));
        clues.decline(system, declined.id(), "现场核查未发现违法行为，商品均在保质期内");
        clues.register(system, new Clues.ClueDraft(ping.unitId(), ClueSource.OTHER_AGENCY, "平顺县农业局移送函", now.minusDays(2),
                "平顺县某农资经营部", null, "农业部门抽检发现玉米种子发芽率不合格。"));
    }

    private CaseView opened(DemoCaseUnits.County county, String title, CaseCategory category, String product,
            long entityId, List<SeizedGoods> goods, String value, String gains, String amount, LocalDateTime at,
            Actor system) {
        var clue = clues.register(system, new Clues.ClueDraft(county.unitId(), ClueSource.INSPECTION, null, at.minusDays(3),
                title.replace("案", ""), null, "执法检查发现：" + title.replace("案", "") + "。"));
        return clues.openCase(system, clue.id(), new CaseDraft(county.unitId(), title, category, product,
                "经查，当事人" + title.replace("案", "") + "，涉案商品已依法登记保存。", new BigDecimal(value),
                gains == null ? null : new BigDecimal(gains), new BigDecimal(amount),
                List.of(PartyInput.entity(entityId)), goods, county.officers(), at));
    }

    private void decideGeneral(CaseView c, DemoCaseUnits.County county, String fine, LocalDateTime on,
            Actor system) {
        lifecycle.startInvestigation(system, c.id());
        lifecycle.notifyParty(system, c.id());
        lifecycle.decide(system, c.id(), new PenaltyDecision(county.decisionNumber(0), Procedure.GENERAL,
                List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATION_OF_GOODS), new BigDecimal(fine),
                "《中华人民共和国商标法》第六十条第二款、《中华人民共和国著作权法》第五十三条", c.facts(), on.toLocalDate()));
    }

    private static List<SeizedGoods> goods(String name, int quantity, String unit, int value) {
        return List.of(new SeizedGoods(name, new BigDecimal(quantity), unit, new BigDecimal(value)));
    }
}
