package org.shuangda.complaints;

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

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A tipster's identity opens for the assigned handler only, with a reason; each opening is stored (who, when,
 * why, from where), audited without the data, and on the unit head's review list, where the head marks it
 * reviewed. Everyone else, administrators and the head included, sees the masks.
 */
@WebTest
class FilerIdentityOpeningTests {

    static final String OFFICER = "licheng.officer";
    static final String HEAD = "licheng.head";
    static final String WHY = "回电核实举报线索细节";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    FilingWork work;

    @BeforeEach
    void setUp() {
        work = new FilingWork(mvc, demo, jdbc);
    }

    ResultActions open(String user, long id, String body) throws Exception {
        var request = post("/api/v1/filings/" + id + "/filer").with(demo.as(user)).with(csrf())
                .with(r -> { r.setRemoteAddr("10.20.30.40"); return r; });
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    long openings(long id) {
        return jdbc.sql("select count(*) from identity_opening where kind = 'FILER' and object_id = :id")
                .param("id", id).query(Long.class).single();
    }

    long audits(long id) {
        return jdbc.sql("select count(*) from audit_entry where action = 'VIEW_PERSONAL_DATA' and object_type = 'filing' "
                + "and object_id = :id").param("id", String.valueOf(id)).query(Long.class).single();
    }

    @Test
    void theHandlerOpensOnlyWithAReasonAndTheOpeningIsStoredAuditedWithoutTheDataAndListedForTheHead() throws Exception {
        long id = work.fileTip("140426", "黎城县理由测试商行", "理由测试：销售假冒商品");
        work.act(OFFICER, id, "accept", null).andExpect(status().isOk());
        String trackingNo = work.trackingNo(id);

        // no reason, too short, too long, a control character: 422 on the field, nothing stored or audited
        open(OFFICER, id, null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        open(OFFICER, id, "{\"reason\":\"看看\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("现为 2 个字")));
        open(OFFICER, id, "{\"reason\":\"" + "很".repeat(501) + "\"}").andExpect(status().isUnprocessableContent());
        open(OFFICER, id, "{\"reason\":\"核实\\u0000举报细节\"}").andExpect(status().isUnprocessableContent());
        assertThat(openings(id)).isZero();
        assertThat(audits(id)).isZero();

        open(OFFICER, id, "{\"reason\":\"" + WHY + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("张三丰")).andExpect(jsonPath("$.phone").value("13812345678"));
        Map<String, Object> row = jdbc.sql("""
                select o.reason, o.client_address, o.label, u.username from identity_opening o
                  join app_user u on u.id = o.opened_by where o.kind = 'FILER' and o.object_id = :id""")
                .param("id", id).query().singleRow();
        assertThat(row).containsEntry("reason", WHY).containsEntry("client_address", "10.20.30.40")
                .containsEntry("label", trackingNo).containsEntry("username", OFFICER);
        assertThat(audits(id)).isEqualTo(1);
        String audit = jdbc.sql("""
                select actor_username || ' ' || summary || ' ' || before::text || ' ' || after::text from audit_entry
                 where action = 'VIEW_PERSONAL_DATA' and object_type = 'filing' and object_id = :id""")
                .param("id", String.valueOf(id)).query(String.class).single();
        assertThat(audit).startsWith(OFFICER).contains(WHY).contains(trackingNo)
                .doesNotContain("张三丰").doesNotContain("13812345678").doesNotContain("黎侯镇东大街");

        // nobody else opens it, whatever their role or scope, and they see the masks only
        for (String other : List.of("licheng.admin", "licheng.office", HEAD, "admin", "changzhi.office",
                "licheng.agent", "pingshun.admin")) {
            int answer = open(other, id, "{\"reason\":\"" + WHY + "\"}").andReturn().getResponse().getStatus();
            assertThat(answer).as(other).isIn(403, 404);
            mvc.perform(post("/filings/" + id + "/filer").with(demo.as(other)).with(csrf()).param("reason", WHY))
                    .andExpect(r -> assertThat(r.getResponse().getStatus()).as(other).isIn(403, 404));
            mvc.perform(get("/filings/" + id).with(demo.as(other)))
                    .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain("张三丰")
                            .doesNotContain("13812345678").doesNotContain("reveal-form"));
        }
        mvc.perform(get("/filings/" + id).with(demo.as(HEAD))).andExpect(status().isOk())
                .andExpect(content().string(containsString("张**")));
        assertThat(openings(id)).isEqualTo(1);
        assertThat(audits(id)).isEqualTo(1);

        // the handler's page: the form asks for the reason; without one the page again with the error, 422
        mvc.perform(get("/filings/" + id).with(demo.as(OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("查看举报人身份（需填写理由）")))
                .andExpect(content().string(not(containsString("张三丰"))));
        mvc.perform(post("/filings/" + id + "/filer").with(demo.as(OFFICER)).with(csrf()).param("reason", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请填写查看理由")))
                .andExpect(content().string(not(containsString("张三丰"))));
        mvc.perform(post("/filings/" + id + "/filer").with(demo.as(OFFICER)).with(csrf()).param("reason", "再次回电确认地址"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("张三丰")));
        assertThat(openings(id)).isEqualTo(2);

        // the head of the 工商局 sees both on the review list (API and page); the other county's head does not
        String today = LocalDate.now(clock).toString();
        String list = mvc.perform(get("/api/v1/identity-openings").param("from", today).param("to", today)
                        .param("reviewed", "false").with(demo.as(HEAD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows[*].label", hasItem(trackingNo)))
                .andExpect(jsonPath("$.rows[*].reason", hasItem(WHY)))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("张三丰").doesNotContain("13812345678");
        List<Integer> ids = JsonPath.read(list, "$.rows[?(@.objectId == " + id + ")].id");
        assertThat(ids).hasSize(2);
        mvc.perform(get("/api/v1/identity-openings").param("from", LocalDate.now(clock).plusDays(1).toString())
                .with(demo.as(HEAD))).andExpect(jsonPath("$.rows[*].objectId", not(hasItem((int) id))));
        mvc.perform(get("/api/v1/identity-openings").param("from", today).param("to", "2000-01-01")
                .with(demo.as(HEAD))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/identity-openings").param("sort", "OPENED_BY").param("dir", "asc")
                .with(demo.as(HEAD))).andExpect(status().isOk()).andExpect(jsonPath("$.rows[*].objectId", hasItem((int) id)));
        mvc.perform(get("/api/v1/identity-openings").with(demo.as("pingshun.head"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].objectId", not(hasItem((int) id))));
        mvc.perform(get("/api/v1/identity-openings").with(demo.as(OFFICER))).andExpect(status().isForbidden());
        mvc.perform(get("/identity-openings").with(demo.as(HEAD))).andExpect(status().isOk())
                .andExpect(content().string(containsString(trackingNo))).andExpect(content().string(containsString(WHY)))
                .andExpect(content().string(containsString("标记已审查")));

        // the head marks one reviewed (once), the other county's head cannot reach it, the review is audited
        long first = ids.get(0);
        mvc.perform(post("/api/v1/identity-openings/" + first + "/review").with(demo.as("pingshun.head")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"remark\":\"x\"}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/identity-openings/" + first + "/review").with(demo.as(OFFICER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/identity-openings/" + first + "/review").with(demo.as(HEAD)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"remark\":\"核实需要，理由正当\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reviewedAt").isNotEmpty())
                .andExpect(jsonPath("$.reviewRemark").value("核实需要，理由正当"));
        mvc.perform(post("/api/v1/identity-openings/" + first + "/review").with(demo.as(HEAD)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where object_type = 'identity_opening' and object_id = :id
                   and actor_username = :head""").param("id", String.valueOf(first)).param("head", HEAD)
                .query(Long.class).single()).isEqualTo(1);
        // and the other through the page's form
        long second = ids.get(1);
        mvc.perform(post("/identity-openings/" + second + "/review").with(demo.as(HEAD)).with(csrf())
                .param("remark", "")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/identity-openings").param("reviewed", "false").with(demo.as(HEAD)))
                .andExpect(jsonPath("$.rows[*].objectId", not(hasItem((int) id))));
    }
}
