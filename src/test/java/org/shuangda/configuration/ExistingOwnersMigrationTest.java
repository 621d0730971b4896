package org.shuangda.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V91 gives existing rows their owner from the person who made them: national for someone holding scope ALL, else
 * the region of their unit. The migration ran on an empty database here (the demo loads afterwards), so its
 * derivation is run again, from the migration's own text, against the demo's people.
 */
@WebTest
class ExistingOwnersMigrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void the_owner_of_a_row_is_the_region_of_its_makers_unit_or_national_for_scope_ALL() throws Exception {
        String migration = new ClassPathResource("db/migration/V91__configuration_owner.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        int start = migration.indexOf("create function pg_temp.owner_of");
        String function = migration.substring(start, migration.indexOf("$$;", start) + 3)
                .replace("create function", "create or replace function");
        tx.executeWithoutResult(status -> {
            jdbc.sql(function).update();
            assertThat(owner("licheng.office")).isEqualTo("/140000/140400/140426/");
            assertThat(owner("pingshun.admin")).isEqualTo("/140000/140400/140425/");
            assertThat(owner("changzhi.office")).isEqualTo("/140000/140400/");
            assertThat(owner("admin")).isNull();
            assertThat(owner("no such person")).isNull();
            status.setRollbackOnly();
        });
    }

    private String owner(String username) {
        return jdbc.sql("select pg_temp.owner_of(:u)").param("u", username).query((rs, n) -> rs.getString(1)).list()
                .get(0);
    }
}
