package org.shuangda.complaints;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangda.privacy.EncryptedColumns;
import org.shuangda.privacy.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The filers' ciphertext columns, field by field, for moving them to the current key: the complaints part of
 * the privacy module's key rotation.
 */
@Repository
class FilerKeyStore implements EncryptedColumns {

    /** The columns of the encrypted fields (the cipher binds each ciphertext to its field's name). */
    static final Map<String, String> COLUMNS = Map.of("name", "filer_name", "phone", "filer_phone",
            "idNumber", "filer_id_number", "address", "filer_address", "replay", "replay_code");

    private static final List<String> FIELDS = List.of("name", "phone", "idNumber", "address", "replay");

    private final JdbcClient jdbc;

    FilerKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String what() {
        return "filings";
    }

    /** Decrypts with the old key (still configured), encrypts with the current one. */
    @Override
    public int reencrypt(PersonalDataCipher cipher, int batch) {
        String prefix = cipher.currentKeyId() + ":";
        List<Long> ids = underOldKeys(prefix, batch);
        for (long id : ids) {
            for (String field : FIELDS) {
                String stored = ciphertext(id, field).orElse(null);
                if (stored != null && !stored.startsWith(prefix)) {
                    replace(id, field, cipher.encrypt(field, cipher.decrypt(field, stored)));
                }
            }
        }
        return ids.size();
    }

    /** Up to {@code batch} filings with a ciphertext not under {@code keyPrefix}, locked, skipping locked ones. */
    List<Long> underOldKeys(String keyPrefix, int batch) {
        return jdbc.sql("""
                select id from filing
                 where (filer_name not like :p or filer_phone not like :p or filer_id_number not like :p
                        or filer_address not like :p or replay_code not like :p)
                 order by id limit :batch for update skip locked""")
                .param("p", keyPrefix + "%").param("batch", batch).query(Long.class).list();
    }

    Optional<String> ciphertext(long id, String field) {
        return jdbc.sql("select " + COLUMNS.get(field) + " from filing where id = :id").param("id", id)
                .query(String.class).optional();
    }

    void replace(long id, String field, String ciphertext) {
        jdbc.sql("update filing set " + COLUMNS.get(field) + " = :v where id = :id").param("v", ciphertext)
                .param("id", id).update();
    }
}
