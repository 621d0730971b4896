package org.shuangda.cases.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The transfer flow through the API across officer, head (county office), police and prosecutor, each limited to
 * their county; wrong-state steps and strangers change nothing.
 */
@WebTest
@RecordApplicationEvents
class TransferApiTests {

    @Autowired ApplicationEvents events;
    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    TransferApiClient api;

    @BeforeEach
    void client() {
        api = new TransferApiClient(mvc, demo, jdbc);
    }

    @Test
    void aCaseOverTheThresholdPromptsTheOfficerAndOneBelowDoesNot() throws Exception {
        long above = api.caseAbove("licheng", "测试：达到追诉标准的假冒化肥案", 80000);
        api.get("licheng.officer", "/api/v1/thresholds/cases/{id}", above).andExpect(status().isOk())
                .andExpect(jsonPath("$.mustTransfer").value(true))
                .andExpect(jsonPath("$.prompt").value("该案件达到假冒注册商标罪、销售假冒注册商标的商品罪追诉标准，应当移送公安机关。"))
                .andExpect(jsonPath("$.matches[0].threshold.minimum").value(50000));
        long below = api.caseAbove("licheng", "测试：未达追诉标准的假冒化肥案", 49999);
        api.get("licheng.officer", "/api/v1/thresholds/cases/{id}", below)
                .andExpect(jsonPath("$.mustTransfer").value(false)).andExpect(jsonPath("$.prompt").doesNotExist());
        api.get("pingshun.officer", "/api/v1/thresholds/cases/{id}", above).andExpect(status().isNotFound());
    }

    @Test
    void officerProposesHeadApprovesAgencyHandsOverPoliceAcceptsAndFiles() throws Exception {
        long caseId = api.caseAbove("licheng", "测试：移送全流程案", 90000);
        long id = api.proposed("licheng.officer", caseId);
        api.get("licheng.officer", "/api/v1/transfers/{id}", id).andExpect(jsonPath("$.status").value("PROPOSED"))
                .andExpect(jsonPath("$.clock.kind").value("HEAD_DECISION"))
                .andExpect(jsonPath("$.policeUnitName").value("黎城县公安局"));
        // the officer is no head, the police no agency: 403, nothing changed
        api.act("licheng.officer", id, "APPROVE", null).andExpect(status().isForbidden());
        api.act("licheng.police", id, "APPROVE", null).andExpect(status().isForbidden());
        assertThat(api.transferStatus(id)).isEqualTo("PROPOSED");

        api.act("licheng.office", id, "APPROVE", null).andExpect(status().isForbidden()); // coordinates, heads no agency
        api.act("pingshun.head", id, "APPROVE", null).andExpect(status().is4xxClientError()); // another agency's head
        api.act("licheng.head", id, "APPROVE", "同意移送").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.clock.kind").value("HANDOVER"));
        // the police do not see what was not handed over (list and detail alike), so cannot accept it
        api.act("licheng.police", id, "ACCEPT", null).andExpect(status().isNotFound());
        // no investigation report yet: the package is incomplete
        api.act("licheng.officer", id, "HAND_OVER", null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason", containsString("调查报告")));
        api.upload("licheng.officer", caseId, "调查报告.exe", new byte[] {'M', 'Z', 0, 0})
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("file"));
        api.upload("licheng.officer", caseId, "调查报告.pdf", new byte[] {'M', 'Z', 0, 0})
                .andExpect(status().isUnprocessableContent());
        assertThat(api.transferStatus(id)).isEqualTo("APPROVED");
        api.upload("licheng.officer", caseId, "调查报告.pdf", TransferApiClient.PDF).andExpect(status().isCreated());
        api.act("licheng.officer", id, "HAND_OVER", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HANDED_OVER")).andExpect(jsonPath("$.clock.kind").value("ACCEPTANCE"));
        assertThat(api.caseStatus(caseId)).isEqualTo("TRANSFERRED");
        assertThat(events.stream(TransferHandedOver.class)).singleElement().satisfies(e -> {
            assertThat(e.transferId()).isEqualTo(id);
            assertThat(e.caseId()).isEqualTo(caseId);
            assertThat(e.policeUnitId()).isEqualTo(jdbc.sql("select police_unit_id from case_transfer where id = :id")
                    .param("id", id).query(Long.class).single());
            assertThat(e.regionPath()).endsWith("/140426/");
            assertThat(e.handedOverAt()).isNotNull();
        });

        api.get("licheng.police", "/api/v1/transfers/package/{c}", caseId).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("INVESTIGATION_REPORT"));
        api.act("licheng.police", id, "ACCEPT", "已受理").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED")).andExpect(jsonPath("$.clock.kind").value("FILING"));
        api.act("licheng.police", id, "FILE", "决定立案侦查").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FILED"));
        api.get("licheng.officer", "/api/v1/transfers/{id}/history", id)
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("PROPOSE", "APPROVE",
                        "HAND_OVER", "ACCEPT", "FILE")));
        assertThat(jdbc.sql("select count(*) from case_timeline where case_id = :c and kind = 'TRANSFER'")
                .param("c", caseId).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void anotherCountysPoliceAndProsecutorNeitherSeeNorTouchTheTransfer() throws Exception {
        long caseId = api.caseAbove("licheng", "测试：外县公安无权办理案", 70000);
        long id = api.handedOver(caseId);
        api.act("pingshun.police", id, "ACCEPT", null).andExpect(status().isNotFound());
        api.act("pingshun.police", id, "REFUSE_ACCEPTANCE", "不属管辖").andExpect(status().isNotFound());
        assertThat(api.transferStatus(id)).isEqualTo("HANDED_OVER");
        api.get("pingshun.police", "/api/v1/transfers").andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
        api.get("pingshun.police", "/api/v1/transfers/package/{c}", caseId).andExpect(status().isNotFound());
        api.get("pingshun.prosecutor", "/api/v1/transfers/{id}", id).andExpect(status().isNotFound());
        api.get("licheng.police", "/api/v1/transfers").andExpect(jsonPath("$[*].id", hasItem((int) id)));
        api.get("licheng.prosecutor", "/api/v1/transfers").andExpect(jsonPath("$[*].id", hasItem((int) id)));
        // the prosecutor watches but takes no step of either side
        api.act("licheng.prosecutor", id, "ACCEPT", null).andExpect(status().isForbidden());
        api.act("licheng.police", id, "ACCEPT", null).andExpect(status().isOk());
    }

    @Test
    void aRefusalIsReconsideredOnceAndTheCaseComesBackForAPenaltyWithNoticeToTheParty() throws Exception {
        long caseId = api.caseAbove("licheng", "测试：不予受理后复议案", 60000);
        long id = api.handedOver(caseId);
        api.act("licheng.police", id, "REFUSE_ACCEPTANCE", null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        api.act("licheng.police", id, "REFUSE_ACCEPTANCE", "情节显著轻微").andExpect(status().isOk())
                .andExpect(jsonPath("$.clock.kind").value("RECONSIDERATION_WINDOW"));
        api.act("licheng.officer", id, "REQUEST_RECONSIDERATION", "非法经营数额已达追诉标准").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECONSIDERING"));
        api.act("licheng.officer", id, "RETURN_FOR_PENALTY", "x").andExpect(status().isForbidden());
        api.act("licheng.police", id, "UPHOLD_ON_RECONSIDERATION", "维持不予受理").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_ACCEPTED"));
        api.act("licheng.officer", id, "REQUEST_RECONSIDERATION", "再次复议").andExpect(status().isUnprocessableContent());
        api.act("licheng.police", id, "RETURN_FOR_PENALTY", "不需追究刑事责任，退回依法给予行政处罚")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
        assertThat(api.caseStatus(caseId)).isEqualTo("INVESTIGATING");
        api.act("licheng.officer", id, "NOTICE_PARTY", "已书面告知当事人案件转回行政处罚程序").andExpect(status().isOk())
                .andExpect(jsonPath("$.partyNotice.note").value("已书面告知当事人案件转回行政处罚程序"));
        // back with the agency, the case may be transferred again later
        api.proposed("licheng.officer", caseId);
    }

    @Test
    void formsWithoutAReasonAreShownAgainWithTheErrorAndChangeNothing() throws Exception {
        long caseId = api.caseAbove("licheng", "测试：页面表单校验案", 65000);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/transfers/new")
                        .param("caseId", String.valueOf(caseId)).param("chargeCode", "COUNTERFEIT_TRADEMARK").param("reason", " ")
                        .with(demo.as("licheng.officer"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("is-invalid")));
        assertThat(jdbc.sql("select count(*) from case_transfer where case_id = :c").param("c", caseId)
                .query(Long.class).single()).isZero();
        long id = api.handedOver(caseId);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/transfers/{id}/actions/REFUSE_ACCEPTANCE", id).param("note", "")
                        .with(demo.as("licheng.police"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("form-errors")));
        assertThat(api.transferStatus(id)).isEqualTo("HANDED_OVER");
        // the police's home page lists the transfer to accept with its clock
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
                        .with(demo.as("licheng.police")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("公安受理（3日）")));
    }

    @Test
    void aSecondTransferOfTheSameCaseOrOneOfAnotherCountyIsRefused() throws Exception {
        long caseId = api.caseAbove("licheng", "测试：重复移送案", 55000);
        api.proposed("licheng.officer", caseId);
        api.propose("licheng.officer", caseId).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason", containsString("进行中")));
        long other = api.caseAbove("pingshun", "测试：外县案件", 55000);
        api.propose("licheng.officer", other).andExpect(status().isNotFound());
        api.propose("licheng.police", other).andExpect(status().isForbidden());
    }
}
