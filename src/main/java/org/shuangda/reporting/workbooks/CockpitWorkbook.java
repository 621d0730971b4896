package org.shuangda.reporting.workbooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
import org.shuangda.reporting.rollups.Cockpits;

/**
 * The cockpit's view as a workbook: a merged title (campaign · round · region), a line with the region and the
 * date it was read, the ranking of the regions below with completeness and the key figures, then the units of
 * the region itself; bordered cells, numbers as numbers, rates as percentages, the header frozen.
 */
public final class CockpitWorkbook {

    /** Column headers in the page's language, in order: rank, region, expected, handed in, returned, missing, accepted, rate. */
    public record Labels(String sheet, String region, String readOn, List<String> columns, String unitsTitle,
            String unitColumn, String statusColumn) {
    }

    private CockpitWorkbook() {
    }

    public static byte[] write(Cockpits.Board board, Labels labels, String readOn,
            Function<Cockpits.UnitLine, String> status) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(labels.sheet());
            List<Indicator> indicators = board.indicators();
            int columns = labels.columns().size() + indicators.size();
            CellStyle title = style(book, 16, true, HorizontalAlignment.CENTER, false);
            CellStyle header = style(book, 11, true, HorizontalAlignment.CENTER, true);
            header.setWrapText(true);
            CellStyle text = style(book, 11, false, HorizontalAlignment.LEFT, true);
            CellStyle integer = style(book, 11, false, HorizontalAlignment.RIGHT, true);
            integer.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = style(book, 11, false, HorizontalAlignment.RIGHT, true);
            decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle percent = style(book, 11, false, HorizontalAlignment.RIGHT, true);
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));

            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(28);
            cell(titleRow, 0, board.title() + " · " + board.round().name() + " · " + board.regionName(), title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
            Row info = sheet.createRow(1);
            info.createCell(0).setCellValue(labels.region() + "：" + board.regionName());
            info.createCell(Math.max(1, columns / 2)).setCellValue(labels.readOn() + "：" + readOn);
            List<String> heads = new ArrayList<>(labels.columns());
            indicators.forEach(i -> heads.add(i.name() + "（" + i.measure() + "）"));
            Row head = sheet.createRow(2);
            head.setHeightInPoints(32);
            for (int c = 0; c < heads.size(); c++) {
                cell(head, c, heads.get(c), header);
                sheet.setColumnWidth(c, (c == 1 ? 24 : Math.max(9, Math.min(18, heads.get(c).length() * 2 + 2))) * 256);
            }
            int r = 3;
            for (Cockpits.Ranked line : board.ranking()) {
                Row row = sheet.createRow(r++);
                number(row, 0, line.rank(), integer);
                cell(row, 1, line.name(), text);
                number(row, 2, line.expected(), integer);
                number(row, 3, line.handedIn() - line.returned(), integer);
                number(row, 4, line.returned(), integer);
                number(row, 5, line.missing(), integer);
                number(row, 6, line.accepted(), integer);
                number(row, 7, line.reportedRate(), percent);
                figures(row, 8, indicators, line.values(), integer, decimal);
            }
            if (!board.units().isEmpty()) {
                r++;
                Row unitsHead = sheet.createRow(r++);
                cell(unitsHead, 0, labels.unitsTitle(), header);
                cell(unitsHead, 1, labels.unitColumn(), header);
                cell(unitsHead, 2, labels.statusColumn(), header);
                int n = 1;
                for (Cockpits.UnitLine unit : board.units()) {
                    Row row = sheet.createRow(r++);
                    number(row, 0, n++, integer);
                    cell(row, 1, unit.name(), text);
                    cell(row, 2, status.apply(unit), text);
                    figures(row, 8, indicators, unit.values(), integer, decimal);
                }
            }
            sheet.createFreezePane(2, 3);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void figures(Row row, int from, List<Indicator> indicators, java.util.Map<String, BigDecimal> values,
            CellStyle integer, CellStyle decimal) {
        for (int c = 0; c < indicators.size(); c++) {
            Indicator i = indicators.get(c);
            var cell = row.createCell(from + c);
            cell.setCellStyle(i.type() == ValueType.INTEGER ? integer : decimal);
            BigDecimal value = values.get(i.code());
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
        }
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
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
