package org.shuangda.complaints.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shuangda.complaints.Filing;
import org.shuangda.complaints.FilingView;
import org.shuangda.complaints.FilingStatistics;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** XLSX exports: the list of filings (filer masked, as on screen) and the statistics. */
@Component
class FilingWorkbooks {

    private final MessageSource messages;

    FilingWorkbooks(MessageSource messages) {
        this.messages = messages;
    }

    byte[] list(List<FilingView> filings) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text("filings.title"));
            row(sheet, 0, text("filing.field.trackingNo"), text("filing.field.track"), text("filing.field.channel"),
                    text("filing.field.category"), text("filing.field.region"), text("filing.field.targetName"),
                    text("filing.field.filerName"), text("filing.field.filerPhone"), text("filing.field.unit"),
                    text("filing.field.receivedAt"), text("filing.field.status"));
            int r = 1;
            for (FilingView v : filings) {
                Filing f = v.filing();
                row(sheet, r++, f.trackingNo(), text("filing.track." + f.track()),
                        text("filing.channel." + f.matter().channel()), text("filing.category." + f.matter().category()),
                        v.regionName(), f.matter().targetName(),
                        f.filer().anonymous() ? text("filing.field.anonymous") : f.filer().nameMasked(),
                        f.filer().phoneMasked(), v.unitName(), String.valueOf(f.receivedAt()).replace('T', ' '),
                        text("filing.status." + f.status()));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] statistics(FilingStatistics.Figures f, Map<String, Map<String, Long>> labelled) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text("filings.stats"));
            int r = 0;
            row(sheet, r++, text("filings.stats.from"), String.valueOf(f.from()), text("filings.stats.to"),
                    String.valueOf(f.to()));
            row(sheet, r++, text("filings.stats.total"), String.valueOf(f.total()));
            row(sheet, r++, text("filings.stats.onTime"), f.onTimeRate() == null ? "-" : f.onTimeRate() + "%");
            for (var group : labelled.entrySet()) {
                r++;
                row(sheet, r++, group.getKey());
                for (var e : group.getValue().entrySet()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(e.getKey());
                    row.createCell(1).setCellValue(e.getValue());
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
        }
    }

    private String text(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, null, code, locale);
    }
}
