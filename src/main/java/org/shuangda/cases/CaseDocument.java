package org.shuangda.cases;

import java.util.List;

/**
 * The enforcement documents generated from a case (labels: {@code document.NAME}). Each default template is a
 * list of lines with {@code ${placeholders}}; an administrator may replace it with an uploaded .docx.
 */
public enum CaseDocument {
    /** 立案审批表. */
    REGISTRATION_APPROVAL("立案审批表", List.of(
            "# 立案审批表",
            "案号：${caseNumber}",
            "办案单位：${unitName}",
            "案由：${title}",
            "案件类别：${category}　产品类别：${productCategory}",
            "当事人：${parties}",
            "案件来源及简要案情：${facts}",
            "涉案物品：${goods}",
            "案值：${caseValue}元　违法所得：${illegalGains}元",
            "承办人：${officers}",
            "立案日期：${registeredOn}",
            "负责人审批意见：　　　　　　　　签名：　　　　　日期：")),
    /** 行政处罚决定书. */
    PENALTY_DECISION("行政处罚决定书", List.of(
            "# ${unitName}",
            "# 行政处罚决定书",
            "${decisionNumber}",
            "当事人：${parties}",
            "${facts}",
            "以上事实有现场检查笔录、询问笔录、涉案物品清单等证据为证。",
            "依据${legalBasis}，本局决定对当事人作出如下行政处罚：${penalty}。",
            "当事人应当自收到本决定书之日起十五日内缴纳罚没款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。",
            "当事人如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。",
            "${unitName}",
            "${decidedOn}")),
    /** 涉嫌犯罪案件移送书. */
    TRANSFER_LETTER("涉嫌犯罪案件移送书", List.of(
            "# ${unitName}",
            "# 涉嫌犯罪案件移送书",
            "${receiver}：",
            "${parties}涉嫌${title}一案，经本机关调查，当事人${facts}非法经营数额（销售金额）为${illegalBusinessAmount}元，"
                    + "案值${caseValue}元，涉嫌构成犯罪。依据《行政执法机关移送涉嫌犯罪案件的规定》，现将该案移送你局审查。",
            "附：涉嫌犯罪案件调查报告、涉案物品清单（${goods}）、有关检验报告或者鉴定结论及其他有关材料。",
            "原案号：${caseNumber}",
            "${unitName}",
            "${today}"));

    private final String title;
    private final List<String> defaultLines;

    CaseDocument(String title, List<String> defaultLines) {
        this.title = title;
        this.defaultLines = defaultLines;
    }

    public String title() {
        return title;
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

    /** Lines of the default template; a leading "# " marks a centred heading. */
    List<String> defaultLines() {
        return defaultLines;
    }
}
