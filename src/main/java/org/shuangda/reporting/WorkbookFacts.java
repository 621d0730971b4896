package org.shuangda.reporting;

import java.util.List;

/**
 * What a downloaded workbook says about itself on its hidden sheet, and the signed form of it.
 *
 * @param codes the indicator code on each data row, top to bottom
 */
record WorkbookFacts(long roundId, long unitId, long templateId, int templateVersion, List<String> codes) {

    static final String SHEET = "_shuangda";
    static final int FIRST_DATA_ROW = 4; // 0-based: title, unit, period, header, then data
    static final int VALUE_COLUMN = 3;

    String signedContent() {
        return "v1|" + roundId + "|" + unitId + "|" + templateId + "|" + templateVersion + "|" + String.join(",", codes);
    }
}
