package org.shuangda.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The start banner names every account the demo made, each with its role: read from the database (the users the
 * demo loader's one transaction created, whichever step created them), not from the banner's own list.
 */
@WebTest
class DemoBannerTest {

    record DemoUser(String username, String roleName) {
    }

    @Autowired DemoBanner banner;
    @Autowired JdbcClient jdbc;

    @Test
    void everyDemoAccountAppearsWithItsRoleAndPurpose() {
        // the demo loads in one transaction: its users share the admin's created_at (now() of that transaction)
        List<DemoUser> demoUsers = jdbc.sql("""
                select u.username, r.name_zh as role_name from app_user u
                  join user_role ur on ur.user_id = u.id join role r on r.id = ur.role_id
                 where u.created_at = (select created_at from app_user where username = 'admin')
                 order by u.username""").query(DemoUser.class).list();
        assertThat(demoUsers).extracting(DemoUser::username)
                .contains("admin", "licheng.reporter", "licheng.agent", "pingshun.agent", "shanxi.office")
                .hasSizeGreaterThanOrEqualTo(DemoAccounts.all().size());

        String text = banner.text();
        for (DemoUser user : demoUsers) {
            Optional<String> line = text.lines().filter(l -> l.strip().startsWith(user.username() + " ")).findFirst();
            assertThat(line).as("banner line of " + user.username()).isPresent();
            assertThat(line.get()).as(user.username() + "'s role").contains(user.roleName());
            // the purpose after the unit: something more than the role and the unit
            assertThat(line.get().split(" · ")).as(user.username() + ": role · unit · what for").hasSize(3);
        }
        assertThat(text).contains(IdentityDemo.PASSWORD).contains("Public tracking page /public/filings/track: TS");
    }
}
