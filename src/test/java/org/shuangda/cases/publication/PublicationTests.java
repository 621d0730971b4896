package org.shuangda.cases.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.cases.CaseLifecycle;
import org.shuangda.cases.Cases;
import org.shuangda.cases.PenaltyDecided;
import org.shuangda.cases.PenaltyKind;
import org.shuangda.cases.Procedure;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publication of penalties: which decisions, masking on the public page, corrections and withdrawals with history.
 * The demo's published records are only read; the records changed here are the tests' own ({@link DecidedCases}).
 */
@WebTest
class PublicationTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired WorkingCalendar calendar;
    @Autowired java.time.Clock clock;
    @Autowired Cases cases;
    @Autowired CaseLifecycle lifecycle;
    @Autowired Publications publications;
    @Autowired org.shuangda.privacy.PersonalDataCipher cipher;

    DecidedCases decidedCases() {
        return new DecidedCases(cases, lifecycle, publications, demo, jdbc);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    @Test
    void thePublicPageMasksPersonsShowsCompaniesWithTheirCodeAndNeedsNoLogin() throws Exception {
        // case_party holds SM4 ciphertext (field casePartyIdNumber, see cases.Party); the number itself to compare
        String idNumber = cipher.decrypt("casePartyIdNumber",
                jdbc.sql("select id_number from case_party where name = '张建国'").query(String.class).single());
        String html = mvc.perform(get("/public/penalties").accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andExpect(content().string(containsString("张**")))
                .andExpect(content().string(containsString("已更正")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("张建国").doesNotContain(idNumber).doesNotContain(idNumber.substring(0, 6) + "*");
        String uscc = jdbc.sql("""
                select p.uscc from penalty_publication p join enforcement_case c on c.id = p.case_id
                 where c.title = '销售假冒注册商标白酒案'""").query(String.class).single();
        assertThat(uscc).hasSize(18);
        assertThat(html).contains(uscc);
        String json = mvc.perform(get("/public/penalties").param("q", "张").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].party", hasItem("张**")))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("张建国").doesNotContain(idNumber);
        // a record still to be published is not public
        long pending = decidedCases().pendingPublication("测试：待公示记录不公开案", today().minusDays(2));
        mvc.perform(get("/public/penalties/{id}", pending).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyGeneralProcedureDecisionsOtherThanAWarningArePublishedWithinTwentyWorkingDays() {
        long caseId = jdbc.sql("select id from enforcement_case where title = '销售盗版教辅图书案'").query(Long.class).single();
        LocalDate decided = jdbc.sql("select decided_on from enforcement_case where id = :id").param("id", caseId)
                .query(LocalDate.class).single();
        assertThat(jdbc.sql("select due_on from penalty_publication where case_id = :id").param("id", caseId)
                .query(LocalDate.class).single()).isEqualTo(calendar.addWorkingDays(decided, 20));
        long warned = jdbc.sql("select id from enforcement_case where title like '擅自使用地理标志%'").query(Long.class)
                .single();
        assertThat(jdbc.sql("select count(*) from penalty_publication where case_id = :id").param("id", warned)
                .query(Long.class).single()).isZero();
        // a simple-procedure fine is not published either
        transactions.executeWithoutResult(s -> events.publishEvent(new PenaltyDecided(warned, "x", 1, "/", "简易罚〔2026〕1号",
                Procedure.SIMPLE, List.of(PenaltyKind.FINE), BigDecimal.TEN, decided)));
        assertThat(jdbc.sql("select count(*) from penalty_publication where case_id = :id").param("id", warned)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theOfficePublishesCorrectsAndWithdrawsWithPublicHistoryWithinItsCountyOnly() throws Exception {
        long id = decidedCases().pendingPublication("测试：公示后经复议撤销案", today().minusDays(2));
        mvc.perform(post("/api/v1/publications/{id}/publish", id).with(demo.as("pingshun.office")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/publications/{id}/publish", id).with(demo.as("licheng.officer")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/publications/{id}/withdraw", id).with(demo.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"复议撤销\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(post("/api/v1/publications/{id}/publish", id).with(demo.as("licheng.office")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(post("/api/v1/publications/{id}/correct", id).with(demo.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"reason":"","partyName":"x","facts":"y","legalBasis":"z","penalty":"w"}"""))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/publications/{id}/withdraw", id).with(demo.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"经行政复议撤销原处罚决定\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(get("/public/penalties/{id}", id).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andExpect(content().string(containsString("已撤销")))
                .andExpect(content().string(containsString("经行政复议撤销原处罚决定")));
        mvc.perform(get("/public/penalties/{id}", id).accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.penalty.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.history[*].kind").value(org.hamcrest.Matchers.contains("PUBLISHED", "WITHDRAWN")))
                .andExpect(jsonPath("$.history[*].actor", not(hasItem("licheng.office"))));
    }
}
