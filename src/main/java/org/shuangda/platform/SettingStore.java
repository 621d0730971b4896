package org.shuangda.platform;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code app_setting} table: one row per key. */
@Repository
class SettingStore {

    private final JdbcClient jdbc;

    SettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> find(String key) {
        return jdbc.sql("select value from app_setting where key = :key").param("key", key).query(String.class)
                .optional();
    }

    void upsert(String key, String value, OffsetDateTime at) {
        jdbc.sql("""
                insert into app_setting (key, value, updated_at) values (:key, :value, :at)
                on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at""")
                .param("key", key).param("value", value).param("at", at).update();
    }

    void insertIfAbsent(String key, String value, OffsetDateTime at) {
        jdbc.sql("insert into app_setting (key, value, updated_at) values (:key, :value, :at) on conflict (key) do nothing")
                .param("key", key).param("value", value).param("at", at).update();
    }
}
