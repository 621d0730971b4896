package org.shuangda.cases.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.cases.CriminalCharge;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 罪名 of a transfer comes from the catalogue (issue 13): a code or a catalogue name is stored with its code,
 * a free text is a 422 on {@code chargeCode} and writes nothing, the picker finds a charge by name or article, and
 * the 移送书 and the transfer page print the charge with its article.
 */
@WebTest
class TransferChargeTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    TransferApiClient api;

    @BeforeEach
    void client() {
        api = new TransferApiClient(mvc, demo, jdbc);
    }

    @Test
    void aFreeTextChargeIsRefusedOnTheFieldAndNothingIsWritten() throws Exception {
        long caseId = api.caseAbove("licheng", "测试：罪名自由填写案", 70000);
        mvc.perform(post("/api/v1/transfers").with(demo.as("licheng.officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\":%d,\"chargeCode\":\"卖假货罪\",\"reason\":\"超过追诉标准\"}".formatted(caseId)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("chargeCode")))
                .andExpect(content().string(containsString("卖假货罪")));
        // the page form: shown again with the error on the field, nothing written
        mvc.perform(post("/transfers/new").param("caseId", String.valueOf(caseId)).param("chargeCode", "")
                        .param("chargeQuery", "卖假货罪").param("reason", "超过追诉标准")
                        .with(demo.as("licheng.officer")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"charge-error\">涉嫌罪名“卖假货罪”不在罪名目录中")));
        assertThat(jdbc.sql("select count(*) from case_transfer where case_id = :c").param("c", caseId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCodeIsStoredAndPrintedWithItsArticle() throws Exception {
        long caseId = api.caseAbove("licheng", "测试：罪名目录案", 70000);
        String json = mvc.perform(post("/api/v1/transfers").with(demo.as("licheng.officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\":%d,\"chargeCode\":\"SELLING_COUNTERFEIT_TRADEMARK_GOODS\",\"reason\":\"销售金额超过5万元\"}"
                                .formatted(caseId)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.chargeCode").value("SELLING_COUNTERFEIT_TRADEMARK_GOODS"))
                .andExpect(jsonPath("$.charge").value("销售假冒注册商标的商品罪"))
                .andExpect(jsonPath("$.chargeArticle").value("《中华人民共和国刑法》第二百一十四条"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.id")).longValue();
        assertThat(jdbc.sql("select charge_code from case_transfer where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("SELLING_COUNTERFEIT_TRADEMARK_GOODS");

        byte[] letter = api.get("licheng.officer", "/transfers/{id}/letter", id).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(letter));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            text = words.getText();
        }
        assertThat(text).contains("涉嫌罪名：销售假冒注册商标的商品罪（《中华人民共和国刑法》第二百一十四条）",
                "涉嫌构成销售假冒注册商标的商品罪。");
        api.get("licheng.officer", "/transfers/{id}", id).andExpect(status().isOk())
                .andExpect(content().string(containsString("《中华人民共和国刑法》第二百一十四条")));
    }

    @Test
    void theFormPreselectsTheThresholdsChargeAndThePickerSearchesByNameAndArticle() throws Exception {
        long caseId = api.caseAbove("licheng", "测试：罪名预选案", 70000);
        api.get("licheng.officer", "/transfers/new?caseId={c}", caseId).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"COUNTERFEIT_TRADEMARK\"")))
                .andExpect(content().string(containsString("value=\"假冒注册商标罪\"")));
        api.get("licheng.officer", "/api/v1/pickers/charges?q=213").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value("COUNTERFEIT_TRADEMARK"))
                .andExpect(jsonPath("$[0].detail").value("《中华人民共和国刑法》第二百一十三条"));
        api.get("licheng.officer", "/api/v1/pickers/charges?q=非法经营").andExpect(jsonPath("$[0].id")
                .value("ILLEGAL_BUSINESS"));
        api.get("licheng.officer", "/api/v1/pickers/charges?q=种子").andExpect(jsonPath("$[0].label")
                .value("生产、销售伪劣农药、兽药、化肥、种子罪"));
        api.get("licheng.police", "/api/v1/pickers/charges").andExpect(status().isForbidden());
        assertThat(CriminalCharge.search("第一百四十")).hasSize(9);
    }
}
