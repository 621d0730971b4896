package org.shuangda.cases;

import org.shuangda.shared.Instants;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shuangda.shared.Actor;
import org.shuangda.shared.Permission;
import org.shuangda.shared.documents.XlsxForm;
import org.shuangda.calendar.WorkingCalendar;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case list as XLSX for any number of rows in constant memory: rows come from a JDBC cursor (fetch size
 * 1000, inside a read-only transaction so PostgreSQL streams) into an {@link SXSSFWorkbook} that keeps 200
 * rows in memory and spills the rest to a temporary file; laid out as every form ({@link XlsxForm}): title,
 * bordered header, real dates and numbers, frozen header, the signature block at the foot.
 */
@Service
public class CaseExport {

    static final int FETCH_SIZE = 1000;
    static final int ROWS_IN_MEMORY = 200;
    static final String TITLE = "案件清单";
    /** Row 0 the title, row 1 the header, then the cases; under them the 填报人/审核人 block. */
    static final int HEADER_ROW = 1;
    static final int FIRST_DATA_ROW = 2;
    static final String[] HEADERS = {"案号", "案由", "当事人", "办案单位", "类别", "状态", "立案日期", "案值（元）",
        "违法所得（元）", "非法经营数额（元）", "办案期限", "处罚决定书文号", "罚款（元）", "决定日期", "结案日期"};

    private final CaseListStore lists;
    private final MessageSource messages;
    private final Clock clock;

    CaseExport(CaseListStore lists, MessageSource messages, Clock clock) {
        this.lists = lists;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Refuses an actor who may not export before the caller commits a response: the streamed download sets its
     * headers and opens the body only after this passed (a refusal inside {@link #write} would come too late).
     */
    public void authorize(Actor actor) {
        actor.require(Permission.CASE_VIEW);
    }

    @Transactional(readOnly = true)
    public long write(Actor actor, CaseQuery query, OutputStream out) {
        var scope = actor.require(Permission.CASE_VIEW);
        Locale zh = Locale.CHINA;
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        long[] count = {0};
        try (SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            // plain temp file: gzip cost more CPU than the disk it saves (measured, bench/cases/README.md)
            book.setCompressTempFiles(false);
            XlsxForm form = XlsxForm.of(book);
            Sheet sheet = book.createSheet("案件");
            form.title(sheet, 0, TITLE, HEADERS.length);
            form.header(sheet, HEADER_ROW, java.util.List.of(HEADERS));
            form.freeze(sheet, 1, FIRST_DATA_ROW);
            sheet.setColumnWidth(0, 24 * 256);
            sheet.setColumnWidth(1, 30 * 256);
            RowCallbackHandler handler = rs -> write(form, sheet.createRow(HEADER_ROW + (int) ++count[0]), rs, zh,
                    labels);
            LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
            lists.export(query, scope, today, FETCH_SIZE, handler);
            form.signature(sheet, HEADER_ROW + (int) count[0], HEADERS.length,
                    new XlsxForm.Signature(actor.displayName(), null, null, today));
            book.write(out);
            book.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    private void write(XlsxForm form, Row row, ResultSet rs, Locale zh, java.util.Map<String, String> labels)
            throws SQLException {
        form.text(row, 0, rs.getString("number"));
        form.text(row, 1, rs.getString("title"));
        form.text(row, 2, nz(rs.getString("party_names")));
        form.text(row, 3, rs.getString("unit_name"));
        form.text(row, 4, label(labels, "case.category." + rs.getString("category"), zh));
        form.text(row, 5, label(labels, "case.status." + rs.getString("status"), zh));
        form.date(row, 6, Instants.wallTime(rs, "registered_at").toLocalDate());
        form.decimal(row, 7, rs.getBigDecimal("case_value"));
        form.decimal(row, 8, rs.getBigDecimal("illegal_gains"));
        form.decimal(row, 9, rs.getBigDecimal("illegal_business_amount"));
        if (rs.getBoolean("clock_paused")) {
            form.text(row, 10, "中止");
        } else {
            form.date(row, 10, rs.getObject("decision_due_on", LocalDate.class));
        }
        form.text(row, 11, nz(rs.getString("decision_number")));
        form.decimal(row, 12, rs.getBigDecimal("fine_amount"));
        form.date(row, 13, rs.getObject("decided_on", LocalDate.class));
        form.date(row, 14, rs.getObject("closed_on", LocalDate.class));
    }

    private String label(java.util.Map<String, String> labels, String code, Locale zh) {
        return labels.computeIfAbsent(code, c -> messages.getMessage(c, null, zh));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
