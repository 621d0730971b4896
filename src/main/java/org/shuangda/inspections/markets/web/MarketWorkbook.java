package org.shuangda.inspections.markets.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shuangda.inspections.markets.KeyMarket;
import org.shuangda.shared.documents.XlsxForm;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The directory as XLSX, the director masked as on screen. */
@Component
class MarketWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;

    MarketWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] of(List<KeyMarket> markets) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxForm form = XlsxForm.of(book);
            Sheet sheet = book.createSheet(text("markets.title"));
            List<String> headings = List.of(text("markets.field.name"), text("markets.field.kind"),
                    text("markets.field.operator"), text("markets.field.address"), text("markets.field.region"),
                    text("markets.field.unit"), text("markets.field.stalls"), text("markets.field.sellers"),
                    text("markets.field.director"), text("markets.field.directorPhone"), text("markets.field.goods"),
                    text("markets.field.frequency"), text("markets.field.lastInspected"), text("markets.field.nextDue"));
            form.title(sheet, 0, text("markets.title"), headings.size());
            form.header(sheet, 1, headings);
            form.freeze(sheet, 1, 2);
            int r = 2;
            for (KeyMarket m : markets) {
                Row row = sheet.createRow(r++);
                String[] before = {m.name(), text("markets.kind." + m.kind()), m.operatorName(), m.address(),
                    m.regionName(), m.unitName()};
                for (int i = 0; i < before.length; i++) {
                    form.text(row, i, before[i]);
                }
                form.integer(row, 6, m.stalls());
                form.integer(row, 7, m.sellers());
                form.text(row, 8, m.directorNameMasked());
                form.text(row, 9, m.directorPhoneMasked());
                form.text(row, 10, m.goods());
                form.text(row, 11, text("markets.frequency." + m.frequency()));
                if (m.lastInspectedOn() != null) {
                    form.date(row, 12, m.lastInspectedOn());
                } else {
                    form.text(row, 12, text("markets.never"));
                }
                form.date(row, 13, m.nextInspectionDue());
            }
            form.signature(sheet, r - 1, headings.size(), XlsxForm.Signature.blank());
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
