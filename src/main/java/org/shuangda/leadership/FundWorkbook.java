package org.shuangda.leadership;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shuangda.leadership.FundLedger.Movement;
import org.shuangda.leadership.FundLedger.UnitLine;
import org.shuangda.shared.documents.XlsxForm;

/**
 * The campaign's funds in the office's layout ({@link XlsxForm}): 专项经费情况表 (per unit: 分配, 已拨付, 已支出, 到位率,
 * with the 合计 row), then a sheet of every disbursement and spending with its date and document.
 */
final class FundWorkbook {

    private static final List<String> UNIT_HEADERS = List.of("序号", "单位", "分配金额（元）", "已拨付（元）", "已支出（元）",
            "到位率（%）");
    private static final List<String> MOVEMENT_HEADERS = List.of("日期", "单位", "类别", "用途", "金额（元）", "文件/凭证",
            "备注");

    private FundWorkbook() {
    }

    static byte[] write(FundLedger ledger, java.util.function.Function<String, String> label, String by,
            LocalDate today) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxForm form = XlsxForm.of(book);
            Sheet sheet = book.createSheet("专项经费");
            form.title(sheet, 0, ledger.campaignTitle() + "专项经费情况表", UNIT_HEADERS.size());
            form.header(sheet, 2, UNIT_HEADERS);
            form.freeze(sheet, 2, 3);
            sheet.setColumnWidth(1, 30 * 256);
            int r = 3;
            for (UnitLine line : ledger.units()) {
                Row row = sheet.createRow(r);
                form.integer(row, 0, r - 2);
                form.text(row, 1, line.unitName());
                sums(form, row, line.sums());
                r++;
            }
            Row total = sheet.createRow(r);
            form.boldText(total, 1, "合计");
            sums(form, total, ledger.total());
            form.signature(sheet, r, UNIT_HEADERS.size(), new XlsxForm.Signature(by, null, null, today));

            Sheet log = book.createSheet("拨付与支出明细");
            form.title(log, 0, ledger.campaignTitle() + "经费拨付与支出明细", MOVEMENT_HEADERS.size());
            form.header(log, 2, MOVEMENT_HEADERS);
            log.setColumnWidth(1, 28 * 256);
            log.setColumnWidth(5, 28 * 256);
            int m = 3;
            for (Movement mv : ledger.movements()) {
                Row row = log.createRow(m++);
                form.date(row, 0, mv.happenedOn());
                form.text(row, 1, mv.unitName());
                form.text(row, 2, label.apply("fundMovement." + mv.kind()));
                form.text(row, 3, label.apply("fundPurpose." + mv.purpose()));
                form.decimal(row, 4, mv.amount());
                form.text(row, 5, mv.document());
                form.text(row, 6, mv.note());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sums(XlsxForm form, Row row, FundLedger.Sums s) {
        form.decimal(row, 2, s.allocated());
        form.decimal(row, 3, s.disbursed());
        form.decimal(row, 4, s.spent());
        if (s.inPlacePercent() != null) {
            form.decimal(row, 5, s.inPlacePercent());
        } else {
            form.text(row, 5, "—");
        }
    }
}
