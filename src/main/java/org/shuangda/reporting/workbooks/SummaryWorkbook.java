package org.shuangda.reporting.workbooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.ValueType;
import org.shuangda.reporting.rollups.SummaryTable;
import org.shuangda.shared.documents.XlsxForm;

/**
 * Writes a {@link SummaryTable} in the layout offices use: a merged title row, a line with 填报单位 and 时间,
 * a header of indicators with their measures ("出动执法人员(人次)"), one row per unit or region, and 合计;
 * the header is frozen, figures are numbers (money with two decimals), columns wide enough for Chinese; at the
 * foot the 填报人/审核人/联系电话/填报日期 block of every form ({@link XlsxForm#signature}). The 合计 row is
 * {@link #totalRow}.
 */
public final class SummaryWorkbook {

    /** Rows before the first data row: title, 填报单位/时间, header. */
    public static final int HEADER_ROWS = 3;

    private SummaryWorkbook() {
    }

    /** The row of 合计 in a written table: under the header and the table's rows. */
    public static int totalRow(SummaryTable table) {
        return HEADER_ROWS + table.rows().size();
    }

    public static byte[] write(SummaryTable table, String unitLabel, String periodLabel, String totalLabel) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("汇总表");
            int columns = table.columns().size() + 1;
            CellStyle title = style(book, 16, true, HorizontalAlignment.CENTER, false);
            CellStyle header = style(book, 11, true, HorizontalAlignment.CENTER, true);
            header.setWrapText(true);
            CellStyle text = style(book, 11, false, HorizontalAlignment.LEFT, true);
            CellStyle integer = style(book, 11, false, HorizontalAlignment.RIGHT, true);
            integer.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = style(book, 11, false, HorizontalAlignment.RIGHT, true);
            decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle bold = style(book, 11, true, HorizontalAlignment.LEFT, true);

            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(28);
            titleRow.createCell(0).setCellValue(table.title());
            titleRow.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
            Row info = sheet.createRow(1);
            info.createCell(0).setCellValue(unitLabel + "：" + table.reportingUnit());
            int half = Math.max(1, columns / 2);
            info.createCell(half).setCellValue(periodLabel + "：" + table.period());
            Row head = sheet.createRow(2);
            head.setHeightInPoints(32);
            cell(head, 0, table.rowHeader(), header);
            for (int c = 0; c < table.columns().size(); c++) {
                Indicator i = table.columns().get(c);
                cell(head, c + 1, i.name() + "(" + i.measure() + ")", header);
                sheet.setColumnWidth(c + 1, Math.max(10, Math.min(18, i.name().length() * 2 + 4)) * 256);
            }
            sheet.setColumnWidth(0, 26 * 256);
            int r = HEADER_ROWS;
            for (SummaryTable.Row row : table.rows()) {
                writeRow(sheet.createRow(r++), row.name(), row, table, text, integer, decimal);
            }
            writeRow(sheet.createRow(r), totalLabel, table.total(), table, bold, integer, decimal);
            XlsxForm.of(book).signature(sheet, r, columns, XlsxForm.Signature.blank());
            sheet.createFreezePane(1, HEADER_ROWS);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, String name, SummaryTable.Row data, SummaryTable table, CellStyle text,
            CellStyle integer, CellStyle decimal) {
        cell(row, 0, name, text);
        for (int c = 0; c < table.columns().size(); c++) {
            Indicator i = table.columns().get(c);
            BigDecimal value = data.value(i.code());
            var cell = row.createCell(c + 1);
            cell.setCellStyle(i.type() == ValueType.INTEGER ? integer : decimal);
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook book, int points, boolean bold, HorizontalAlignment align,
            boolean border) {
        CellStyle style = book.createCellStyle();
        Font font = book.createFont();
        font.setFontName("宋体");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        style.setFont(font);
        style.setAlignment(align);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (border) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
