package org.shuangda.entities;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * V99_1: legal representatives' ID numbers stored in clear until now (in {@code market_entity} and in staged
 * import rows) become SM4 ciphertext ({@link LegalRepIdCipher}), in the migration's transaction, before the
 * application serves a request. A Spring bean (Spring Boot hands {@code JavaMigration} beans to Flyway)
 * because it needs the configured key ring, as the cases module's V98 does. Idempotent: only values without a
 * key id (a clear ID number never contains ':') are encrypted, so a repeated run finds nothing twice. The
 * directory is searched by name and USCC only, never by ID number, so no blind index is needed.
 */
@Component
class LegalRepIdNumberMigration implements JavaMigration {

    private static final String[] TABLES = {"market_entity", "entity_import_row"};

    private final LegalRepIdCipher cipher;

    LegalRepIdNumberMigration(LegalRepIdCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("99.1");
    }

    @Override
    public String getDescription() {
        return "encrypt legal representative id numbers";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        encryptClear(context.getConnection());
    }

    /** Encrypts every clear ID number in both tables; returns how many it encrypted. */
    int encryptClear(Connection connection) throws SQLException {
        int done = 0;
        for (String table : TABLES) {
            done += encryptClear(connection, table);
        }
        return done;
    }

    private int encryptClear(Connection connection, String table) throws SQLException {
        // the row's identity: ctid within this transaction (the rows are locked), so one query fits both tables
        record Row(String ctid, String value) {
        }
        List<Row> clear = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select ctid::text, legal_rep_id_number from "
                + table + " where legal_rep_id_number is not null and position(':' in legal_rep_id_number) = 0"
                + " for update");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                clear.add(new Row(rs.getString(1), rs.getString(2)));
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update " + table + " set legal_rep_id_number = ? where ctid = ?::tid")) {
            int pending = 0;
            for (Row row : clear) {
                // as stored before: the directory held validated numbers only (the old length check and the
                // validator), staged rows whatever the upload held; both are kept as they were, only encrypted
                update.setString(1, row.value().isBlank() ? null : cipher.encryptAny(row.value()));
                update.setString(2, row.ctid());
                update.addBatch();
                if (++pending == 1000) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        return clear.size();
    }
}
