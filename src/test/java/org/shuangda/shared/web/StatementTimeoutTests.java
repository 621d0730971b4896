package org.shuangda.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code statement_timeout} by kind of work: a deliberately slow statement ({@code pg_sleep}) in a page or
 * API request is cancelled by PostgreSQL and answers 503 with a message (never a 500); the same statement
 * in a download gets the longer export timeout and completes; run by a job (no request) it is not cut.
 * Its own small context: short timeouts, two endpoints that exist only here, no demo data.
 */
@SpringBootTest(properties = {"shuangda.limits.statement-timeout.web=300ms",
    "shuangda.limits.statement-timeout.export=10s", "shuangda.demo.enabled=false"})
@AutoConfigureMockMvc
@Import({StatementTimeoutTests.SlowApi.class, StatementTimeoutTests.SlowPage.class})
class StatementTimeoutTests {

    /** What a store would do, made slow on purpose; in a transaction, as the services' writes are. */
    static class Slow {
        static String sleep(JdbcClient jdbc, double seconds) {
            return jdbc.sql("select 'slept ' || pg_sleep(:s)::text").param("s", seconds).query(String.class)
                    .single();
        }
    }

    @RestController
    static class SlowApi {
        private final JdbcClient jdbc;

        SlowApi(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @GetMapping("/public/test-slow/api")
        @Transactional
        String api() {
            return Slow.sleep(jdbc, 1.0);
        }

        @GetMapping("/public/test-slow/report.xlsx")
        @Transactional
        String export() {
            return Slow.sleep(jdbc, 1.0);
        }

        @Transactional
        public String job() {
            return Slow.sleep(jdbc, 1.0);
        }
    }

    @Controller
    static class SlowPage {
        private final JdbcClient jdbc;

        SlowPage(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @GetMapping("/public/test-slow/page")
        @ResponseBody
        String page() {
            return Slow.sleep(jdbc, 1.0);
        }
    }

    @Autowired MockMvc mvc;
    @Autowired SlowApi slow;
    @Autowired JdbcClient jdbc;

    @Test
    void aSlowStatementInAnApiRequestIsCancelledAndAnswers503() throws Exception {
        long started = System.nanoTime();
        mvc.perform(get("/public/test-slow/api").header("Accept-Language", "zh-CN"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("查询用时超过上限")));
        assertThat((System.nanoTime() - started) / 1_000_000).as("cut well before the 1 s sleep ends")
                .isLessThan(900);
    }

    @Test
    void aSlowStatementBehindAPageAnswers503AsAPage() throws Exception {
        mvc.perform(get("/public/test-slow/page").header("Accept-Language", "zh-CN"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("查询用时超过上限")));
    }

    @Test
    void aDownloadGetsTheLongerExportTimeout() throws Exception {
        mvc.perform(get("/public/test-slow/report.xlsx")).andExpect(status().isOk())
                .andExpect(content().string("slept "));
    }

    @Test
    void aJobIsNotCutEvenRightAfterARequestUsedTheSameConnections() throws Exception {
        mvc.perform(get("/public/test-slow/api")).andExpect(status().isServiceUnavailable());
        assertThat(slow.job()).isEqualTo("slept ");
        assertThat(jdbc.sql("show statement_timeout").query(String.class).single()).isEqualTo("0");
    }
}
