package org.shuangda.cases;

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
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case list as XLSX for any number of rows in constant memory: rows come from a JDBC cursor (fetch size
 * 1000, inside a read-only transaction so PostgreSQL streams) into an {@link SXSSFWorkbook} that keeps 200
 * rows in memory and spills the rest to a temporary file.
 */
@Service
public class CaseExport {

    static final int FETCH_SIZE = 1000;
    static final int ROWS_IN_MEMORY = 200;
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
            Sheet sheet = book.createSheet("案件");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            RowCallbackHandler handler = rs -> write(sheet.createRow((int) ++count[0]), rs, zh, labels);
            lists.export(query, scope, LocalDate.now(clock), FETCH_SIZE, handler);
            book.write(out);
            book.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    private void write(Row row, ResultSet rs, Locale zh, java.util.Map<String, String> labels) throws SQLException {
        row.createCell(0).setCellValue(rs.getString("number"));
        row.createCell(1).setCellValue(rs.getString("title"));
        row.createCell(2).setCellValue(nz(rs.getString("party_names")));
        row.createCell(3).setCellValue(rs.getString("unit_name"));
        row.createCell(4).setCellValue(label(labels, "case.category." + rs.getString("category"), zh));
        row.createCell(5).setCellValue(label(labels, "case.status." + rs.getString("status"), zh));
        row.createCell(6).setCellValue(rs.getObject("registered_at", LocalDateTime.class).toLocalDate().toString());
        number(row, 7, rs.getBigDecimal("case_value"));
        number(row, 8, rs.getBigDecimal("illegal_gains"));
        number(row, 9, rs.getBigDecimal("illegal_business_amount"));
        row.createCell(10).setCellValue(rs.getBoolean("clock_paused") ? "中止"
                : nz(rs.getString("decision_due_on")));
        row.createCell(11).setCellValue(nz(rs.getString("decision_number")));
        number(row, 12, rs.getBigDecimal("fine_amount"));
        row.createCell(13).setCellValue(nz(rs.getString("decided_on")));
        row.createCell(14).setCellValue(nz(rs.getString("closed_on")));
    }

    private String label(java.util.Map<String, String> labels, String code, Locale zh) {
        return labels.computeIfAbsent(code, c -> messages.getMessage(c, null, zh));
    }

    private static void number(Row row, int col, java.math.BigDecimal v) {
        if (v != null) {
            row.createCell(col).setCellValue(v.doubleValue());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
