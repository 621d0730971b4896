package org.shuangda.identity;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code user_totp} table: one two-factor secret per user, encrypted ({@link TotpCipher}). */
@Repository
class TotpStore {

    record Row(long userId, String secretCipher, OffsetDateTime confirmedAt, long lastStep) {

        boolean confirmed() {
            return confirmedAt != null;
        }
    }

    private final JdbcClient jdbc;

    TotpStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long userId) {
        return jdbc.sql("select user_id, secret_cipher, confirmed_at, last_step from user_totp where user_id = :id")
                .param("id", userId).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getLong(4))).optional();
    }

    /** A new enrolment waiting for its first code; replaces an unconfirmed one, never a confirmed one. */
    boolean startEnrolment(long userId, String secretCipher, OffsetDateTime now) {
        return jdbc.sql("""
                insert into user_totp (user_id, secret_cipher, created_at) values (:id, :secret, :now)
                on conflict (user_id) do update set secret_cipher = excluded.secret_cipher,
                       created_at = excluded.created_at, last_step = 0
                 where user_totp.confirmed_at is null""")
                .param("id", userId).param("secret", secretCipher).param("now", now).update() == 1;
    }

    /**
     * Uses the code of {@code step}: true only when no code of this or a later step was accepted before, so
     * two requests with the same code (a replay, a double click) cannot both pass. Confirms an enrolment.
     */
    boolean use(long userId, long step, OffsetDateTime now) {
        return jdbc.sql("""
                update user_totp set last_step = :step, confirmed_at = coalesce(confirmed_at, :now)
                 where user_id = :id and last_step < :step""")
                .param("id", userId).param("step", step).param("now", now).update() == 1;
    }

    boolean delete(long userId) {
        return jdbc.sql("delete from user_totp where user_id = :id").param("id", userId).update() == 1;
    }
}
