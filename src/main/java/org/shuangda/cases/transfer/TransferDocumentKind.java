package org.shuangda.cases.transfer;

/**
 * The documents of a transfer package (国务院令第310号 第六条) that are uploaded; the 移送书 is generated from the
 * case and the 涉案物品清单 is the case's list of goods. Labels: {@code transfer.document.NAME}.
 */
public enum TransferDocumentKind {
    /** 涉嫌犯罪案件调查报告 (required). */
    INVESTIGATION_REPORT,
    /** 检验报告或者鉴定结论 (where there is one). */
    TEST_REPORT,
    /** 其他有关材料. */
    OTHER
}
