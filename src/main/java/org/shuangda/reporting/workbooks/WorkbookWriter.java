package org.shuangda.reporting.workbooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Template;

/**
 * Writes a round's report form for one unit: title, 填报单位, period, then indicator / measure / value rows
 * (derived indicators are left out: they are computed). The hidden sheet carries the signed
 * {@link WorkbookFacts} so the upload can tell another round's, another unit's or a tampered file.
 */
final class WorkbookWriter {

    private WorkbookWriter() {
    }

    static byte[] write(Template template, Round round, String unitName, Map<String, BigDecimal> values,
            Map<String, Map<String, BigDecimal>> breakdowns, WorkbookFacts facts, String seal) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(template.name().length() > 30 ? "报表" : template.name());
            CellStyle locked = wb.createCellStyle();
            locked.setLocked(true);
            CellStyle input = wb.createCellStyle();
            input.setLocked(false);
            sheet.createRow(0).createCell(0).setCellValue(template.name() + "(" + round.name() + ")");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            sheet.createRow(1).createCell(0).setCellValue("填报单位：" + unitName);
            sheet.createRow(2).createCell(0).setCellValue("统计期间：" + round.periodFrom() + " 至 " + round.periodTo()
                    + "    截止日期：" + round.dueOn());
            Row header = sheet.createRow(3);
            List.of("序号", "指标", "计量单位", "数值").forEach(h -> header.createCell(header.getPhysicalNumberOfCells())
                    .setCellValue(h));
            int r = WorkbookFacts.FIRST_DATA_ROW;
            int number = 0;
            for (String rowCode : facts.codes()) {
                String[] parts = rowCode.split(WorkbookFacts.CATEGORY);
                Indicator indicator = template.indicator(parts[0]).orElseThrow();
                Row row = sheet.createRow(r);
                BigDecimal value;
                if (parts.length == 1) {
                    row.createCell(0).setCellValue(++number);
                    row.createCell(1).setCellValue(indicator.breakdowns().isEmpty() ? indicator.name()
                            : indicator.name() + "（合计，可不填，按分类自动求和）");
                    value = values.get(parts[0]);
                } else {
                    // a category row: "  其中：食品", its value under the total's
                    String label = indicator.breakdowns().get(Integer.parseInt(parts[1]) - 1);
                    row.createCell(1).setCellValue("    其中：" + label);
                    value = breakdowns.getOrDefault(parts[0], Map.of()).get(label);
                }
                row.createCell(2).setCellValue(indicator.measure());
                var cell = row.createCell(WorkbookFacts.VALUE_COLUMN);
                cell.setCellStyle(input);
                if (value != null) {
                    cell.setCellValue(value.doubleValue());
                }
                r++;
            }
            sheet.setColumnWidth(1, 24 * 256);
            sheet.setColumnWidth(3, 14 * 256);
            Sheet hidden = wb.createSheet(WorkbookFacts.SHEET);
            String[][] rows = {{"round", String.valueOf(facts.roundId())}, {"unit", String.valueOf(facts.unitId())},
                    {"template", String.valueOf(facts.templateId())}, {"version", String.valueOf(facts.templateVersion())},
                    {"codes", String.join(",", facts.codes())}, {"seal", seal}};
            for (int i = 0; i < rows.length; i++) {
                Row row = hidden.createRow(i);
                row.createCell(0).setCellValue(rows[i][0]);
                row.createCell(1).setCellValue(rows[i][1]);
            }
            wb.setSheetVisibility(wb.getSheetIndex(hidden), SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
