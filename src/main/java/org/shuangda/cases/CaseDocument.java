package org.shuangda.cases;

import java.util.List;

/**
 * The enforcement documents generated from a case (labels: {@code document.NAME}). Each default template is a
 * list of lines with {@code ${placeholders}}; an administrator may replace it with an uploaded .docx.
 */
public enum CaseDocument {
    /** 立案审批表. */
    REGISTRATION_APPROVAL("立案审批表", null, List.of(
            "# 立案审批表",
            "= ${caseNumber}",
            "| 办案单位：${unitName}",
            "| 案由：${title}",
            "| 案件类别：${category}　产品类别：${productCategory}",
            "| 当事人：${parties}",
            "| 案件来源及简要案情：${facts}",
            "| 涉案物品：${goods}",
            "| 案值：${caseValueText}　违法所得：${illegalGainsText}",
            "| 承办人：${officers}",
            "| 立案日期：${registeredOn}",
            "| 负责人审批意见：　　　　　　　　签名：　　　　　日期：")),
    /** 行政处罚决定书 (only with its legal basis and decision: {@link CaseDocuments#render} refuses otherwise). */
    PENALTY_DECISION("行政处罚决定书", null, List.of(
            "# ${unitName}",
            "# 行政处罚决定书",
            "= ${decisionNumber}",
            "| 当事人：${parties}",
            "${facts}",
            "以上事实有现场检查笔录、询问笔录、涉案物品清单等证据为证。",
            "依据${legalBasis}，本局决定对当事人作出如下行政处罚：${penalty}。",
            "当事人应当自收到本决定书之日起十五日内缴纳罚没款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。",
            "当事人如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。",
            "> ${unitName}",
            "> ${decidedOn}")),
    /** 涉嫌犯罪案件移送书 (抄送 the procuratorate, 《行政执法机关移送涉嫌犯罪案件的规定》第八条). */
    TRANSFER_LETTER("涉嫌犯罪案件移送书", "同级人民检察院", List.of(
            "# ${unitName}",
            "# 涉嫌犯罪案件移送书",
            "= ${letterNumber}",
            "< ${receiver}：",
            "${parties}涉嫌${caseName}一案，经本机关调查，${factsSentence}非法经营数额（销售金额）为${illegalBusinessAmountText}，"
                    + "案值${caseValueText}，涉嫌构成${crime}。依据《行政执法机关移送涉嫌犯罪案件的规定》，现将该案移送你局审查。",
            "附：涉嫌犯罪案件调查报告、涉案物品清单（${goods}）、有关检验报告或者鉴定结论及其他有关材料。",
            "| 涉嫌罪名：${charge}",
            "| 原案号：${caseNumber}",
            "> ${unitName}",
            "> ${today}"));

    private final String title;
    private final String copyTo;
    private final List<String> defaultLines;

    CaseDocument(String title, String copyTo, List<String> defaultLines) {
        this.title = title;
        this.copyTo = copyTo;
        this.defaultLines = defaultLines;
    }

    public String title() {
        return title;
    }

    /** 抄送 of the default template's 版记, null for none. */
    String copyTo() {
        return copyTo;
    }

    /**
     * Whether the case has what the document states: 行政处罚决定书 only once the penalty is decided; the others
     * from 立案. The case page offers only these, and a download of another answers 422.
     */
    public boolean offeredFor(CaseView c) {
        return this != PENALTY_DECISION || c.decision() != null;
    }

    /** The documents {@link #offeredFor} the case, in this order. */
    public static List<CaseDocument> offered(CaseView c) {
        return java.util.Arrays.stream(values()).filter(d -> d.offeredFor(c)).toList();
    }

    /**
     * Lines of the default template, each a paragraph of {@link org.shuangda.shared.documents.OfficialDocx}: "# "
     * a title line, "= " the number under the title, "< " the 主送 (flush left), "| " a form line (flush left),
     * "> " the signature and date (right), anything else a body paragraph.
     */
    List<String> defaultLines() {
        return defaultLines;
    }
}
