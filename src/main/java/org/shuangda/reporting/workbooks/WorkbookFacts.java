package org.shuangda.reporting.workbooks;

import java.util.List;
import org.shuangda.reporting.Template;

/**
 * What a downloaded workbook says about itself on its hidden sheet, and the signed form of it.
 *
 * @param codes the indicator code on each data row, top to bottom; a category row of an indicator with
 *              breakdowns is {@code code#k} (k = 1..n, the indicator's labels in order)
 */
record WorkbookFacts(long roundId, long unitId, long templateId, int templateVersion, List<String> codes) {

    static final String SHEET = "_shuangda";
    static final int FIRST_DATA_ROW = 4; // 0-based: title, unit, period, header, then data
    static final int VALUE_COLUMN = 3;

    static final String CATEGORY = "#";

    static String categoryRow(String code, int key) {
        return code + CATEGORY + key;
    }

    /** The rows of a template's form: each entered indicator, then its categories. */
    static List<String> rowsOf(Template template) {
        List<String> rows = new java.util.ArrayList<>();
        template.entered().forEach(i -> {
            rows.add(i.code());
            for (int k = 1; k <= i.breakdowns().size(); k++) {
                rows.add(categoryRow(i.code(), k));
            }
        });
        return rows;
    }

    String signedContent() {
        return "v1|" + roundId + "|" + unitId + "|" + templateId + "|" + templateVersion + "|" + String.join(",", codes);
    }
}
