package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.events.ClueDecided;
import org.shuangda.shared.events.TipReferredToCases;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contract with the cases module (its listener answers the referral; its decision is played here): "转为线索" publishes TipReferredToCases without
 * the tipster's identity; ClueRegistered links the clue; ClueDecided closes the tip with the outcome the public
 * sees and starts the 5-working-day notice clock.
 */
@WebTest
@RecordApplicationEvents
class ClueLinkTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEvents events;

    @Test
    void aTipBecomesAClueIsLinkedAndItsOutcomeReachesThePublic() throws Exception {
        FilingWork work = new FilingWork(mvc, demo, jdbc);
        String receipt = work.file(FilingFixtures.tipJson("超市销售假冒白酒，线索测试", "140426", "黎城县线索测试超市"));
        long id = FilingWork.id(receipt);
        work.act("licheng.officer", id, "refer", null).andExpect(status().isUnprocessableContent());
        work.act("licheng.officer", id, "accept", null).andExpect(status().isOk());
        work.act("licheng.office", id, "refer", null).andExpect(status().isForbidden());
        work.act("licheng.officer", id, "refer", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFERRED"));
        TipReferredToCases referred = events.stream(TipReferredToCases.class).filter(e -> e.filingId() == id)
                .findFirst().orElseThrow();
        assertThat(referred.unitId()).isEqualTo(work.unitId("黎城县工商行政管理局"));
        assertThat(referred.trackingNo()).isEqualTo((String) JsonPath.read(receipt, "$.trackingNo"));
        assertThat(referred.toString()).doesNotContain("张三丰").doesNotContain("13812345678");

        // the cases module's listener registers the clue and answers with its number
        await(() -> value(id, "clue_id") != null && value(id, "clue_number") != null);
        long clueId = Long.parseLong(value(id, "clue_id"));
        assertThat(value(id, "clue_number")).isEqualTo(jdbc.sql("select number from clue where id = :id")
                .param("id", clueId).query(String.class).single());
        // the clue's 立案 decision, as cases announces it when it opens a case from the clue
        transactions.executeWithoutResult(s -> publisher.publishEvent(new ClueDecided(id, clueId, true,
                "黎市监立〔2026〕12号", null, LocalDate.of(2026, 11, 20))));
        await(() -> "CLOSED".equals(value(id, "status")));
        assertThat(value(id, "outcome")).isEqualTo("CASE_OPENED");
        assertThat(value(id, "notice_from")).isEqualTo("2026-11-20");
        work.read("licheng.officer", "/api/v1/filings/" + id)
                .andExpect(jsonPath("$.clocks[?(@.kind == 'NOTICE')].running").value(true))
                .andExpect(jsonPath("$.caseNumber").value("黎市监立〔2026〕12号"));
        // delivered twice (the registry retries after a crash): nothing changes
        transactions.executeWithoutResult(s -> publisher.publishEvent(new ClueDecided(id, clueId, false, null, "x",
                LocalDate.of(2026, 11, 21))));
        Thread.sleep(500);
        assertThat(value(id, "outcome")).isEqualTo("CASE_OPENED");

        mvc.perform(post("/public/filings/track").with(csrf()).with(r -> { r.setRemoteAddr("10.9.1.1"); return r; })
                        .param("trackingNo", (String) JsonPath.read(receipt, "$.trackingNo"))
                        .param("queryCode", (String) JsonPath.read(receipt, "$.queryCode")))
                .andExpect(content().string(containsString("已立案")))
                .andExpect(content().string(containsString("已办结")));
        work.act("licheng.officer", id, "notified", null).andExpect(status().isOk());
        work.act("licheng.officer", id, "notified", null).andExpect(status().isUnprocessableContent());
    }

    String value(long id, String column) {
        return jdbc.sql("select cast(" + column + " as text) from filing where id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 15 s");
            }
            Thread.sleep(50);
        }
    }
}
