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
import org.shuangda.shared.documents.XlsxForm;
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
            XlsxForm form = XlsxForm.of(book);
            Sheet sheet = book.createSheet(text("filings.title"));
            List<String> headings = List.of(text("filing.field.trackingNo"), text("filing.field.track"),
                    text("filing.field.channel"), text("filing.field.category"), text("filing.field.region"),
                    text("filing.field.targetName"), text("filing.field.filerName"), text("filing.field.filerPhone"),
                    text("filing.field.unit"), text("filing.field.receivedAt"), text("filing.field.status"));
            form.title(sheet, 0, text("filings.title"), headings.size());
            form.header(sheet, 1, headings);
            form.freeze(sheet, 1, 2);
            int r = 2;
            for (FilingView v : filings) {
                Filing f = v.filing();
                Row row = sheet.createRow(r++);
                String[] values = {f.trackingNo(), text("filing.track." + f.track()),
                    text("filing.channel." + f.matter().channel()), text("filing.category." + f.matter().category()),
                    v.regionName(), f.matter().targetName(),
                    f.filer().anonymous() ? text("filing.field.anonymous") : f.filer().nameMasked(),
                    f.filer().phoneMasked(), v.unitName()};
                for (int i = 0; i < values.length; i++) {
                    form.text(row, i, values[i]);
                }
                form.dateTime(row, 9, f.receivedAt());
                form.text(row, 10, text("filing.status." + f.status()));
            }
            form.signature(sheet, r - 1, headings.size(), XlsxForm.Signature.blank());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] statistics(FilingStatistics.Figures f, Map<String, Map<String, Long>> labelled) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxForm form = XlsxForm.of(book);
            Sheet sheet = book.createSheet(text("filings.stats"));
            sheet.setColumnWidth(0, 30 * 256);
            sheet.setColumnWidth(1, 14 * 256);
            sheet.setColumnWidth(2, 14 * 256);
            sheet.setColumnWidth(3, 14 * 256);
            form.title(sheet, 0, text("filings.stats"), 4);
            Row period = sheet.createRow(1);
            form.text(period, 0, text("filings.stats.from"));
            form.date(period, 1, f.from());
            form.text(period, 2, text("filings.stats.to"));
            form.date(period, 3, f.to());
            Row total = sheet.createRow(2);
            form.text(total, 0, text("filings.stats.total"));
            form.integer(total, 1, f.total());
            Row onTime = sheet.createRow(3);
            form.text(onTime, 0, text("filings.stats.onTime"));
            form.text(onTime, 1, f.onTimeRate() == null ? "—" : f.onTimeRate() + "%");
            int r = 4;
            for (var group : labelled.entrySet()) {
                r++;
                form.header(sheet, r++, List.of(group.getKey(), text("filings.stats.total")));
                for (var e : group.getValue().entrySet()) {
                    Row row = sheet.createRow(r++);
                    form.text(row, 0, e.getKey());
                    form.integer(row, 1, e.getValue());
                }
            }
            form.signature(sheet, r - 1, 4, XlsxForm.Signature.blank());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, null, code, locale);
    }
}
