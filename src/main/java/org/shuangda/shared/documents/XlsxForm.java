package org.shuangda.shared.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The one layout of every XLSX form the platform writes (reporting's forms and summaries, the unit statistics,
 * the case export): a merged title row, a bordered header in bold on grey, bordered cells, real numbers
 * ({@code #,##0}, {@code #,##0.00}) and real dates ({@code yyyy-mm-dd}, {@code yyyy-mm-dd hh:mm}, never text), a
 * frozen header, and at the foot the 填报人 / 审核人 / 联系电话 / 填报日期 block a form is signed with. Works on
 * {@code XSSFWorkbook} and streaming {@code SXSSFWorkbook} alike (rows are only ever appended).
 */
public final class XlsxForm {

    /** Who signs the form; a null part is left blank to be written in by hand. */
    public record Signature(String filledBy, String reviewedBy, String phone, LocalDate filledOn) {

        public static Signature blank() {
            return new Signature(null, null, null, null);
        }
    }

    public static final String FONT = "宋体";
    public static final String DATE_FORMAT = "yyyy-mm-dd";
    public static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

    private final Workbook book;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle bold;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle plain;
    private final CellStyle footDate;
    private final CellStyle percent;

    private XlsxForm(Workbook book) {
        this.book = book;
        title = style(16, true, HorizontalAlignment.CENTER, false);
        header = style(11, true, HorizontalAlignment.CENTER, true);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = style(11, false, HorizontalAlignment.LEFT, true);
        bold = style(11, true, HorizontalAlignment.LEFT, true);
        integer = style(11, false, HorizontalAlignment.RIGHT, true);
        integer.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        decimal = style(11, false, HorizontalAlignment.RIGHT, true);
        decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
        date = style(11, false, HorizontalAlignment.CENTER, true);
        date.setDataFormat(book.createDataFormat().getFormat(DATE_FORMAT));
        dateTime = style(11, false, HorizontalAlignment.CENTER, true);
        dateTime.setDataFormat(book.createDataFormat().getFormat(DATE_TIME_FORMAT));
        plain = style(11, false, HorizontalAlignment.LEFT, false);
        footDate = style(11, false, HorizontalAlignment.LEFT, false);
        footDate.setDataFormat(book.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        percent = style(11, false, HorizontalAlignment.RIGHT, true);
        percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
    }

    public static XlsxForm of(Workbook book) {
        return new XlsxForm(book);
    }

    /** Row {@code row}: the title, merged over {@code columns} columns. */
    public Row title(Sheet sheet, int row, String text, int columns) {
        Row r = sheet.createRow(row);
        r.setHeightInPoints(28);
        Cell cell = r.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(title);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, columns - 1));
        }
        return r;
    }

    /** A line of information under the title ("填报单位：…"), without borders. */
    public Row info(Sheet sheet, int row, String... texts) {
        Row r = sheet.createRow(row);
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                Cell cell = r.createCell(i);
                cell.setCellValue(texts[i]);
                cell.setCellStyle(plain);
            }
        }
        return r;
    }

    /** The header row: bold, grey, bordered, wrapped; columns at least as wide as their heading. */
    public Row header(Sheet sheet, int row, List<String> headings) {
        Row r = sheet.createRow(row);
        r.setHeightInPoints(30);
        for (int i = 0; i < headings.size(); i++) {
            Cell cell = r.createCell(i);
            cell.setCellValue(headings.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.max(sheet.getColumnWidth(i), Math.min(40, headings.get(i).length() * 2 + 4) * 256));
        }
        return r;
    }

    /** Freezes everything above {@code firstDataRow} and left of {@code firstDataColumn}. */
    public void freeze(Sheet sheet, int firstDataColumn, int firstDataRow) {
        sheet.createFreezePane(firstDataColumn, firstDataRow);
    }

    public Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(text);
        return cell;
    }

    /** A bold text cell (合计). */
    public Cell boldText(Row row, int column, String value) {
        Cell cell = text(row, column, value);
        cell.setCellStyle(bold);
        return cell;
    }

    /** A whole number, blank (but bordered) when null. */
    public Cell integer(Row row, int column, Number value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(integer);
        return cell;
    }

    /** An amount with two decimals, blank (but bordered) when null. */
    public Cell decimal(Row row, int column, BigDecimal value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(decimal);
        return cell;
    }

    /** A share (0.25 shows as 25.0%), a number in the cell. */
    public Cell percent(Row row, int column, double share) {
        Cell cell = row.createCell(column);
        cell.setCellValue(share);
        cell.setCellStyle(percent);
        return cell;
    }

    /** A whole number or an amount, by the kind of figure; blank (but bordered) when null. */
    public Cell figure(Row row, int column, BigDecimal value, boolean whole) {
        return whole ? integer(row, column, value) : decimal(row, column, value);
    }

    /** A real date cell ({@value #DATE_FORMAT}), blank (but bordered) when null. */
    public Cell date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(date);
        return cell;
    }

    /** A real date-time cell ({@value #DATE_TIME_FORMAT}, the wall time as shown on screen). */
    public Cell dateTime(Row row, int column, LocalDateTime value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(dateTime);
        return cell;
    }

    /** The style of bordered value cells, for a caller that writes its own (an input cell it unlocks). */
    public CellStyle borderedIntegerStyle() {
        return integer;
    }

    public CellStyle borderedDecimalStyle() {
        return decimal;
    }

    public CellStyle borderedTextStyle() {
        return text;
    }

    /**
     * The signature block two rows under {@code lastRow}: "填报人：…　审核人：…" then "联系电话：…　填报日期：…" (a real
     * date), spread over {@code columns} columns. Returns the last row written.
     */
    public int signature(Sheet sheet, int lastRow, int columns, Signature who) {
        int half = Math.max(1, columns / 2);
        int first = lastRow + 2;
        Row one = sheet.createRow(first);
        footCell(one, 0, "填报人：" + blankIfNull(who.filledBy()));
        footCell(one, half, "审核人：" + blankIfNull(who.reviewedBy()));
        Row two = sheet.createRow(first + 1);
        footCell(two, 0, "联系电话：" + blankIfNull(who.phone()));
        if (who.filledOn() == null) {
            footCell(two, half, "填报日期：　　　　年　　月　　日");
        } else {
            footCell(two, half, "填报日期：");
            Cell cell = two.createCell(half + 1);
            cell.setCellValue(who.filledOn());
            cell.setCellStyle(footDate);
        }
        return first + 1;
    }

    private void footCell(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(plain);
    }

    private static String blankIfNull(String s) {
        return s == null || s.isBlank() ? "　　　　　　" : s;
    }

    private CellStyle style(int points, boolean boldFont, HorizontalAlignment align, boolean border) {
        CellStyle style = book.createCellStyle();
        Font font = book.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(boldFont);
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
