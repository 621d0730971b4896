package org.shuangda.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.shuangda.privacy.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * V98: case parties' ID numbers stored in clear until now become SM4 ciphertext (the privacy module's cipher,
 * field {@value Party#ID_NUMBER_FIELD}), in the migration's transaction, before the application serves a request.
 * A Spring bean (Spring Boot hands {@code JavaMigration} beans to Flyway) because it needs the configured key
 * ring, which a migration Flyway instantiates itself could not get. Idempotent: only values without a key id
 * (a clear ID number never contains ':') are encrypted, so a repeated run or a later rotation finds nothing
 * twice. No search runs on the ID number (the search text holds names and USCCs), so no blind index is kept.
 */
@Component
class CasePartyIdNumberMigration implements JavaMigration {

    private final PersonalDataCipher cipher;

    CasePartyIdNumberMigration(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("98");
    }

    @Override
    public String getDescription() {
        return "encrypt case party id numbers";
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

    /** Encrypts every clear ID number of a case party; returns how many it encrypted. */
    int encryptClear(Connection connection) throws SQLException {
        Map<Long, String> clear = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id, id_number from case_party
                 where id_number is not null and position(':' in id_number) = 0 order by id for update""");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                clear.put(rs.getLong(1), rs.getString(2));
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update case_party set id_number = ? where id = ?")) {
            int pending = 0;
            for (Map.Entry<Long, String> row : clear.entrySet()) {
                update.setString(1, cipher.encrypt(Party.ID_NUMBER_FIELD, row.getValue()));
                update.setLong(2, row.getKey());
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
