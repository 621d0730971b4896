package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.events.ClueDecided;
import org.shuangda.shared.events.TipReferredToCases;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The contract with the cases module (its listener answers the referral; its decision is played here):
 * "转为线索" publishes TipReferredToCases without the tipster's identity; ClueRegistered links the clue;
 * ClueDecided closes the tip with the outcome the public sees and starts the 5-working-day notice clock; the
 * same decision delivered again changes nothing (waited for through the publication registry's completion).
 */
@WebTest
@EnableScenarios
@RecordApplicationEvents
class ClueLinkTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired CompletedEventPublications completed;

    @Test
    void aTipBecomesAClueIsLinkedAndItsOutcomeReachesThePublic(Scenario scenario) throws Exception {
        FilingWork work = new FilingWork(mvc, demo, jdbc);
        String receipt = work.file(FilingFixtures.tipJson("超市销售假冒白酒，线索测试", "140426", "黎城县线索测试超市"));
        long id = FilingWork.id(receipt);
        work.act("licheng.officer", id, "refer", null).andExpect(status().isUnprocessableContent());
        work.act("licheng.officer", id, "accept", null).andExpect(status().isOk());
        work.act("licheng.office", id, "refer", null).andExpect(status().isForbidden());

        // the cases module's listener registers the clue and answers with its number
        scenario.stimulate(() -> work.step("licheng.officer", id, "refer"))
                .andWaitForStateChange(() -> value(id, "clue_number"))
                .andVerify((clueNumber, answer) -> {
                    assertThat(answer).isEqualTo(200);
                    assertThat(value(id, "status")).isEqualTo("REFERRED");
                    assertThat(clueNumber).isEqualTo(jdbc.sql("select number from clue where id = :id")
                            .param("id", Long.parseLong(value(id, "clue_id"))).query(String.class).single());
                });
        TipReferredToCases referred = events.stream(TipReferredToCases.class).filter(e -> e.filingId() == id)
                .findFirst().orElseThrow();
        assertThat(referred.unitId()).isEqualTo(work.unitId("黎城县工商行政管理局"));
        assertThat(referred.trackingNo()).isEqualTo((String) JsonPath.read(receipt, "$.trackingNo"));
        assertThat(referred.toString()).doesNotContain("张三丰").doesNotContain("13812345678");
        long clueId = Long.parseLong(value(id, "clue_id"));

        // the clue's 立案 decision, as cases announces it when it opens a case from the clue
        scenario.publish(new ClueDecided(id, clueId, true, "黎市监立〔2026〕12号", null, LocalDate.of(2026, 11, 20)))
                .andWaitForStateChange(() -> value(id, "status"), "CLOSED"::equals)
                .andVerify(closed -> {
                    assertThat(value(id, "outcome")).isEqualTo("CASE_OPENED");
                    assertThat(value(id, "notice_from")).isEqualTo("2026-11-20");
                });
        work.read("licheng.officer", "/api/v1/filings/" + id)
                .andExpect(jsonPath("$.clocks[?(@.kind == 'NOTICE')].running").value(true))
                .andExpect(jsonPath("$.caseNumber").value("黎市监立〔2026〕12号"));

        // delivered again (the registry retries after a crash): handled, and nothing changes
        ClueDecided again = new ClueDecided(id, clueId, false, null, "x", LocalDate.of(2026, 11, 21));
        scenario.publish(again).andWaitForStateChange(() -> handled(again), Boolean::booleanValue)
                .andVerify(done -> assertThat(value(id, "outcome")).isEqualTo("CASE_OPENED"));

        mvc.perform(post("/public/filings/track").with(csrf()).with(r -> { r.setRemoteAddr("10.9.1.1"); return r; })
                        .param("trackingNo", (String) JsonPath.read(receipt, "$.trackingNo"))
                        .param("queryCode", (String) JsonPath.read(receipt, "$.queryCode")))
                .andExpect(content().string(containsString("已立案")))
                .andExpect(content().string(containsString("已办结")));
        work.act("licheng.officer", id, "notified", null).andExpect(status().isOk());
        work.act("licheng.officer", id, "notified", null).andExpect(status().isUnprocessableContent());
    }

    /** Whether a listener completed {@code event}'s publication (the registry keeps completed ones). */
    private boolean handled(Object event) {
        return completed.findAll().stream().anyMatch(p -> p.getEvent().equals(event));
    }

    String value(long id, String column) {
        return jdbc.sql("select cast(" + column + " as text) from filing where id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
    }
}
