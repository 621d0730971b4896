package org.shuangda.cases;

import java.util.List;
import org.shuangda.privacy.EncryptedColumns;
import org.shuangda.privacy.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Case parties' ID numbers for the privacy module's key rotation: rows under an old key are re-encrypted
 * under the current one, and a number still in clear (written by a version before V98, or by hand) is
 * encrypted. A clear ID number (18 characters of digits and X) never contains the ':' every ciphertext has.
 */
@Repository
class CasePartyKeyStore implements EncryptedColumns {

    private final JdbcClient jdbc;

    CasePartyKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String what() {
        return "case parties";
    }

    @Override
    public int reencrypt(PersonalDataCipher cipher, int batch) {
        String prefix = cipher.currentKeyId() + ":";
        record Row(long id, String idNumber) {
        }
        List<Row> rows = jdbc.sql("""
                select id, id_number from case_party where id_number is not null and id_number not like :p
                 order by id limit :batch for update skip locked""")
                .param("p", prefix + "%").param("batch", batch)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2))).list();
        for (Row r : rows) {
            String clear = isClear(r.idNumber()) ? r.idNumber() : cipher.decrypt(Party.ID_NUMBER_FIELD, r.idNumber());
            jdbc.sql("update case_party set id_number = :v where id = :id")
                    .param("v", cipher.encrypt(Party.ID_NUMBER_FIELD, clear)).param("id", r.id()).update();
        }
        return rows.size();
    }

    /** No key id: a number stored in clear before the party's ID numbers were encrypted. */
    static boolean isClear(String stored) {
        return stored.indexOf(':') < 0;
    }
}
