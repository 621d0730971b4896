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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.Template;
import org.shuangda.shared.documents.XlsxForm;

/**
 * Writes a round's report form for one unit in the forms' layout ({@link XlsxForm}): title, 填报单位, period, then
 * bordered indicator / measure / value rows (derived indicators are left out: they are computed), the frozen
 * header and the 填报人/审核人/联系电话/填报日期 block at the foot. The hidden sheet carries the signed
 * {@link WorkbookFacts} so the upload can tell another round's, another unit's or a tampered file.
 */
final class WorkbookWriter {

    private WorkbookWriter() {
    }

    private static String date(java.time.LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static byte[] write(Template template, Round round, String unitName, Map<String, BigDecimal> values,
            Map<String, Map<String, BigDecimal>> breakdowns, WorkbookFacts facts, String seal) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(template.name().length() > 30 ? "报表" : template.name());
            XlsxForm form = XlsxForm.of(wb);
            CellStyle input = wb.createCellStyle();
            input.cloneStyleFrom(form.borderedDecimalStyle());
            input.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));
            input.setLocked(false);
            form.title(sheet, 0, template.name() + "（" + round.name() + "）", 4);
            form.info(sheet, 1, "填报单位：" + unitName);
            form.info(sheet, 2, "统计期间：" + date(round.periodFrom()) + "至" + date(round.periodTo()) + "　截止日期："
                    + date(round.dueOn()));
            form.header(sheet, 3, List.of("序号", "指标", "计量单位", "数值"));
            form.freeze(sheet, 0, WorkbookFacts.FIRST_DATA_ROW);
            int r = WorkbookFacts.FIRST_DATA_ROW;
            int number = 0;
            for (String rowCode : facts.codes()) {
                String[] parts = rowCode.split(WorkbookFacts.CATEGORY);
                Indicator indicator = template.indicator(parts[0]).orElseThrow();
                Row row = sheet.createRow(r);
                BigDecimal value;
                if (parts.length == 1) {
                    form.integer(row, 0, ++number);
                    form.text(row, 1, indicator.breakdowns().isEmpty() ? indicator.name()
                            : indicator.name() + "（合计，可不填，按分类自动求和）");
                    value = values.get(parts[0]);
                } else {
                    // a category row: "  其中：食品", its value under the total's
                    String label = indicator.breakdowns().get(Integer.parseInt(parts[1]) - 1);
                    form.integer(row, 0, null);
                    form.text(row, 1, "    其中：" + label);
                    value = breakdowns.getOrDefault(parts[0], Map.of()).get(label);
                }
                form.text(row, 2, indicator.measure());
                var cell = row.createCell(WorkbookFacts.VALUE_COLUMN);
                cell.setCellStyle(input);
                if (value != null) {
                    cell.setCellValue(value.doubleValue());
                }
                r++;
            }
            form.signature(sheet, r - 1, 4, XlsxForm.Signature.blank());
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 30 * 256);
            sheet.setColumnWidth(2, 12 * 256);
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
