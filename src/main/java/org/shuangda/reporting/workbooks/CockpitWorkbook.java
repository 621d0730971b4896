package org.shuangda.reporting.workbooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shuangda.reporting.Indicator;
import org.shuangda.reporting.ValueType;
import org.shuangda.reporting.rollups.Cockpits;
import org.shuangda.shared.documents.XlsxForm;

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
            XlsxForm form = XlsxForm.of(book);
            Sheet sheet = book.createSheet(labels.sheet());
            List<Indicator> indicators = board.indicators();
            int columns = labels.columns().size() + indicators.size();
            form.title(sheet, 0, board.title() + " · " + board.round().name() + " · " + board.regionName(), columns);
            String[] info = new String[Math.max(2, columns / 2 + 1)];
            info[0] = labels.region() + "：" + board.regionName();
            info[info.length - 1] = labels.readOn() + "：" + readOn;
            form.info(sheet, 1, info);
            List<String> heads = new ArrayList<>(labels.columns());
            indicators.forEach(i -> heads.add(i.name() + "（" + i.measure() + "）"));
            form.header(sheet, 2, heads);
            for (int c = 0; c < heads.size(); c++) {
                sheet.setColumnWidth(c, (c == 1 ? 24 : Math.max(9, Math.min(18, heads.get(c).length() * 2 + 2))) * 256);
            }
            int r = 3;
            for (Cockpits.Ranked line : board.ranking()) {
                Row row = sheet.createRow(r++);
                form.integer(row, 0, line.rank());
                form.text(row, 1, line.name());
                form.integer(row, 2, line.expected());
                form.integer(row, 3, line.handedIn() - line.returned());
                form.integer(row, 4, line.returned());
                form.integer(row, 5, line.missing());
                form.integer(row, 6, line.accepted());
                form.percent(row, 7, line.reportedRate());
                figures(form, row, 8, indicators, line.values());
            }
            if (!board.units().isEmpty()) {
                r++;
                form.header(sheet, r++, List.of(labels.unitsTitle(), labels.unitColumn(), labels.statusColumn()));
                int n = 1;
                for (Cockpits.UnitLine unit : board.units()) {
                    Row row = sheet.createRow(r++);
                    form.integer(row, 0, n++);
                    form.text(row, 1, unit.name());
                    form.text(row, 2, status.apply(unit));
                    figures(form, row, 8, indicators, unit.values());
                }
            }
            form.freeze(sheet, 2, 3);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void figures(XlsxForm form, Row row, int from, List<Indicator> indicators,
            Map<String, BigDecimal> values) {
        for (int c = 0; c < indicators.size(); c++) {
            Indicator i = indicators.get(c);
            form.figure(row, from + c, values.get(i.code()), i.type() == ValueType.INTEGER);
        }
    }
}
