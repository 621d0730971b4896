package org.shuangda.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Instants are stored as {@code timestamptz}" (docs/architecture.md): after every migration, no column of the
 * application's schema (tables and views alike) is a {@code timestamp without time zone}, whose value would mean a
 * different moment on a server in another zone. Flyway's own history table is Flyway's business and left out.
 */
@WebTest
class InstantColumnsTest {

    @Autowired JdbcClient jdbc;

    @Test
    void noColumnOfTheMigratedSchemaIsATimestampWithoutTimeZone() {
        List<String> columns = jdbc.sql("""
                select table_name || '.' || column_name from information_schema.columns
                 where table_schema = current_schema() and data_type = 'timestamp without time zone'
                   and table_name <> 'flyway_schema_history'
                 order by 1""").query(String.class).list();
        assertThat(columns).as("timestamp without time zone columns").isEmpty();
        // the check itself sees the column types it is about
        assertThat(jdbc.sql("""
                select count(*) from information_schema.columns
                 where table_schema = current_schema() and data_type = 'timestamp with time zone'""")
                .query(Long.class).single()).isPositive();
    }
}
