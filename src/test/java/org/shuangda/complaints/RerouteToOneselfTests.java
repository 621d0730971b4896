package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.identity.UserForm;
import org.shuangda.identity.Users;
import org.shuangda.shared.Actor;
import org.shuangda.shared.ScopeKind;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 转办 to oneself waits for the unit head: someone who routes (FILING_ROUTE) and handles (FILING_HANDLE) in the
 * 农业委员会 reroutes a 工商局 tip there; the tip stays with the 工商局's handler until the 农业委员会's head approves.
 */
@WebTest
class RerouteToOneselfTests {

    static final String REQUESTER = "reroute.self";
    static final String HEAD = "reroute.head";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;
    FilingWork work;

    @BeforeEach
    void setUp() {
        work = new FilingWork(mvc, demo, jdbc);
        long agriculture = work.unitId("黎城县农业委员会");
        Actor system = Actor.system("转办审批测试");
        if (jdbc.sql("select count(*) from app_user where username = :u").param("u", REQUESTER).query(Long.class)
                .single() == 0) {
            long requester = users.create(system, new UserForm(REQUESTER, "转办申请人", agriculture, null, null,
                    DemoUsers.PASSWORD, true,
                    List.of(new UserForm.RoleGrant("LEADING_GROUP_OFFICE", ScopeKind.REGION_SUBTREE, null),
                            new UserForm.RoleGrant("ENFORCEMENT_OFFICER", ScopeKind.OWN_UNIT, null)))).id();
            long head = users.create(system, new UserForm(HEAD, "农委主任", agriculture, null, null, DemoUsers.PASSWORD,
                    true, List.of(new UserForm.RoleGrant("UNIT_HEAD", ScopeKind.OWN_UNIT, null)))).id();
            // as the demo loader does: these test accounts keep the password (else 修改密码 comes first, PasswordTests)
            users.waivePasswordChange(system, List.of(requester, head));
        }
    }

    long acceptedTip(String target) throws Exception {
        long id = work.fileTip("140426", target, "转办审批测试：销售假冒化肥");
        assertThat(work.unitName(id)).isEqualTo("黎城县工商行政管理局");
        work.act("licheng.officer", id, "accept", null).andExpect(status().isOk());
        return id;
    }

    long pendingRequest(long filing) {
        return jdbc.sql("select id from filing_reroute_request where filing_id = :f and status = 'PENDING'")
                .param("f", filing).query(Long.class).single();
    }

    @Test
    void aRerouteToOneselfWaitsForTheHeadOfTheUnitItGoesToAndThenMoves() throws Exception {
        long id = acceptedTip("黎城县转办审批测试农资店");
        long agriculture = work.unitId("黎城县农业委员会");
        work.act(REQUESTER, id, "reroute", "{\"unitId\":" + agriculture + ",\"reason\":\"涉及化肥质量\"}")
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.toUnitName").value("黎城县农业委员会"));
        // nothing moved: the 工商局's handler keeps it and still reads the filer; the requester cannot accept it
        assertThat(work.unitName(id)).isEqualTo("黎城县工商行政管理局");
        assertThat(work.status(id)).isEqualTo("ACCEPTED");
        work.read("licheng.officer", "/api/v1/filings/" + id + "/filer?reason=核查转办情况").andExpect(status().isOk());
        work.read(REQUESTER, "/api/v1/filings/" + id + "/filer?reason=核查转办情况").andExpect(status().isForbidden());
        // a second request for the same filing waits for the first
        work.act(REQUESTER, id, "reroute", "{\"unitId\":" + agriculture + ",\"reason\":\"再次申请\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value("此件已有待批准的转办申请"));

        long request = pendingRequest(id);
        // the head sees it on his home page and his list; heads of other units neither see nor decide it
        mvc.perform(get("/").with(demo.as(HEAD))).andExpect(content().string(containsString("转办待批准")));
        mvc.perform(get("/filings/reroute-requests").with(demo.as(HEAD)))
                .andExpect(content().string(containsString("涉及化肥质量")));
        mvc.perform(get("/api/v1/filings/reroute-requests").with(demo.as("licheng.head")))
                .andExpect(jsonPath("$[?(@.id == " + request + ")]").isEmpty());
        mvc.perform(post("/api/v1/filings/reroute-requests/" + request + "/approve").with(demo.as("licheng.head"))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/filings/reroute-requests/" + request + "/approve").with(demo.as(REQUESTER))
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(work.unitName(id)).isEqualTo("黎城县工商行政管理局");

        mvc.perform(post("/filings/reroute-requests/" + request + "/approve").with(demo.as(HEAD)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(work.unitName(id)).isEqualTo("黎城县农业委员会");
        assertThat(work.status(id)).isEqualTo("RECEIVED");
        assertThat(jdbc.sql("select status || ' ' || decided_by from filing_reroute_request where id = :id")
                .param("id", request).query(String.class).single()).isEqualTo("APPROVED " + HEAD);
        work.read("licheng.officer", "/api/v1/filings/" + id + "/filer?reason=核查转办情况").andExpect(status().isNotFound());
        work.read(REQUESTER, "/api/v1/filings/" + id).andExpect(jsonPath("$.history[?(@.kind == 'REROUTED')]")
                .isNotEmpty());
        // the request and its approval are audited under their actors
        assertThat(jdbc.sql("""
                select actor_username from audit_entry where object_type = 'filing_reroute_request'
                   and object_id = :id order by id""").param("id", String.valueOf(request)).query(String.class)
                .list()).containsExactly(REQUESTER, HEAD);
        mvc.perform(get("/").with(demo.as(HEAD))).andExpect(content().string(
                org.hamcrest.Matchers.not(containsString("转办待批准：" + work.trackingNo(id)))));
    }

    @Test
    void theHeadMayRefuseWithAReasonAndTheFilingStays() throws Exception {
        long id = acceptedTip("黎城县转办拒绝测试农资店");
        long agriculture = work.unitId("黎城县农业委员会");
        work.act(REQUESTER, id, "reroute", "{\"unitId\":" + agriculture + ",\"reason\":\"想自己办\"}")
                .andExpect(status().isAccepted());
        long request = pendingRequest(id);
        mvc.perform(post("/api/v1/filings/reroute-requests/" + request + "/refuse").with(demo.as(HEAD)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(post("/api/v1/filings/reroute-requests/" + request + "/refuse").with(demo.as(HEAD)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"属工商局职责\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REFUSED"));
        mvc.perform(post("/api/v1/filings/reroute-requests/" + request + "/approve").with(demo.as(HEAD)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(work.unitName(id)).isEqualTo("黎城县工商行政管理局");
        work.read("licheng.officer", "/api/v1/filings/" + id + "/filer?reason=核查转办情况").andExpect(status().isOk());
    }

    @Test
    void aRerouteElsewhereMovesAtOnceAsBefore() throws Exception {
        long id = work.fileTip("140426", "黎城县转办直接测试书店", "转办审批测试：盗版图书");
        long culture = work.unitId("黎城县文化广电新闻出版局");
        // the requester routes, but does not handle in the 文化局: no approval needed
        work.act(REQUESTER, id, "reroute", "{\"unitId\":" + culture + ",\"reason\":\"涉及盗版出版物\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.unitName").value("黎城县文化广电新闻出版局"));
    }
}
