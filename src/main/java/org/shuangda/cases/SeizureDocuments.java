package org.shuangda.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.shuangda.calendar.Deadline;
import org.shuangda.calendar.Rulebook;
import org.shuangda.calendar.RuleKeys;
import org.shuangda.calendar.StatutoryRule;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.documents.OfficialDocx;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a case's latest 查封扣押 as DOCX in the official layout ({@link OfficialDocx}), for whoever sees
 * the case ({@code CASE_VIEW}):
 * <ul>
 * <li>查封（扣押）决定书 with what 行政强制法 第二十四条第二款 asks of it: the party's name and address; the reason, the
 * legal basis and the period (the rulebook's {@code seizure.hold} in force on the decision day, 第二十五条); where, and
 * what, with a pointer to the 清单; the way and time to apply for 行政复议 or to sue; the agency, its seal and the date;</li>
 * <li>查封（扣押）财物清单: name, specification, quantity, unit and value of every item and their total, made in two
 * copies for the party and the agency (第二十四条第三款), signed by both;</li>
 * <li>解除查封（扣押）决定书 once released (第二十八条): the decision it ends, the reason, the day, and what became of the
 * goods (returned at once, 第二十八条第二款, or confiscated by the decision on the case), under its own 文号 from the
 * unit's 强 series where the unit has an abbreviation.</li>
 * </ul>
 * As 《市场监督管理行政处罚程序规定》 requires, the decision and the 清单 are handed to the party on the spot (the party
 * signs for them). Amounts print as "12,345.00元", dates as 2026年12月3日; a natural person's ID number masked.
 */
@Service
public class SeizureDocuments {

    private final CaseAccess access;
    private final SeizureStore store;
    private final Rulebook rulebook;
    private final WorkingCalendar calendar;

    SeizureDocuments(CaseAccess access, SeizureStore store, Rulebook rulebook, WorkingCalendar calendar) {
        this.access = access;
        this.store = store;
        this.rulebook = rulebook;
        this.calendar = calendar;
    }

    /** The file's name: 扣押决定书-黎工商强〔2026〕3号.docx. */
    public record Rendered(String name, byte[] docx) {
    }

    /**
     * The document of the case's latest seizure: 404 when the case (in scope) has none, 422 on {@code document} for a
     * release decision before the release.
     */
    @Transactional(readOnly = true)
    public Rendered render(Actor actor, long caseId, SeizureDocument document) {
        CaseView c = access.visible(actor, caseId);
        SeizureRecord r = store.latest(caseId).orElseThrow(() -> new NotFoundProblem("seizure", caseId));
        if (!document.offeredFor(r)) {
            throw new InvalidInput("document", "seizure.documents.notReleased");
        }
        byte[] docx = switch (document) {
            case DECISION -> decision(c, r);
            case LIST -> list(c, r);
            case RELEASE -> release(c, r);
        };
        String number = document == SeizureDocument.RELEASE && r.releaseNumber() != null ? r.releaseNumber()
                : r.decisionNumber();
        return new Rendered(document.title(r.measure()) + "-" + number + ".docx", docx);
    }

    /** 查封 or 扣押, as the texts name the measure. */
    static String measure(SeizureMeasure m) {
        return m == SeizureMeasure.SEAL ? "查封" : "扣押";
    }

    byte[] decision(CaseView c, SeizureRecord r) {
        String m = measure(r.measure());
        StatutoryRule rule = rulebook.rule(RuleKeys.SEIZURE_HOLD, r.decidedOn());
        Deadline clock = Deadline.startingAt(r.decidedOn().atStartOfDay(), rule.deadlineRule());
        LocalDate until = clock.due(calendar).map(java.time.LocalDateTime::toLocalDate).orElse(null);
        OfficialDocx doc = OfficialDocx.create().title(c.unitName()).title(SeizureDocument.DECISION.title(r.measure()))
                .numberUnderTitle(r.decisionNumber());
        parties(doc, c);
        doc.body("经查，你（单位）涉嫌" + CaseDocuments.caseName(c.title()) + "（案号：" + c.number() + "）。为查明案情、"
                + "防止证据损毁和违法行为继续，依据《中华人民共和国行政强制法》第九条、第二十二条、第二十三条和"
                + basis(c.category()) + "的规定，本局决定自" + chinese(r.decidedOn()) + "起对你（单位）的下列财物予以" + m
                + "：" + items(r) + "（详见同号《" + SeizureDocument.LIST.title(r.measure()) + "》）。" + m + "地点：" + r.place()
                + "。");
        doc.body(m + "期限为" + rule.amount() + "日" + (until == null ? "" : "，自" + chinese(r.decidedOn()) + "起至"
                + chinese(until) + "止") + "；情况复杂的，经本局负责人批准，可以延长，但是延长期限不得超过三十日，延长的决定"
                + "将及时书面告知你（单位）（《中华人民共和国行政强制法》第二十五条）。");
        doc.body("对" + m + "的财物，本局将妥善保管，不得使用或者损毁（《中华人民共和国行政强制法》第二十六条）"
                + (r.measure() == SeizureMeasure.SEAL ? "；你（单位）不得擅自启封、转移、使用或者毁损查封的财物" : "") + "。");
        doc.body("你（单位）如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。");
        doc.body("本决定书及《" + SeizureDocument.LIST.title(r.measure()) + "》当场交付当事人。");
        doc.signature(c.unitName() + "（印章）").signature(chinese(r.decidedOn()));
        doc.line("当事人签收：　　　　　　　　　　　　年　月　日");
        return doc.imprint(OfficialDocx.Imprint.of(null, c.unitName(), r.decidedOn())).bytes();
    }

    byte[] list(CaseView c, SeizureRecord r) {
        String m = measure(r.measure());
        OfficialDocx doc = OfficialDocx.create().title(c.unitName()).title(SeizureDocument.LIST.title(r.measure()))
                .numberUnderTitle(r.decisionNumber());
        parties(doc, c);
        doc.line(m + "地点：" + r.place());
        doc.line(m + "日期：" + chinese(r.decidedOn()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            SeizureItem item = r.items().get(i);
            rows.add(List.of(Integer.toString(i + 1), item.name(), item.specification() == null ? "—" : item.specification(),
                    grouped(item.quantity()), item.unitLabel(), CaseDocuments.amount(item.value())));
        }
        rows.add(List.of("", "合计", "", "", "", CaseDocuments.amount(r.totalValue())));
        doc.table(List.of("序号", "名称", "规格", "数量", "单位", "价值（元）"), rows, new int[] {2, 7, 5, 3, 2, 5},
                new boolean[] {false, false, false, true, false, true});
        doc.body("以上财物共" + r.items().size() + "项，价值合计" + CaseDocuments.yuan(r.totalValue()) + "，系依"
                + r.decisionNumber() + "《" + SeizureDocument.DECISION.title(r.measure()) + "》" + m + "。本清单一式二份，"
                + "由当事人和本局分别保存（《中华人民共和国行政强制法》第二十四条第三款）。当事人核对无误后签名或者盖章；"
                + "当事人拒绝签名或者盖章的，由执法人员在本清单上注明。");
        doc.line("当事人（签名或者盖章）：　　　　　　　　　　年　月　日");
        doc.line("执法人员（签名）：" + c.officers().stream().map(HandlingOfficer::displayName)
                .collect(Collectors.joining("、")) + "　　　　年　月　日");
        return doc.imprint(OfficialDocx.Imprint.of(null, c.unitName(), r.decidedOn())).bytes();
    }

    byte[] release(CaseView c, SeizureRecord r) {
        String m = measure(r.measure());
        OfficialDocx doc = OfficialDocx.create().title(c.unitName()).title(SeizureDocument.RELEASE.title(r.measure()))
                .numberUnderTitle(r.releaseNumber());
        parties(doc, c);
        String reason = r.releaseReason() == null ? "" : r.releaseReason().strip().replaceAll("[。；;，,.]+$", "");
        doc.body("本局于" + chinese(r.decidedOn()) + "以" + r.decisionNumber() + "《" + SeizureDocument.DECISION.title(r.measure())
                + "》对你（单位）的" + items(r) + "予以" + m + "。因" + reason + "，依据《中华人民共和国行政强制法》第二十八条"
                + "第一款的规定，本局决定自" + chinese(r.releasedOn()) + "起解除" + m + "。");
        doc.body(r.disposal() == SeizureDisposal.CONFISCATED
                ? "上述财物已由本局依法予以没收，不予退还（见本局就" + c.number() + "案作出的处理决定）。"
                : "上述财物（详见" + r.decisionNumber() + "《" + SeizureDocument.LIST.title(r.measure()) + "》）"
                        + "即予退还你（单位）（《中华人民共和国行政强制法》第二十八条第二款），请当场核对签收。");
        doc.body("你（单位）如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。");
        doc.signature(c.unitName() + "（印章）").signature(chinese(r.releasedOn()));
        doc.line("当事人签收：　　　　　　　　　　　　年　月　日");
        return doc.imprint(OfficialDocx.Imprint.of(null, c.unitName(), r.releasedOn())).bytes();
    }

    /**
     * The law that lets a market-supervision bureau seize in the case's field, where it is one statute: 商标法
     * 第六十二条 (trademarks), 产品质量法 第十八条 (counterfeit and substandard products); for the other fields the
     * statute depends on the goods, and the document names the rule by kind.
     */
    static String basis(CaseCategory category) {
        return switch (category) {
            case TRADEMARK, GEOGRAPHICAL_INDICATION -> "《中华人民共和国商标法》第六十二条";
            case COUNTERFEIT_GOODS -> "《中华人民共和国产品质量法》第十八条";
            default -> "有关法律、法规";
        };
    }

    private static void parties(OfficialDocx doc, CaseView c) {
        for (CaseParty p : c.parties()) {
            doc.line("当事人：" + p.name());
            doc.line(p.uscc() != null ? "统一社会信用代码：" + p.uscc()
                    : "身份证号码：" + (p.idNumberMasked() == null ? "—" : p.idNumberMasked()));
            doc.line("住所（地址）：" + (p.address() == null || p.address().isBlank() ? "—" : p.address().strip()));
        }
    }

    /** "假冒白酒 60瓶、包装盒 200个". */
    private static String items(SeizureRecord r) {
        return r.items().stream().map(i -> i.name() + " " + grouped(i.quantity()) + i.unitLabel())
                .collect(Collectors.joining("、"));
    }

    private static String grouped(BigDecimal v) {
        return CaseDocuments.goods(new SeizedGoods("", v, "", null)).strip();
    }

    private static String chinese(LocalDate d) {
        return d == null ? "—" : OfficialDocx.chineseDate(d);
    }
}
