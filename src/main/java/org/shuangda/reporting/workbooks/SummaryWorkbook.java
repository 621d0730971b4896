package org.shuangda.reporting.workbooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
            XlsxForm form = XlsxForm.of(book);
            Sheet sheet = book.createSheet("汇总表");
            int columns = table.columns().size() + 1;
            form.title(sheet, 0, table.title(), columns);
            String[] info = new String[Math.max(1, columns / 2) + 1];
            info[0] = unitLabel + "：" + table.reportingUnit();
            info[info.length - 1] = periodLabel + "：" + table.period();
            form.info(sheet, 1, info);
            List<String> heads = new ArrayList<>();
            heads.add(table.rowHeader());
            table.columns().forEach(i -> heads.add(i.name() + "(" + i.measure() + ")"));
            form.header(sheet, 2, heads);
            for (int c = 0; c < table.columns().size(); c++) {
                sheet.setColumnWidth(c + 1, Math.max(10, Math.min(18, table.columns().get(c).name().length() * 2 + 4)) * 256);
            }
            sheet.setColumnWidth(0, 26 * 256);
            int r = HEADER_ROWS;
            for (SummaryTable.Row row : table.rows()) {
                writeRow(form, sheet.createRow(r++), row.name(), row, table, false);
            }
            writeRow(form, sheet.createRow(r), totalLabel, table.total(), table, true);
            form.signature(sheet, r, columns, XlsxForm.Signature.blank());
            form.freeze(sheet, 1, HEADER_ROWS);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(XlsxForm form, Row row, String name, SummaryTable.Row data, SummaryTable table,
            boolean total) {
        if (total) {
            form.boldText(row, 0, name);
        } else {
            form.text(row, 0, name);
        }
        for (int c = 0; c < table.columns().size(); c++) {
            Indicator i = table.columns().get(c);
            form.figure(row, c + 1, data.value(i.code()), i.type() == ValueType.INTEGER);
        }
    }
}
