package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The two modules together, through their real listeners and the event publication registry (no event is
 * published by hand): a tip referred by complaints becomes a clue in cases, complaints learns the clue's number,
 * the clue's decision in cases reaches the filing and its public status.
 */
@WebTest
class TipToCaseClueTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    @Test
    void aReferredTipIsRegisteredAsAClueAndTheClueDecisionComesBack() throws Exception {
        FilingWork work = new FilingWork(mvc, demo, jdbc);
        long filing = work.fileTip("140426", "黎城县联调测试农资店", "农资店销售假冒复合肥，包装仿冒知名品牌，联调测试");
        work.act("licheng.officer", filing, "accept", null).andExpect(status().isOk());
        work.act("licheng.officer", filing, "refer", null).andExpect(status().isOk());

        ClueLinkTests.await(() -> clueOf(filing) != null);
        long clue = clueOf(filing);
        String clueNumber = jdbc.sql("select number from clue where id = :id").param("id", clue)
                .query(String.class).single();
        assertThat(jdbc.sql("select source from clue where id = :id").param("id", clue).query(String.class).single())
                .isEqualTo("COMPLAINT");
        assertThat(jdbc.sql("select unit_id from clue where id = :id").param("id", clue).query(Long.class).single())
                .as("the clue is verified by the unit that handled the tip")
                .isEqualTo(work.unitId("黎城县工商行政管理局"));
        ClueLinkTests.await(() -> clueNumber.equals(column(filing, "clue_number")));

        String clueStatusBefore = jdbc.sql("select status from clue where id = :id").param("id", clue)
                .query(String.class).single();
        // another county's officer cannot decide it; the handling unit declines it with a reason
        mvc.perform(post("/api/v1/clues/" + clue + "/decline").with(demo.as("pingshun.officer")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"越权\"}"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
        assertThat(jdbc.sql("select status from clue where id = :id").param("id", clue).query(String.class).single())
                .as("nothing changed by the refused call").isEqualTo(clueStatusBefore);
        mvc.perform(post("/api/v1/clues/" + clue + "/decline").with(demo.as("licheng.officer")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"经核查，所售复合肥为正品，不予立案\"}"))
                .andExpect(status().isOk());

        ClueLinkTests.await(() -> "CLOSED".equals(column(filing, "status")));
        assertThat(column(filing, "outcome")).isEqualTo("NO_CASE");
        assertThat(column(filing, "result_text")).contains("不予立案");
        work.read("licheng.officer", "/api/v1/filings/" + filing)
                .andExpect(jsonPath("$.clocks[?(@.kind == 'NOTICE')].running").value(true));
    }

    private Long clueOf(long filing) {
        return jdbc.sql("select id from clue where filing_id = :f").param("f", filing).query(Long.class).optional()
                .orElse(null);
    }

    private String column(long filing, String column) {
        return jdbc.sql("select cast(" + column + " as text) from filing where id = :id").param("id", filing)
                .query(String.class).optional().orElse(null);
    }
}
