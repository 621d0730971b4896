package org.shuangda.credit.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The public restoration pages count per client address: applications (each may carry 20 MB of papers) per
 * minute, and look-ups by number and query code per minute (no guessing of codes). Over the limit the person gets
 * 429 with the rule and its figures, nothing is written, and another address is not affected.
 */
@WebTest
@TestPropertySource(properties = {"shuangda.credit.public.applications-per-minute=2",
        "shuangda.credit.public.applications-per-day=20", "shuangda.credit.public.lookups-per-minute=3"})
class PublicRestorationLimitTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    long applications() {
        return jdbc.sql("select count(*) from credit_restoration").query(Long.class).single();
    }

    @Test
    void aThirdApplicationInAMinuteFromOneAddressIsRefusedWithTheRuleAndNothingWritten() throws Exception {
        long before = applications();
        for (int i = 0; i < 2; i++) { // refused for their content (no code), but counted
            mvc.perform(multipart("/public/credit/restoration").param("uscc", "").with(csrf())
                    .with(from("10.7.0.1"))).andExpect(status().isUnprocessableContent());
        }
        mvc.perform(multipart("/public/credit/restoration").param("uscc", "91140426MA0K12345X")
                        .param("applicantName", "王某").with(csrf()).with(from("10.7.0.1")))
                .andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "60"))
                .andExpect(content().string(containsString("每分钟最多2次、每天最多20次")))
                .andExpect(content().string(containsString("value=\"王某\""))); // the form as typed
        mvc.perform(multipart("/public/credit/restoration").param("uscc", "").with(csrf()).with(from("10.7.0.2")))
                .andExpect(status().isUnprocessableContent()); // another address: its own count
        assertThat(applications()).isEqualTo(before);
    }

    @Test
    void aFourthLookUpInAMinuteIsRefused() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/public/credit/restoration/track").param("number", "XF000000" + i).param("code", "WRONG")
                    .with(from("10.7.1.1"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"not-found\"")));
        }
        mvc.perform(get("/public/credit/restoration/track").param("number", "XF0000009").param("code", "WRONG")
                        .with(from("10.7.1.1"))).andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("每分钟最多3次")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"not-found\""))));
        mvc.perform(multipart("/public/credit/restoration/track").param("number", "XF0000009").param("code", "WRONG")
                .with(csrf()).with(from("10.7.1.1"))).andExpect(status().isTooManyRequests());
        // the page itself (no number yet) is not a look-up
        mvc.perform(get("/public/credit/restoration/track").with(from("10.7.1.1"))).andExpect(status().isOk());
    }
}
