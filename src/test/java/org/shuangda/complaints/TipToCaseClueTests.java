package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.junit.jupiter.api.Test;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The two modules together, through their real listeners and the event publication registry (no event is
 * published by hand): a tip referred by complaints becomes a clue in cases, complaints learns the clue's number,
 * the clue's decision in cases reaches the filing and its public status. Each step is a {@link Scenario}: the
 * stimulus commits, then the test waits for the filing's state to change.
 */
@WebTest
@EnableScenarios
class TipToCaseClueTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired FilingIntake intake;
    @Autowired FilingHandling handling;
    @Autowired Filings filings;

    @Test
    void aReferredTipIsRegisteredAsAClueAndTheClueDecisionComesBack(Scenario scenario) throws Exception {
        Actor officer = demo.actor("licheng.officer");
        long filing = intake.fromAgent(demo.actor("licheng.agent"), FilingFixtures.tip(
                "农资店销售假冒复合肥，包装仿冒知名品牌，联调测试", FilingFixtures.LICHENG, "黎城县联调测试农资店", false)).id();
        handling.accept(officer, filing);

        scenario.stimulate(() -> handling.referToCases(officer, filing))
                .andWaitForStateChange(() -> filings.get(officer, filing).filing().clueNumber())
                .andVerify(clueNumber -> {
                    Long clue = filings.get(officer, filing).filing().clueId();
                    assertThat(clueNumber).isEqualTo(clueColumn(clue, "number"));
                    assertThat(clueColumn(clue, "source")).isEqualTo("COMPLAINT");
                    assertThat(clueColumn(clue, "unit_id")).as("the clue is verified by the unit that handled the tip")
                            .isEqualTo(String.valueOf(unitId("黎城县工商行政管理局")));
                });
        long clue = filings.get(officer, filing).filing().clueId();

        String clueStatusBefore = clueColumn(clue, "status");
        // another county's officer cannot decide it; the handling unit declines it with a reason
        assertThat(decline("pingshun.officer", clue, "越权")).isIn(403, 404);
        assertThat(clueColumn(clue, "status")).as("nothing changed by the refused call").isEqualTo(clueStatusBefore);

        scenario.stimulate(() -> decline("licheng.officer", clue, "经核查，所售复合肥为正品，不予立案"))
                .andWaitForStateChange(() -> filings.get(officer, filing).filing().status(),
                        status -> status == FilingStatus.CLOSED)
                .andVerify((closed, answer) -> {
                    assertThat(answer).as("the decline's HTTP status").isEqualTo(200);
                    Filing f = filings.get(officer, filing).filing();
                    assertThat(f.outcome()).isEqualTo(Outcome.NO_CASE);
                    assertThat(f.resultText()).contains("不予立案");
                });
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/filings/" + filing).with(demo.as("licheng.officer")))
                .andExpect(jsonPath("$.clocks[?(@.kind == 'NOTICE')].running").value(true));
    }

    /** Declines the clue in the cases module's API as {@code user}; the HTTP status. */
    private int decline(String user, long clue, String reason) {
        try {
            return mvc.perform(post("/api/v1/clues/" + clue + "/decline").with(demo.as(user)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"" + reason + "\"}"))
                    .andReturn().getResponse().getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String clueColumn(long clue, String column) {
        return jdbc.sql("select cast(" + column + " as text) from clue where id = :id").param("id", clue)
                .query(String.class).single();
    }

    private long unitId(String name) {
        return jdbc.sql("select id from pub_unit where name = :n").param("n", name).query(Long.class).single();
    }
}
