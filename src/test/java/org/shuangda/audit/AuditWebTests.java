package org.shuangda.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.shuangda.audit.AuditTestActors.SYSTEM;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.AuditableChange;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** Logins reach the trail without passwords; the verify API and the page answer by permission and scope. */
@WebTest
class AuditWebTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService accounts;
    @Autowired DemoUsers demoUsers;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    private record Entry(long id, Long userId, String username, String unitPath, String regionPath, String clientIp,
            String row) {
    }

    private AuditTestActors actors;

    @BeforeEach
    void setUp() {
        actors = new AuditTestActors(accounts, events, transactions);
    }

    @Test
    void failedAndSuccessfulLoginsAreRecordedWithoutThePassword() throws Exception {
        long before = lastId();
        String wrongPassword = "Wrong-" + UUID.randomUUID();

        mvc.perform(formLogin("/login").user("licheng.officer").password(wrongPassword))
                .andExpect(redirectedUrl("/login?error"));
        // a success resets the failure counter, so the demo account is never left closer to a lockout
        mvc.perform(formLogin("/login").user("licheng.officer").password(DemoUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));

        Entry failure = entry(before, "LOGIN_FAILURE");
        Entry success = entry(before, "LOGIN_SUCCESS");
        long officerId = ((org.shuangda.shared.Actor) accounts.loadUserByUsername("licheng.officer")).userId();
        assertThat(failure.username()).isEqualTo("licheng.officer");
        assertThat(failure.userId()).as("whoever typed is not known to be the account holder").isNull();
        assertThat(failure.regionPath()).as("the account's unit, for the county admin").endsWith("/140426/");
        assertThat(success.userId()).isEqualTo(officerId);
        assertThat(success.unitPath()).isNotNull();
        assertThat(success.clientIp()).isEqualTo("127.0.0.1");
        for (Entry e : List.of(failure, success)) {
            assertThat(e.row()).doesNotContain(wrongPassword, DemoUsers.PASSWORD, "{bcrypt}");
        }
        String row = "id=\"audit-row-" + failure.id() + "\"";
        assertThat(page("licheng.auditor", "action=LOGIN_FAILURE&actor=licheng.officer")).contains(row);
        assertThat(page("pingshun.auditor", "action=LOGIN_FAILURE&actor=licheng.officer")).doesNotContain(row);
    }

    @Test
    void theClientAddressIsTheForwardedOneOnlyFromATrustedProxy() throws Exception {
        // 192.0.2.10 is a trusted proxy in the tests' configuration, 127.0.0.1 (MockMvc's default) is not
        assertThat(failedLoginFrom("127.0.0.1", "203.0.113.50")).isEqualTo("127.0.0.1");
        assertThat(failedLoginFrom("192.0.2.10", "6.6.6.6, 203.0.113.51")).isEqualTo("203.0.113.51");
    }

    private String failedLoginFrom(String remote, String forwardedFor) throws Exception {
        long before = lastId();
        mvc.perform(post("/login").param("username", "nobody-" + UUID.randomUUID().toString().substring(0, 8))
                .param("password", "Wrong-1").header("X-Forwarded-For", forwardedFor).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(remote);
                    return request;
                })).andExpect(redirectedUrl("/login?error"));
        return entry(before, "LOGIN_FAILURE").clientIp();
    }

    @Test
    void aFailedLoginOfAnUnknownUserHasNoUnitAndOnlyScopeAllSeesIt() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        long before = lastId();

        mvc.perform(formLogin("/login").user(unknown).password("whatever")).andExpect(redirectedUrl("/login?error"));

        Entry failure = entry(before, "LOGIN_FAILURE");
        assertThat(failure.username()).isEqualTo(unknown);
        assertThat(failure.unitPath()).isNull();
        assertThat(failure.regionPath()).isNull();
        String row = "id=\"audit-row-" + failure.id() + "\"";
        assertThat(page("changzhi.auditor", "actor=" + unknown)).contains(row);
        assertThat(page("licheng.auditor", "actor=" + unknown)).doesNotContain(row);
    }

    @Test
    void verifyApiNeedsAuditView() throws Exception {
        mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/audit/verify").with(as("licheng.reporter"))).andExpect(status().isForbidden());
        // 三员分立: the system admin's token does not read the audit trail; the auditor does
        mvc.perform(get("/api/v1/audit/verify").header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify").with(as("changzhi.auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.checkedEntries").value((int) lastId()))
                .andExpect(jsonPath("$.headHash").isString());
        mvc.perform(get("/api/v1/audit/verify").with(as("licheng.auditor"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void pageNeedsAuditView() throws Exception {
        mvc.perform(get("/audit").with(as("licheng.reporter"))).andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("您没有执行此操作的权限")));
        mvc.perform(get("/audit/verify").with(as("licheng.reporter"))).andExpect(status().isForbidden());
    }

    @Test
    void aScopedAdminSeesOnlyEntriesOfActorsInTheirRegion() throws Exception {
        String type = "scope-" + UUID.randomUUID().toString().substring(0, 8);
        actors.publishAs("licheng.office", AuditableChange.created(SYSTEM, type, 1, "黎城的记录", Map.of()));
        actors.publishAs("pingshun.office", AuditableChange.created(SYSTEM, type, 2, "平顺的记录", Map.of()));
        actors.publishAs(null, AuditableChange.created(SYSTEM, type, 3, "系统的记录", Map.of()));

        String licheng = page("licheng.auditor", "objectType=" + type);
        String pingshun = page("pingshun.auditor", "objectType=" + type);
        String all = page("changzhi.auditor", "objectType=" + type);

        assertThat(licheng).contains("黎城的记录").doesNotContain("平顺的记录", "系统的记录");
        assertThat(pingshun).contains("平顺的记录").doesNotContain("黎城的记录", "系统的记录");
        assertThat(all).contains("黎城的记录", "平顺的记录", "系统的记录");
    }

    @Test
    void filtersNarrowTheListAndRowsShowTheChangedFields() throws Exception {
        String type = "filter-" + UUID.randomUUID().toString().substring(0, 8);
        actors.publishAs("licheng.office", AuditableChange.updated(SYSTEM, type, 7, "改名记录",
                Map.of("name", "旧名称<b>"), Map.of("name", "新名称")));
        actors.publishAs("licheng.office", AuditableChange.deleted(SYSTEM, type, 8, "删除记录", Map.of("name", "x")));
        long updateId = lastIdOf(type, "7");

        String updates = page("changzhi.auditor", "objectType=" + type + "&action=UPDATE&actor=licheng.off");
        String byId = page("changzhi.auditor", "objectType=" + type.toUpperCase() + "&objectId=8");

        assertThat(updates).contains("改名记录", "audit-detail-" + updateId, "旧名称&lt;b&gt;", "新名称")
                .doesNotContain("删除记录");
        assertThat(byId).contains("删除记录").doesNotContain("改名记录");
        assertThat(page("changzhi.auditor", "objectType=" + type + "&from=2000-01-01&to=2000-12-31"))
                .doesNotContain("改名记录", "删除记录").contains("id=\"audit-entries\"");
    }

    @Test
    void wrongFiltersAreShownBackWithTheReason() throws Exception {
        String html = page("changzhi.auditor", "from=2026-13-45&to=abc&action=NOPE");

        assertThat(html).contains("audit-filter-errors", "请输入有效日期", "请从列表中选择操作类型",
                "value=\"2026-13-45\"");
        String english = page("changzhi.auditor", "from=2026-02-01&to=2026-01-01&lang=en");
        assertThat(english).contains("The end date cannot be before the start date");
    }

    @Test
    void pagesGoBackInTimeByKeyset() throws Exception {
        String type = "paging-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 55; i++) {
            actors.publishAs("admin", AuditableChange.created(SYSTEM, type, i, "第" + i + "条", Map.of()));
        }
        long newest = lastIdOf(type, "55");

        String first = page("changzhi.auditor", "objectType=" + type);
        String older = page("changzhi.auditor", "objectType=" + type + "&before=" + (newest - 49));
        String newer = page("changzhi.auditor", "objectType=" + type + "&after=" + (newest - 50));

        assertThat(first).contains("第55条", "第6条", "id=\"audit-older\"").doesNotContain("第5条<", "audit-newer");
        assertThat(older).contains("第5条", "第1条", "id=\"audit-newer\"").doesNotContain("第6条", "audit-older");
        assertThat(newer).contains("第55条", "第6条").doesNotContain("第5条<");
    }

    @Test
    void verifyButtonShowsTheResult() throws Exception {
        String fragment = mvc.perform(get("/audit/verify").header("HX-Request", "true").with(as("licheng.auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("audit-chain-intact", "审计链完整").doesNotContain("<html");
    }

    private String page(String username, String query) throws Exception {
        return mvc.perform(get("/audit?" + query).with(as(username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private RequestPostProcessor as(String username) {
        return demoUsers.as(username);
    }

    private long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }

    private long lastIdOf(String type, String objectId) {
        return jdbc.sql("select max(id) from audit_entry where object_type = :type and object_id = :id")
                .param("type", type).param("id", objectId).query(Long.class).single();
    }

    private Entry entry(long after, String action) {
        return jdbc.sql("""
                select id, actor_user_id, actor_username, actor_unit_path, actor_region_path, client_ip, a::text as row
                  from audit_entry a where id > :after and action = :action order by id desc limit 1""")
                .param("after", after).param("action", action)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("actor_user_id", Long.class),
                        rs.getString("actor_username"), rs.getString("actor_unit_path"),
                        rs.getString("actor_region_path"), rs.getString("client_ip"), rs.getString("row")))
                .single();
    }
}
