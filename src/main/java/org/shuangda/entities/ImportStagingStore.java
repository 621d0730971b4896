package org.shuangda.entities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.shuangda.shared.BulkCopy;
import org.shuangda.shared.DataScope;
import org.shuangda.shared.SqlPredicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL for import batches and their staged rows. Rows go in with PostgreSQL's COPY (100,000 rows in about a
 * second) and reach {@code market_entity} with one {@code insert … select} on commit.
 */
@Repository
class ImportStagingStore {

    /** How long an uncommitted preview is kept for anyone else's upload to clear away. */
    static final java.time.Duration PREVIEW_KEPT = java.time.Duration.ofDays(1);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ImportProblem>> PROBLEMS = new TypeReference<>() { };
    private static final String ROW_COLUMNS = "row_no, name, uscc, entity_type, address, region_code, "
            + "legal_representative, legal_rep_id_number, contact_person, contact_phone, uscc_override, "
            + "override_reason, errors, established_on";

    /** The cell of the ID number, kept as ciphertext in the staging table too (see {@link LegalRepIdCipher}). */
    private static final int ID_CELL = ImportColumn.LEGAL_REP_ID_NUMBER.ordinal();

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final LegalRepIdCipher idCipher;

    ImportStagingStore(JdbcClient jdbc, DataSource dataSource, LegalRepIdCipher idCipher) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.idCipher = idCipher;
    }

    long createBatch(long userId, String username, String fileName, int rowCount, OffsetDateTime now) {
        return jdbc.sql("""
                insert into entity_import_batch (user_id, username, file_name, row_count, created_at)
                values (:userId, :username, :fileName, :rowCount, :now) returning id""")
                .param("userId", userId).param("username", username).param("fileName", fileName)
                .param("rowCount", rowCount).param("now", now).query(Long.class).single();
    }

    /** Streams the rows into the staging table with COPY, on the transaction's own connection. */
    void copyRows(long batchId, List<StagedRow> rows) {
        try (BulkCopy copy = BulkCopy.open(dataSource,
                "copy entity_import_row (batch_id, " + ROW_COLUMNS + ") from stdin")) {
            for (StagedRow row : rows) {
                appendRow(copy.row(), batchId, row);
            }
            copy.finish();
        }
    }

    Optional<ImportBatch> findBatch(long batchId, long userId) {
        return jdbc.sql("""
                select b.id, b.file_name, b.row_count, b.status, b.created_at,
                       (select count(*) from entity_import_row r where r.batch_id = b.id and r.errors is not null)
                         as error_rows
                  from entity_import_batch b where b.id = :id and b.user_id = :userId""")
                .param("id", batchId).param("userId", userId)
                .query((rs, n) -> new ImportBatch(rs.getLong("id"), rs.getString("file_name"), rs.getInt("row_count"),
                        rs.getInt("error_rows"), rs.getString("status"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .optional();
    }

    /** Locks the batch for commit, so a double click cannot import it twice. */
    boolean lockForCommit(long batchId, long userId) {
        return jdbc.sql("""
                select id from entity_import_batch
                 where id = :id and user_id = :userId and status = 'PREVIEW' for update""")
                .param("id", batchId).param("userId", userId).query(Long.class).optional().isPresent();
    }

    List<StagedRow> errorRows(long batchId, int limit, int offset) {
        return jdbc.sql("select " + ROW_COLUMNS + " from entity_import_row where batch_id = :id and errors is not null"
                        + " order by row_no limit :limit offset :offset")
                .param("id", batchId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> map(rs)).list();
    }

    Optional<StagedRow> row(long batchId, int rowNo) {
        return jdbc.sql("select " + ROW_COLUMNS + " from entity_import_row where batch_id = :id and row_no = :rowNo")
                .param("id", batchId).param("rowNo", rowNo).query((rs, n) -> map(rs)).optional();
    }

    List<StagedRow> rowsWithUscc(long batchId, Collection<String> usccs) {
        return jdbc.sql("select " + ROW_COLUMNS + " from entity_import_row where batch_id = :id"
                        + " and uscc = any(:usccs) order by row_no")
                .param("id", batchId).param("usccs", usccs.toArray(String[]::new)).query((rs, n) -> map(rs)).list();
    }

    /** The first row above {@code rowNo} with the same code: a later repeat is the one marked as duplicate. */
    Optional<Integer> earlierRowWithUscc(long batchId, String uscc, int rowNo) {
        return jdbc.sql("select row_no from entity_import_row where batch_id = :id and uscc = :uscc"
                        + " and row_no < :rowNo order by row_no limit 1")
                .param("id", batchId).param("uscc", uscc).param("rowNo", rowNo).query(Integer.class).optional();
    }

    void updateRow(long batchId, StagedRow row) {
        String[] c = row.cells();
        jdbc.sql("""
                update entity_import_row set name = :name, uscc = :uscc, entity_type = :type, address = :address,
                       region_code = :region, legal_representative = :rep, legal_rep_id_number = :idNumber,
                       contact_person = :contact, contact_phone = :phone, uscc_override = :override,
                       override_reason = :reason, errors = cast(:errors as jsonb), established_on = :established
                 where batch_id = :id and row_no = :rowNo""")
                .param("name", c[0]).param("uscc", c[1]).param("type", c[2]).param("address", c[3])
                .param("region", c[4]).param("rep", c[5]).param("idNumber", idCipher.encryptAny(c[ID_CELL])).param("contact", c[7])
                .param("phone", c[8]).param("override", row.usccOverride()).param("reason", row.overrideReason())
                .param("errors", json(row.problems())).param("established", c[9]).param("id", batchId).param("rowNo", row.rowNo()).update();
    }

    /** Rows whose code was registered in the directory after the preview was made. */
    List<Integer> rowsNowDuplicated(long batchId) {
        return jdbc.sql("""
                select r.row_no from entity_import_row r join market_entity e on e.uscc = r.uscc
                 where r.batch_id = :id order by r.row_no""").param("id", batchId).query(Integer.class).list();
    }

    /** Rows whose region lies outside {@code scope} (the scope may have shrunk since the upload). */
    long rowsOutside(long batchId, DataScope scope) {
        SqlPredicate inScope = scope.regionOwned("r.path");
        return jdbc.sql("""
                select count(*) from entity_import_row ir join pub_region r on r.code = ir.region_code
                 where ir.batch_id = :id and not\s""" + inScope.sql())
                .params(inScope.params()).param("id", batchId).query(Long.class).single();
    }

    /**
     * Moves every staged row into the directory in one statement, then forgets the staged copies. The ID
     * numbers move as the ciphertexts they are in the staging table: the commit runs only when no row has a
     * problem left, so each was a valid number when the upload (or the fix of its row) encrypted it.
     */
    int commit(long batchId, String username, OffsetDateTime now) {
        int inserted = jdbc.sql("""
                insert into market_entity (name, uscc, uscc_override, override_reason, override_by, override_at,
                       entity_type, address, region_code, legal_representative, legal_rep_id_number, contact_person,
                       contact_phone, established_on, created_at, updated_at)
                select name, uscc, uscc_override, override_reason,
                       case when uscc_override then :username end,
                       case when uscc_override then cast(:now as timestamptz) end,
                       entity_type, address, region_code, legal_representative, legal_rep_id_number, contact_person,
                       contact_phone, cast(established_on as date), :now, :now
                  from entity_import_row where batch_id = :id order by row_no""")
                .param("id", batchId).param("username", username).param("now", now).update();
        jdbc.sql("delete from entity_import_row where batch_id = :id").param("id", batchId).update();
        if (inserted >= 1_000) {
            // fresh statistics at once: with stale ones the planner seq-scans the grown table instead of using
            // the trigram index, and searches take a second until autovacuum catches up
            jdbc.sql("analyze market_entity").update();
        }
        jdbc.sql("update entity_import_batch set status = 'COMMITTED', committed_at = :now where id = :id")
                .param("id", batchId).param("now", now).update();
        return inserted;
    }

    /** Previews nobody committed: a user's earlier ones, and anyone's created before {@code before}. */
    void deleteStalePreviews(long userId, OffsetDateTime before) {
        jdbc.sql("""
                delete from entity_import_batch where status = 'PREVIEW'
                   and (user_id = :userId or created_at < :before)""")
                .param("userId", userId).param("before", before).update();
    }

    private StagedRow map(ResultSet rs) throws SQLException {
        String[] cells = new String[ImportColumn.values().length];
        String[] names = {"name", "uscc", "entity_type", "address", "region_code", "legal_representative",
            "legal_rep_id_number", "contact_person", "contact_phone"};
        cells[ImportColumn.ESTABLISHED_ON.ordinal()] = rs.getString("established_on");
        for (int i = 0; i < names.length; i++) {
            cells[i] = rs.getString(names[i]);
        }
        cells[ID_CELL] = idCipher.decrypt(cells[ID_CELL]);
        String errors = rs.getString("errors");
        List<ImportProblem> problems = errors == null ? List.of() : JSON.readValue(errors, PROBLEMS);
        return new StagedRow(rs.getInt("row_no"), cells, rs.getBoolean("uscc_override"),
                rs.getString("override_reason"), problems);
    }

    static String json(List<ImportProblem> problems) {
        return problems.isEmpty() ? null : JSON.writeValueAsString(problems);
    }

    private void appendRow(StringBuilder out, long batchId, StagedRow row) {
        out.append(batchId).append('\t').append(row.rowNo());
        String[] cells = row.cells();
        int established = ImportColumn.ESTABLISHED_ON.ordinal();
        for (int i = 0; i < established; i++) {
            out.append('\t');
            appendText(out, i == ID_CELL ? idCipher.encryptAny(cells[i]) : cells[i]);
        }
        out.append('\t').append(row.usccOverride() ? 't' : 'f').append('\t');
        appendText(out, row.overrideReason());
        out.append('\t');
        appendText(out, json(row.problems()));
        out.append('\t');
        appendText(out, cells[established]);
        out.append('\n');
    }

    /** COPY's text format: backslash escapes for the delimiter, line breaks and backslash; \N for null. */
    private static void appendText(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
