package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The call-centre API: idempotent retries (also concurrent ones), bad input refused whole, masking. */
@WebTest
class FilingApiTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired FilingIntakeAudit intakeAudit;

    static MockHttpServletRequestBuilder filing(String body, String key) {
        MockHttpServletRequestBuilder request = post("/api/v1/filings").contentType(MediaType.APPLICATION_JSON)
                .content(body).header("Authorization", "Bearer " + DemoUsers.AGENT_TOKEN);
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    long filingsWithKey(String key) {
        return jdbc.sql("select count(*) from filing where idempotency_key = :k").param("k", key).query(Long.class)
                .single();
    }

    long filingCount() {
        return jdbc.sql("select count(*) from filing").query(Long.class).single();
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstAnswerAndFilesOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = FilingFixtures.tipJson("销售假冒注册商标的白酒，重试测试", "140426", "黎城县某某酒行");
        MvcResult first = mvc.perform(filing(body, key)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.trackingNo").exists()).andExpect(jsonPath("$.queryCode").exists())
                .andExpect(jsonPath("$.replayed").value(false)).andReturn();
        MvcResult again = mvc.perform(filing(body, key)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.replayed").value(true)).andReturn();
        String a = first.getResponse().getContentAsString();
        String b = again.getResponse().getContentAsString();
        assertThat((Object) JsonPath.read(b, "$.trackingNo")).isEqualTo(JsonPath.read(a, "$.trackingNo"));
        assertThat((Object) JsonPath.read(b, "$.queryCode")).isEqualTo(JsonPath.read(a, "$.queryCode"));
        assertThat((Object) JsonPath.read(b, "$.id")).isEqualTo(JsonPath.read(a, "$.id"));
        assertThat(filingsWithKey(key)).isEqualTo(1);
        // the CREATE audit entry follows from the outbox, once, without personal data
        intakeAudit.appendBatch();
        String id = String.valueOf((Object) JsonPath.read(a, "$.id"));
        // the scheduled run may hold the row (skip locked) at this moment: wait for its commit
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select audited from filing where id = cast(:id as bigint)").param("id", id).query(Boolean.class).single());
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'filing' and object_id = :id "
                + "and action = 'CREATE'").param("id", id).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select cast(after as text) from audit_entry where object_type = 'filing' "
                + "and object_id = :id").param("id", id).query(String.class).single()).doesNotContain("张三丰");
        assertThat(jdbc.sql("select audited from filing where id = cast(:id as bigint)").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneFilingAndAllGetItsNumber() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = FilingFixtures.tipJson("并发重试：同一受理编号只能登记一次", "140426", "黎城县并发商行");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> mvc.perform(filing(body, key)).andReturn().getResponse().getContentAsString());
            }
            Set<String> numbers = new HashSet<>();
            Set<String> codes = new HashSet<>();
            for (Future<String> answer : pool.invokeAll(calls)) {
                String json = answer.get();
                numbers.add(JsonPath.read(json, "$.trackingNo"));
                codes.add(JsonPath.read(json, "$.queryCode"));
            }
            assertThat(numbers).hasSize(1);
            assertThat(codes).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(filingsWithKey(key)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(filing(FilingFixtures.tipJson("第一次的内容", "140426", "某商行"), key))
                .andExpect(status().isCreated());
        mvc.perform(filing(FilingFixtures.tipJson("另一次完全不同的内容", "140426", "某商行"), key))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(filingsWithKey(key)).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsStored() throws Exception {
        long before = filingCount();
        mvc.perform(filing("{\"track\": ", null)).andExpect(status().isBadRequest());
        mvc.perform(filing(FilingFixtures.tipJson("内容", "140426", "某商行").replace("\"12315\"", "\"12345\""), null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("channel"))
                .andExpect(jsonPath("$.detail", containsString("12345")));
        mvc.perform(filing(FilingFixtures.tipJson("内容", "140426", "某商行").replace("REPORT", "GOSSIP"), null))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("track"));
        mvc.perform(filing(FilingFixtures.tipJson("内容", "999999", "某商行"), null))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        mvc.perform(filing(FilingFixtures.tipJson("", "140426", "某商行"), null))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("content"));
        mvc.perform(filing(FilingFixtures.tipJson("长".repeat(5001), "140426", "某商行"), null))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("content"));
        mvc.perform(filing(FilingFixtures.tipJson("内容", "140426", "某商行")
                        .replace("\"filerName\"", "\"targetUscc\":\"91140426MA0K000000\",\"filerName\""), null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("targetUscc"));
        mvc.perform(filing(FilingFixtures.complaintJson("内容", "140426", "某商行")
                        .replace("\"filerName\":\"李四\",", "\"anonymous\":true,"), null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("anonymous"));
        mvc.perform(filing(FilingFixtures.tipJson("内容", "140426", "某商行")
                        .replace("\"filerName\"", "\"attachments\":[{\"name\":\"a.pdf\",\"contentBase64\":\"TVqQAAMAAAAEAAAA\"}],\"filerName\""), null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("attachments"));
        assertThat(filingCount()).isEqualTo(before);
    }

    @Test
    void listsShowTheFilerMaskedAndTheCipherTextIsNotThePlainText() throws Exception {
        String json = mvc.perform(filing(FilingFixtures.tipJson("掩码测试：假冒化肥", "140426", "掩码测试农资店"), null))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Number id = JsonPath.read(json, "$.id");
        mvc.perform(get("/api/v1/filings/" + id).header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.filerName").value("张**"))
                .andExpect(jsonPath("$.filerPhone").value("138****5678"))
                .andExpect(jsonPath("$.unitName").value("黎城县工商行政管理局"));
        String stored = jdbc.sql("select filer_name || filer_phone || filer_address from filing where id = :id")
                .param("id", id.longValue()).query(String.class).single();
        assertThat(stored).doesNotContain("张三丰").doesNotContain("13812345678").doesNotContain("东大街");
        mvc.perform(get("/api/v1/filings").param("q", "掩码测试农资店")
                        .header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].filerName").value("张**"))
                .andExpect(jsonPath("$[0].filerPhone").value("138****5678"));
    }
}
