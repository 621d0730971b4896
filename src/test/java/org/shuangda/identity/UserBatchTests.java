package org.shuangda.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.identity.UserForm.RoleGrant;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.ScopeKind;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@link Users#createAll(org.shuangda.shared.Actor, List)}: the demo's accounts are made this way (their hashes
 * computed in parallel).
 */
@WebTest
class UserBatchTests {

    @Autowired Users users;
    @Autowired DemoUsers demo;
    @Autowired PasswordEncoder passwords;
    @Autowired JdbcClient jdbc;

    long unitId(String name) {
        return jdbc.sql("select id from unit where name = :n").param("n", name).query(Long.class).single();
    }

    /** As the system administrator creates accounts: without roles (三员分立: the security administrator grants them). */
    UserForm reporter(String username, String password) {
        return new UserForm(username, "批量测试", unitId("黎城县工商行政管理局"), null, null, password, true, List.of());
    }

    long count(String prefix) {
        return jdbc.sql("select count(*) from app_user where username like :p").param("p", prefix + "%")
                .query(Long.class).single();
    }

    @Test
    void eachUserOfABatchGetsItsOwnSaltedHashAndAnAuditEntry() {
        List<UserView> created = users.createAll(demo.actor("licheng.admin"), List.of(
                reporter("batch.one", "Batch@2026a"),
                reporter("batch.two", "Batch@2026a"), reporter("batch.three", "Other@2026b")));

        assertThat(created).extracting(UserView::username).containsExactly("batch.one", "batch.two", "batch.three");
        List<String> hashes = jdbc.sql("select password_hash from app_user where username like 'batch.%' order by id")
                .query(String.class).list();
        assertThat(hashes).doesNotHaveDuplicates(); // the same password, different salts
        assertThat(passwords.matches("Batch@2026a", hashes.get(0))).isTrue();
        assertThat(passwords.matches("Batch@2026a", hashes.get(1))).isTrue();
        assertThat(passwords.matches("Other@2026b", hashes.get(2))).isTrue();
        assertThat(passwords.matches("Batch@2026a", hashes.get(2))).isFalse();
        // on the chain, or still queued for it when another transaction held the chain's lock
        long audited = jdbc.sql("""
                select count(*) from (select object_type, object_id, action from audit_entry
                                      union all select object_type, object_id, action from audit_pending) a
                where object_type = 'user' and action = 'CREATE'
                  and object_id in (select id::text from app_user where username like 'batch.%')""")
                .query(Long.class).single();
        assertThat(audited).isEqualTo(3);
    }

    @Test
    void oneBadFormOrARepeatedNameStoresNoneOfTheBatch() {
        var admin = demo.actor("licheng.admin");
        assertThatThrownBy(() -> users.createAll(admin, List.of(reporter("half.one", "Batch@2026a"),
                reporter("half.two", "weak")))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> users.createAll(admin, List.of(reporter("twice.one", "Batch@2026a"),
                reporter("TWICE.one", "Batch@2026a")))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("username");
        // one form granting a role (the security administrator's to grant) stores none of the batch either
        UserForm granting = new UserForm("granting.two", "批量测试", unitId("黎城县工商行政管理局"), null, null,
                "Batch@2026a", true, List.of(new RoleGrant("UNIT_REPORTER", ScopeKind.OWN_UNIT, null)));
        assertThatThrownBy(() -> users.createAll(admin, List.of(reporter("granting.one", "Batch@2026a"), granting)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("roles");
        assertThat(count("half.")).isZero();
        assertThat(count("twice.")).isZero();
        assertThat(count("granting.")).isZero();
    }
}
