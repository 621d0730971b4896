package org.shuangda.cases.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.DerivedFigures;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The prosecutor's list and opinions, the threshold table, the case figures and the transfer pages. */
@WebTest
class OversightAndThresholdTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired java.util.List<DerivedFigures> figures;
    @Autowired java.time.Clock clock;
    TransferApiClient api;

    @BeforeEach
    void client() {
        api = new TransferApiClient(mvc, demo, jdbc);
    }

    long caseId(String title) {
        return jdbc.sql("select id from enforcement_case where title = :t").param("t", title).query(Long.class).single();
    }

    @Test
    void theProsecutorSeesTheCountysCasesAboveAThresholdThatWereNeverTransferred() throws Exception {
        long seeds = caseId("销售伪劣玉米种子案");
        long fertiliser = caseId("销售假冒“金穗”注册商标复合肥案");
        api.get("licheng.prosecutor", "/api/v1/oversight/missed").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kase.id", hasItem((int) seeds)))
                .andExpect(jsonPath("$[*].kase.id", not(hasItem((int) fertiliser))))
                .andExpect(jsonPath("$[?(@.kase.id == " + seeds + ")].matches[0].threshold.charge")
                        .value(hasItem("生产、销售伪劣产品罪")));
        api.get("pingshun.prosecutor", "/api/v1/oversight/missed")
                .andExpect(jsonPath("$[*].kase.id", not(hasItem((int) seeds))));
        api.get("licheng.officer", "/api/v1/oversight/missed").andExpect(status().isForbidden());
    }

    @Test
    void anOpinionToTransferIsAnsweredOnceByTheCasesUnitOnly() throws Exception {
        long caseId = api.caseAbove("licheng", "测试：检察建议移送案", 75000);
        String json = mvc.perform(post("/api/v1/oversight/opinions").with(demo.as("licheng.prosecutor")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\":%d,\"opinion\":\"该案已达追诉标准，建议依法移送公安机关\"}".formatted(caseId)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.clock.kind").value("OPINION_ANSWER"))
                .andReturn().getResponse().getContentAsString();
        long opinion = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(post("/api/v1/oversight/opinions").with(demo.as("licheng.prosecutor")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"caseId\":%d,\"opinion\":\"再次建议\"}".formatted(caseId)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/oversight/opinions").with(demo.as("pingshun.prosecutor")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"caseId\":%d,\"opinion\":\"建议\"}".formatted(caseId)))
                .andExpect(status().isNotFound());
        api.get("licheng.officer", "/api/v1/oversight/opinions?caseId=" + caseId)
                .andExpect(jsonPath("$[0].opinion").value("该案已达追诉标准，建议依法移送公安机关"))
                .andExpect(jsonPath("$[0].answeredAt").doesNotExist());
        answer("pingshun.officer", opinion, "外县答复").andExpect(status().isNotFound());
        answer("licheng.officer", opinion, " ").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("answer"));
        answer("licheng.officer", opinion, "已提请负责人审批移送").andExpect(status().isOk())
                .andExpect(jsonPath("$.answer").value("已提请负责人审批移送"));
        answer("licheng.officer", opinion, "再答复").andExpect(status().isUnprocessableContent());
    }

    private org.springframework.test.web.servlet.ResultActions answer(String user, long id, String text) throws Exception {
        return mvc.perform(post("/api/v1/oversight/opinions/{id}/answer", id).with(demo.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"" + text + "\"}"));
    }

    @Test
    void theThresholdTableIsReadByAllAndEditedWithCaseSettingsOnly() throws Exception {
        api.get("licheng.officer", "/api/v1/thresholds").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.category == 'PATENT' && @.amountKind == 'BUSINESS_AMOUNT')].minimum")
                        .value(hasItem(200000.0)));
        long id = jdbc.sql("select id from criminal_threshold where category = 'COPYRIGHT' and amount_kind = 'ILLEGAL_GAINS'")
                .query(Long.class).single();
        String body = "{\"category\":\"COPYRIGHT\",\"charge\":\"侵犯著作权罪\",\"amountKind\":\"ILLEGAL_GAINS\","
                + "\"minimum\":%s,\"basis\":\"刑法第二百一十七条\",\"active\":true,\"version\":0}";
        mvc.perform(put("/api/v1/thresholds/{id}", id).with(demo.as("licheng.officer")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted("30000"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/thresholds/{id}", id).with(demo.as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("-1")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("minimum"));
        mvc.perform(put("/api/v1/thresholds/{id}", id).with(demo.as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted("30000.00")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void theCaseFiguresCountWhatTheCasesHold() {
        DerivedFigures cases = figures.stream().filter(CaseFigures.class::isInstance).findFirst()
                .orElseThrow();
        long unit = jdbc.sql("select unit_id from app_user where username = 'licheng.officer'").query(Long.class).single();
        LocalDate today = LocalDate.now(clock.withZone(org.shuangda.calendar.WorkingCalendar.ZONE));
        Map<String, BigDecimal> f = cases.figuresFor(unit, today.minusYears(1), today);
        long opened = jdbc.sql("""
                select count(*) from enforcement_case where unit_id = :u and registered_at::date between :a and :b""")
                .param("u", unit).param("a", today.minusYears(1)).param("b", today).query(Long.class).single();
        assertThat(f.get("cases_opened")).isEqualByComparingTo(BigDecimal.valueOf(opened));
        assertThat(f.get("transferred")).isGreaterThanOrEqualTo(BigDecimal.ONE); // the demo's accepted transfer
        assertThat(f.get("case_value").scale()).isEqualTo(2);
        assertThat(cases.figuresFor(unit, today.plusDays(1), today.plusDays(2)).get("cases_opened")).isZero();
    }

    @Test
    void thePoliceAddressedDownloadTheTransferLetterAndNobodyElseDoes() throws Exception {
        long transfer = jdbc.sql("select t.id from case_transfer t join enforcement_case c on c.id = t.case_id"
                + " where c.title = '销售假冒“金穗”注册商标复合肥案'").query(Long.class).single();
        byte[] docx = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/transfers/{id}/letter", transfer).with(demo.as("licheng.police")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            String charge = jdbc.sql("select charge from case_transfer where id = :t").param("t", transfer)
                    .query(String.class).single();
            assertThat(text.getText()).contains("涉嫌犯罪案件移送书").contains("黎城县公安局")
                    .contains("涉嫌罪名：" + charge, "涉嫌构成" + charge + "。", "黎工商移〔").doesNotContain("案一案");
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/transfers/{id}/letter", transfer).with(demo.as("pingshun.police")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePagesShowTheClocksThePromptAndTheOversightList() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/transfers")
                        .with(demo.as("licheng.police")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("销售假冒“金穗”注册商标复合肥案")))
                .andExpect(content().string(containsString("公安立案决定（3日）")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/oversight")
                        .with(demo.as("licheng.prosecutor")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("销售伪劣玉米种子案")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/transfers/new")
                        .param("caseId", String.valueOf(caseId("销售伪劣玉米种子案"))).with(demo.as("licheng.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该案件达到生产、销售伪劣产品罪追诉标准，应当移送公安机关。")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/thresholds")
                .with(demo.as("admin"))).andExpect(status().isOk()).andExpect(content().string(containsString("假冒专利罪")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
                        .with(demo.as("pingshun.head")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("负责人审批（3日）")));
    }
}
