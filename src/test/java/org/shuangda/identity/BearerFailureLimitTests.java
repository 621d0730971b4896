package org.shuangda.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Bearer-token failures are limited per client address and per token prefix (20 in 5 minutes → 429 for 5
 * minutes), never per account: the user's valid token goes on working from another address, and a rotated
 * {@code X-Forwarded-For} from an untrusted address does not reset the count. Addresses from TEST-NET-3
 * (203.0.113.0/24), which the test configuration does not trust, so no other test's requests are affected.
 */
@WebTest
class BearerFailureLimitTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void twentyWrongTokensFromOneAddressAnswer429ThereAndTheValidTokenStillWorksFromAnother() throws Exception {
        String guesser = "203.0.113.5";
        for (int i = 0; i < 20; i++) {
            mvc.perform(from(guesser, "sd_" + UUID.randomUUID())).andExpect(status().isUnauthorized());
        }
        mvc.perform(from(guesser, "sd_" + UUID.randomUUID())).andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        // the address is stopped before any token is looked up, a valid one included
        mvc.perform(from(guesser, DemoUsers.ADMIN_TOKEN)).andExpect(status().isTooManyRequests());
        // a forged X-Forwarded-For from an untrusted address changes nothing
        for (int i = 0; i < 5; i++) {
            mvc.perform(from(guesser, "sd_" + UUID.randomUUID()).header("X-Forwarded-For", "192.0.2." + (100 + i)))
                    .andExpect(status().isTooManyRequests());
        }
        // the token's user is not locked: the same valid token works from another address
        mvc.perform(from("203.0.113.6", DemoUsers.ADMIN_TOKEN)).andExpect(status().isOk());
        assertThat(jdbc.sql("select coalesce(locked_until > now(), false) from app_user where username = 'admin'")
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void twentyWrongTokensWithOnePrefixCloseThatPrefixButNoOtherToken() throws Exception {
        String prefix = "sd_zz" + UUID.randomUUID().toString().substring(0, 5);
        for (int i = 0; i < 20; i++) {
            mvc.perform(from("203.0.113." + (20 + i), prefix + UUID.randomUUID())).andExpect(status().isUnauthorized());
        }
        mvc.perform(from("203.0.113.50", prefix + UUID.randomUUID())).andExpect(status().isTooManyRequests());
        // the address 203.0.113.50 is not blocked: a token with another prefix is looked up and works
        mvc.perform(from("203.0.113.50", DemoUsers.ADMIN_TOKEN)).andExpect(status().isOk());
    }

    private static MockHttpServletRequestBuilder from(String address, String token) {
        return get("/api/v1/units").header("Authorization", "Bearer " + token).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }
}
