package org.shuangda.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.shuangda.cases.CaseCategory;
import org.shuangda.cases.CaseDraft;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.cases.CaseLifecycle;
import org.shuangda.cases.CaseQuery;
import org.shuangda.cases.CaseRow;
import org.shuangda.cases.Cases;
import org.shuangda.cases.CaseView;
import org.shuangda.cases.PenaltyDecision;
import org.shuangda.cases.PenaltyKind;
import org.shuangda.cases.Procedure;
import org.shuangda.cases.SeizedGoods;
import org.shuangda.cases.publication.PenaltyPublication;
import org.shuangda.cases.publication.PublicationStatus;
import org.shuangda.cases.publication.PublicationView;
import org.shuangda.cases.publication.Publications;
import org.shuangda.cases.transfer.TransferAction;
import org.shuangda.cases.transfer.TransferDocumentKind;
import org.shuangda.cases.transfer.TransferDocuments;
import org.shuangda.cases.transfer.Transfers;
import org.shuangda.entities.ResidentIdNumber;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * 两法衔接 in the demo: 黎城县's “金穗” fake-fertiliser case transferred and accepted by the county 公安局; a 平顺县 case
 * whose transfer waits for the head's decision (clock running); 黎城县's fake-seed and “丰禾” fertiliser cases above the
 * threshold left untransferred (the prosecutor's list); two penalties published on /public/penalties (a company with its USCC,
 * corrected once; a person masked) and one waiting for publication past its due day. Everything through the
 * services, as the system actor the loader passes.
 */
@Component
class TransfersDemo implements DemoDataStep {

    static final String FERTILISER = "销售假冒“金穗”注册商标复合肥案";
    static final String LIQUOR = "销售假冒注册商标白酒案";
    /** The 黎城县 case handed over to the police and not yet accepted (the police journey starts from it). */
    static final String PESTICIDE = "销售假冒注册商标农药案";

    static final byte[] REPORT = "%PDF-1.4\n% 涉嫌犯罪案件调查报告（演示）\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private final Cases cases;
    private final CaseLifecycle lifecycle;
    private final Transfers transfers;
    private final TransferDocuments documents;
    private final Publications publications;
    private final DemoCaseUnits units;
    private final Clock clock;

    TransfersDemo(Cases cases, CaseLifecycle lifecycle, Transfers transfers, TransferDocuments documents,
            Publications publications, DemoCaseUnits units, Clock clock) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.transfers = transfers;
        this.documents = documents;
        this.publications = publications;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 650;
    }

    @Override
    public void load(Actor system) {
        DemoCaseUnits.County li = units.county(system, "140426", "licheng");
        DemoCaseUnits.County ping = units.county(system, "140425", "pingshun");
        LocalDateTime now = LocalDateTime.now(clock).withNano(0).withSecond(0); // the platform's clock: Beijing time

        long fertiliser = cases.register(system, new CaseDraft(li.unitId(), FERTILISER, CaseCategory.TRADEMARK, "化肥",
                "经查，当事人销售假冒“金穗”注册商标复合肥360袋，非法经营数额72,000元。", new BigDecimal("72000"),
                new BigDecimal("9600"), new BigDecimal("72000"), List.of(PartyInput.entity(li.entity(6))),
                List.of(new SeizedGoods("“金穗”牌复合肥（假冒）", new BigDecimal("360"), "袋", new BigDecimal("72000"))),
                li.officers(), now.minusDays(15))).id();
        lifecycle.startInvestigation(system, fertiliser);
        upload(system, fertiliser);
        long accepted = transfers.propose(system, fertiliser, null, "SELLING_COUNTERFEIT_TRADEMARK_GOODS",
                "当事人销售假冒“金穗”注册商标复合肥360袋，非法经营数额72,000元，已达销售假冒注册商标的商品罪追诉标准（5万元）。").id();
        transfers.act(system, accepted, TransferAction.APPROVE, "同意移送");
        transfers.act(system, accepted, TransferAction.HAND_OVER, "移送书及案卷材料已送达县公安局");
        transfers.act(system, accepted, TransferAction.ACCEPT, "已受理，进入立案审查");

        CaseView shampoo = cases.register(system, new CaseDraft(ping.unitId(), "销售假冒注册商标洗发水案",
                CaseCategory.TRADEMARK, "日化用品", "经查，当事人销售假冒“清泉”注册商标洗发水1,200瓶。",
                new BigDecimal("86000"), new BigDecimal("21000"), new BigDecimal("86000"),
                List.of(PartyInput.entity(ping.entity(5))), List.of(new SeizedGoods("“清泉”洗发水（假冒）",
                        new BigDecimal("1200"), "瓶", new BigDecimal("86000"))), ping.officers(), now.minusDays(9)));
        lifecycle.startInvestigation(system, shampoo.id());
        transfers.propose(system, shampoo.id(), null, "SELLING_COUNTERFEIT_TRADEMARK_GOODS", "非法经营数额86,000元，超过5万元追诉标准，拟移送县公安局。");

        String first17 = "14042619850317" + "201";
        CaseView stall = cases.register(system, new CaseDraft(li.unitId(), "流动摊点销售假冒品牌运动鞋案",
                CaseCategory.TRADEMARK, "鞋类", "经查，当事人在集市摊点销售假冒“飞翔”注册商标运动鞋45双。",
                new BigDecimal("6750"), new BigDecimal("1350"), new BigDecimal("6750"),
                List.of(PartyInput.person("张建国", first17 + ResidentIdNumber.checkCharFor(first17), "黎城县黎侯镇")),
                List.of(new SeizedGoods("“飞翔”运动鞋（假冒）", new BigDecimal("45"), "双", new BigDecimal("6750"))),
                li.officers(), now.minusDays(40)));
        lifecycle.startInvestigation(system, stall.id());
        lifecycle.notifyParty(system, stall.id());
        lifecycle.decide(system, stall.id(), new PenaltyDecision(li.decisionNumber(7), Procedure.GENERAL,
                List.of(PenaltyKind.CONFISCATION_OF_GOODS, PenaltyKind.FINE), new BigDecimal("5000"),
                "《中华人民共和国商标法》第六十条第二款", "在集市摊点销售假冒“飞翔”注册商标运动鞋45双，货值6,750元。",
                now.minusDays(12).toLocalDate()));

        PenaltyPublication liquor = pending(system, caseId(system, LIQUOR));
        publications.publish(system, liquor.id());
        PenaltyPublication.Content text = liquor.content();
        publications.correct(system, liquor.id(), "原公示处罚依据条款有误，予以更正", new PenaltyPublication.Content(
                text.partyName(), text.facts(), "《中华人民共和国商标法》第六十条第二款", text.penalty()));
        publications.publish(system, pending(system, stall.id()).id());

        // handed over yesterday and waiting for the county police to 受理 (赵's first step, journeys.md)
        long pesticide = cases.register(system, new CaseDraft(li.unitId(), PESTICIDE, CaseCategory.TRADEMARK, "农药",
                "经查，当事人销售假冒“丰登”注册商标杀虫剂640瓶，销售金额64,000元。", new BigDecimal("64000"),
                new BigDecimal("12800"), new BigDecimal("64000"), List.of(PartyInput.entity(li.entity(7))),
                List.of(new SeizedGoods("“丰登”牌杀虫剂（假冒）", new BigDecimal("640"), "瓶", new BigDecimal("64000"))),
                li.officers(), now.minusDays(8))).id();
        lifecycle.startInvestigation(system, pesticide);
        upload(system, pesticide);
        long handed = transfers.propose(system, pesticide, null, "SELLING_COUNTERFEIT_TRADEMARK_GOODS",
                "当事人销售假冒“丰登”注册商标杀虫剂，销售金额64,000元，已达销售假冒注册商标的商品罪追诉标准（5万元）。").id();
        transfers.act(system, handed, TransferAction.APPROVE, "同意移送");
        transfers.act(system, handed, TransferAction.HAND_OVER, "移送书及案卷材料已送达县公安局");
    }

    private PenaltyPublication pending(Actor system, long caseId) {
        return publications.list(system, PublicationStatus.PENDING).stream().map(PublicationView::publication)
                .filter(p -> p.caseId() == caseId).findFirst()
                .orElseThrow(() -> new IllegalStateException("no publication record for case " + caseId));
    }

    private void upload(Actor system, long caseId) {
        try {
            documents.upload(system, caseId, TransferDocumentKind.INVESTIGATION_REPORT, "涉嫌犯罪案件调查报告.pdf", REPORT.length,
                    new ByteArrayInputStream(REPORT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case the cases demo registered under {@code title}, found through the case list's search. */
    private long caseId(Actor system, String title) {
        return cases.list(system, new CaseQuery(title, null, null, null, null, null, 0, 200)).rows().stream()
                .filter(c -> c.title().equals(title)).map(CaseRow::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo case " + title));
    }
}
