package org.shuangda.inspections.markets;

import java.util.List;
import org.shuangda.privacy.EncryptedColumns;
import org.shuangda.privacy.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Key markets' food-safety directors (name and phone) for the privacy module's key rotation. */
@Repository
class MarketKeyStore implements EncryptedColumns {

    private final JdbcClient jdbc;

    MarketKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String what() {
        return "key-market directors";
    }

    @Override
    public int reencrypt(PersonalDataCipher cipher, int batch) {
        String prefix = cipher.currentKeyId() + ":";
        record Row(long id, String name, String phone) {
        }
        List<Row> rows = jdbc.sql("""
                        select id, director_name, director_phone from key_market
                         where (director_name is not null and director_name not like :p)
                            or (director_phone is not null and director_phone not like :p)
                         order by id limit :batch for update skip locked""")
                .param("p", prefix + "%").param("batch", batch)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        for (Row r : rows) {
            jdbc.sql("update key_market set director_name = :n, director_phone = :t where id = :id")
                    .param("n", cipher.encrypt(KeyMarkets.DIRECTOR_NAME, cipher.decrypt(KeyMarkets.DIRECTOR_NAME, r.name())))
                    .param("t", cipher.encrypt(KeyMarkets.DIRECTOR_PHONE, cipher.decrypt(KeyMarkets.DIRECTOR_PHONE, r.phone())))
                    .param("id", r.id()).update();
        }
        return rows.size();
    }
}
