package org.shuangda.entities;

import java.util.List;
import org.shuangda.privacy.EncryptedColumns;
import org.shuangda.privacy.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Legal representatives' ID numbers (the directory and staged import rows) for the privacy module's key
 * rotation: rows under an old key are re-encrypted under the current one, a number still in clear (written
 * before V99_1, or by hand) is encrypted.
 */
@Repository
class LegalRepKeyStore implements EncryptedColumns {

    private final JdbcClient jdbc;

    LegalRepKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String what() {
        return "legal representatives";
    }

    @Override
    public int reencrypt(PersonalDataCipher cipher, int batch) {
        int moved = reencrypt(cipher, "market_entity", batch);
        return moved < batch ? moved + reencrypt(cipher, "entity_import_row", batch - moved) : moved;
    }

    private int reencrypt(PersonalDataCipher cipher, String table, int batch) {
        String prefix = cipher.currentKeyId() + ":";
        record Row(String ctid, String stored) {
        }
        List<Row> rows = jdbc.sql("select ctid::text, legal_rep_id_number from " + table
                        + " where legal_rep_id_number is not null and legal_rep_id_number not like :p"
                        + " limit :batch for update skip locked")
                .param("p", prefix + "%").param("batch", batch)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2))).list();
        for (Row r : rows) {
            String clear = LegalRepIdCipher.isClear(r.stored()) ? r.stored()
                    : cipher.decrypt(LegalRepIdCipher.FIELD, r.stored());
            jdbc.sql("update " + table + " set legal_rep_id_number = :v where ctid = cast(:ctid as tid)")
                    .param("v", cipher.encrypt(LegalRepIdCipher.FIELD, clear)).param("ctid", r.ctid()).update();
        }
        return rows.size();
    }
}
