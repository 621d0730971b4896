package org.shuangda.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.Permission;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The bearer user cache (a call-centre system's calls no longer load the user with roles and scopes each
 * time) must not delay revocation: a revoked token and a role that lost a permission take effect with the
 * very next call, also when the change was made on another node (or by SQL), and an entry expires after a few
 * seconds in any case.
 */
@WebTest
class BearerUserCacheTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens tokens;
    @Autowired Roles roles;
    @Autowired BearerUsers cache;
    @Autowired AccountLoader accounts;

    @Test
    void aRevokedTokenIsRefusedAtTheNextCallThoughItsUserWasCached() throws Exception {
        String token = tokens.issue(owner("licheng.office"), userId("licheng.office"), "缓存撤销测试");
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(cache.get(ApiTokens.sha256(token))).as("the user is now cached").isPresent();

        tokens.revoke(owner("licheng.office"), tokenId(token));

        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    /** Another node (or SQL) revokes: this node's cache is not told, and the next call is refused all the same. */
    @Test
    void aTokenRevokedOnAnotherNodeIsRefusedAtTheNextCall() throws Exception {
        String token = tokens.issue(owner("licheng.office"), userId("licheng.office"), "他节点撤销测试");
        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(cache.get(ApiTokens.sha256(token))).as("the user is now cached").isPresent();

        jdbc.sql("update api_token set revoked_at = now(), revoked_by = 'node-b' where token_hash = :h")
                .param("h", ApiTokens.sha256(token)).update();

        mvc.perform(get("/api/v1/units").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aPermissionTakenFromARoleIsGoneAtTheNextCall() throws Exception {
        String token = tokens.issue(owner("licheng.agent"), userId("licheng.agent"), "热线系统缓存测试");
        mvc.perform(filing(token)).andExpect(status().isCreated());
        Roles.Role agent = roles.all().stream().filter(r -> r.code().equals("HOTLINE_AGENT")).findFirst().orElseThrow();
        EnumSet<Permission> without = EnumSet.copyOf(agent.permissions());
        without.remove(Permission.FILING_INTAKE);
        try {
            roles.save(security(), agent.id(), agent.code(), agent.nameZh(), agent.nameEn(), without);
            mvc.perform(filing(token)).andExpect(status().isForbidden());
        } finally {
            roles.save(security(), agent.id(), agent.code(), agent.nameZh(), agent.nameEn(), agent.permissions());
        }
        mvc.perform(filing(token)).andExpect(status().isCreated());
    }

    @Test
    void entriesExpireAfterTheTtlAndALoadOverlappingAnEvictionIsNotKept() {
        AtomicLong now = new AtomicLong();
        BearerUsers users = new BearerUsers(now::get);
        SignedInUser someone = accounts.findByUsername("licheng.office").orElseThrow();
        users.put("h", someone, users.generation());
        assertThat(users.get("h")).isPresent();
        now.addAndGet(BearerUsers.TTL.toNanos() + 1);
        assertThat(users.get("h")).as("expired").isEmpty();

        long generation = users.generation(); // a request starts loading ...
        users.evictAll(); // ... a revocation commits meanwhile ...
        users.put("h", someone, generation); // ... and what the request loaded may predate it
        assertThat(users.get("h")).isEmpty();
    }

    private static MockHttpServletRequestBuilder filing(String token) {
        return post("/api/v1/filings").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", UUID.randomUUID().toString())
                .content("""
                        {"track":"REPORT","channel":"12315","category":"COUNTERFEIT","content":"缓存测试：销售假冒商品。",
                         "regionCode":"140426","targetName":"黎城县缓存测试商行","filerName":"李四","filerPhone":"13912345678"}""");
    }

    /** Roles are the security administrator's (三员分立). */
    private SignedInUser security() {
        return accounts.findByUsername("changzhi.security").orElseThrow();
    }

    /** A token is issued only to its own user. */
    private SignedInUser owner(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private long tokenId(String token) {
        return jdbc.sql("select id from api_token where token_hash = :h").param("h", ApiTokens.sha256(token))
                .query(Long.class).single();
    }
}
