package org.shuangda.reporting.rollups;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.workbooks.SummaryWorkbook;

/**
 * The summary table offices exchange (统计汇总表): units or regions in rows, indicators in columns, a totals
 * row. Shown as the pivot page and written as XLSX by {@link SummaryWorkbook}.
 *
 * @param title         e.g. 黎城县打击侵犯知识产权和制售假冒伪劣商品专项行动统计汇总表
 * @param reportingUnit 填报单位: the office that prints it
 * @param period        时间: the round's period, or the campaign's rounds from first to last
 * @param rowHeader     the first column's heading (地区 / 单位 / 单位类型)
 */
public record SummaryTable(String title, String reportingUnit, String period, String rowHeader,
        List<Indicator> columns, List<Row> rows, Row total) {

    /** @param link where the row drills down to (a region's roll-up or a unit's submission), or null */
    public record Row(String name, String link, Map<String, BigDecimal> values) {

        public BigDecimal value(String code) {
            return values.get(code);
        }
    }
}
