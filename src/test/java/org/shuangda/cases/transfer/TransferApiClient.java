package org.shuangda.cases.transfer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.shuangda.support.DemoUsers;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Cases and transfers through the real API as demo users, for the transfer tests. */
record TransferApiClient(MockMvc mvc, DemoUsers demo, JdbcClient jdbc) {

    static final byte[] PDF = "%PDF-1.4\n% 调查报告\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    /** A 黎城县 (or 平顺县) trademark case with 非法经营数额 {@code amount} 元, registered by the county's officer. */
    long caseAbove(String county, String title, int amount) throws Exception {
        String region = county.equals("licheng") ? "140426" : "140425";
        long entity = jdbc.sql("select id from market_entity where region_code = :r order by id limit 1")
                .param("r", region).query(Long.class).single();
        String officers = jdbc.sql("select string_agg(id::text, ',' order by id) from app_user where username in (:a, :b)")
                .param("a", county + ".officer").param("b", county + ".inspector").query(String.class).single();
        String body = """
                {"title":"%s","category":"TRADEMARK","productCategory":"化肥","facts":"销售假冒注册商标复合肥",
                 "caseValue":%d,"illegalGains":1000,"illegalBusinessAmount":%d,
                 "parties":[{"kind":"ENTITY","entityId":%d}],
                 "goods":[{"name":"假冒复合肥","quantity":60,"unitLabel":"袋","value":%d}],"officerIds":[%s]}
                """.formatted(title, amount, amount, entity, amount, officers);
        String json = mvc.perform(post("/api/v1/cases").with(demo.as(county + ".officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.case.id")).longValue();
    }

    ResultActions propose(String user, long caseId) throws Exception {
        return mvc.perform(post("/api/v1/transfers").with(demo.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"caseId\":%d,\"charge\":\"假冒注册商标罪\",\"reason\":\"非法经营数额超过5万元\"}".formatted(caseId)));
    }

    long proposed(String user, long caseId) throws Exception {
        String json = propose(user, caseId).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    ResultActions act(String user, long transferId, String action, String note) throws Exception {
        return mvc.perform(post("/api/v1/transfers/{id}/actions/{a}", transferId, action).with(demo.as(user))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(note == null ? "{}" : "{\"note\":\"" + note + "\"}"));
    }

    ResultActions upload(String user, long caseId, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/transfers/package/{c}", caseId)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("kind", "INVESTIGATION_REPORT").with(demo.as(user)).with(csrf()));
    }

    ResultActions get(String user, String path, Object... vars) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, vars)
                .with(demo.as(user)));
    }

    String transferStatus(long id) {
        return jdbc.sql("select status from case_transfer where id = :id").param("id", id).query(String.class).single();
    }

    String caseStatus(long id) {
        return jdbc.sql("select status from enforcement_case where id = :id").param("id", id).query(String.class)
                .single();
    }

    /** A transfer handed over to 黎城县公安局, ready for the police. */
    long handedOver(long caseId) throws Exception {
        long id = proposed("licheng.officer", caseId);
        act("licheng.head", id, "APPROVE", "同意").andExpect(status().isOk());
        upload("licheng.officer", caseId, "调查报告.pdf", PDF).andExpect(status().isCreated());
        act("licheng.officer", id, "HAND_OVER", null).andExpect(status().isOk());
        return id;
    }

}
