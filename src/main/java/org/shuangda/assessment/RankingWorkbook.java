package org.shuangda.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shuangda.shared.documents.XlsxForm;

/**
 * The ranking in the office's layout ({@link XlsxForm}): 考核结果排名表 (名次, 单位, 基础分, 加分, 总分, 数据项得分, 一票否决,
 * 等次, 排序说明) with the signature lines, then 分项得分 (each unit's points per item, the maximum in the header).
 */
final class RankingWorkbook {

    private static final List<String> HEADERS = List.of("名次", "被考核单位", "基础分", "加分", "总分", "其中：数据项得分",
            "一票否决", "等次", "排序说明");

    private RankingWorkbook() {
    }

    static byte[] write(RankingTable table, Function<String, String> label, String by, LocalDate today) {
        Scheme s = table.scheme();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxForm form = XlsxForm.of(book);
            Sheet sheet = book.createSheet("考核结果排名");
            form.title(sheet, 0, s.title() + "考核结果排名表", HEADERS.size());
            form.info(sheet, 1, "考核单位：" + s.issuingUnitName(), null, null, "考核年度：" + s.year(), null, null,
                    table.published() ? "已公布" : "初步结果（未公布）");
            form.header(sheet, 2, HEADERS);
            form.freeze(sheet, 2, 3);
            sheet.setColumnWidth(1, 24 * 256);
            sheet.setColumnWidth(8, 30 * 256);
            int r = 3;
            for (Ranking.Line line : table.lines()) {
                Row row = sheet.createRow(r++);
                form.integer(row, 0, line.rank());
                form.text(row, 1, line.name());
                form.decimal(row, 2, line.card().base());
                form.decimal(row, 3, line.card().bonus());
                form.decimal(row, 4, line.card().total());
                form.decimal(row, 5, line.card().computed());
                form.text(row, 6, line.card().vetoed() ? "是" : "否");
                form.text(row, 7, label.apply("assessment.grade." + line.card().grade()));
                form.text(row, 8, line.tieBreak() == Ranking.TieBreak.NONE ? ""
                        : label.apply("assessment.tieBreak." + line.tieBreak()));
            }
            form.signature(sheet, r - 1, HEADERS.size(), new XlsxForm.Signature(by, null, null, today));

            Sheet items = book.createSheet("分项得分");
            List<String> headers = new ArrayList<>(List.of("名次", "被考核单位"));
            for (Scheme.Item i : s.items()) {
                headers.add(i.code() + " " + i.title() + (i.kind() == ItemKind.VETO ? "（否决项）"
                        : "（" + i.maxPoints().stripTrailingZeros().toPlainString() + "分）"));
            }
            headers.add("总分");
            form.title(items, 0, s.title() + "分项得分表", headers.size());
            form.header(items, 2, headers);
            form.freeze(items, 2, 3);
            items.setColumnWidth(1, 24 * 256);
            int k = 3;
            for (Ranking.Line line : table.lines()) {
                Row row = items.createRow(k++);
                form.integer(row, 0, line.rank());
                form.text(row, 1, line.name());
                int c = 2;
                for (Scheme.Item i : s.items()) {
                    if (i.kind() == ItemKind.VETO) {
                        form.text(row, c++, line.card().vetoes().contains(i.id()) ? "否决" : "—");
                    } else {
                        BigDecimal p = line.card().points().get(i.id());
                        if (p == null) {
                            form.text(row, c++, "—");
                        } else {
                            form.decimal(row, c++, p);
                        }
                    }
                }
                form.decimal(row, c, line.card().total());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
