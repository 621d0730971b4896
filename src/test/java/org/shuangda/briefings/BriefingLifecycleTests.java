package org.shuangda.briefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Draft → edit → issue → immutable, bad input by field, audit, and who may see what. */
@WebTest
class BriefingLifecycleTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    BriefingFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new BriefingFixtures(mvc, users, jdbc);
    }

    private String edit(long id) {
        return """
                {"paragraphs": [{"style": "TITLE", "text": "关于第一次数据报送情况的通报(修改稿)"},
                                {"style": "BODY", "text": "  "},
                                {"style": "BODY", "text": "办公室改写的正文。"}]}""";
    }

    @Test
    void theOfficeEditsThenIssuesAndTheIssuedTextNeverChanges() throws Exception {
        long id = BriefingFixtures.id(fx.draft("licheng.office", "{\"roundId\": %d}".formatted(fx.demoRound(1))));
        mvc.perform(put("/api/v1/briefings/" + id).with(users.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(edit(id)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.paragraphs.length()").value(2))
                .andExpect(jsonPath("$.paragraphs[1].text").value("办公室改写的正文。"));
        mvc.perform(get("/api/v1/briefings/" + id + "/docx").with(users.as("licheng.office")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("status"));

        String issued = fx.issue("licheng.office", id);
        assertThat(issued).contains("\"status\":\"ISSUED\"", "\"issuedBy\":\"licheng.office\"");
        mvc.perform(put("/api/v1/briefings/" + id).with(users.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(edit(id)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(post("/api/v1/briefings/" + id + "/issue").with(users.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("status"));

        assertThat(fx.docxText("licheng.office", id)).contains("(修改稿)", "办公室改写的正文。");
        assertThat(jdbc.sql("""
                select string_agg(action, ',' order by id) from audit_entry
                 where object_type = 'briefing' and object_id = :id""").param("id", String.valueOf(id))
                .query(String.class).single())
                .as("the refused draft download left nothing; the issued one is an export")
                .isEqualTo("CREATE,UPDATE,UPDATE,EXPORT");
    }

    @Test
    void badInputIsRefusedByFieldAndNothingChanges() throws Exception {
        String json = fx.draft("licheng.office", "{\"roundId\": %d}".formatted(fx.demoRound(2)));
        long id = BriefingFixtures.id(json);
        mvc.perform(put("/api/v1/briefings/" + id).with(users.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"paragraphs\": [{\"style\": \"BODY\", \"text\": \"无标题\"}]}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(put("/api/v1/briefings/" + id).with(users.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"paragraphs\": [{\"text\": \"无样式\"}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("paragraphs[0].style"));
        mvc.perform(put("/api/v1/briefings/" + id).with(users.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 99, \"paragraphs\": [{\"style\": \"TITLE\", \"text\": \"标题\"}]}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(post("/api/v1/briefings").with(users.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rounded\": true}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("roundId"));
        String after = mvc.perform(get("/api/v1/briefings/" + id).with(users.as("licheng.office")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(BriefingFixtures.text(after)).isEqualTo(BriefingFixtures.text(json));
    }

    @Test
    void draftsStayInTheOfficeIssuedDocumentsReachWhoeverSeesTheCampaign() throws Exception {
        long draft = BriefingFixtures.id(fx.draft("licheng.office", "{\"roundId\": %d}".formatted(fx.demoRound(3))));
        long issued = BriefingFixtures.id(fx.draft("licheng.office", "{\"roundId\": %d}".formatted(fx.demoRound(3))));
        fx.issue("licheng.office", issued);

        mvc.perform(get("/api/v1/briefings/" + issued).with(users.as("licheng.leader"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/briefings/" + issued + "/docx").with(users.as("licheng.leader"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/briefings/" + draft).with(users.as("licheng.leader"))).andExpect(status().isNotFound());
        String list = mvc.perform(get("/api/v1/briefings?campaign=" + fx.demoCampaign()).with(users.as("licheng.leader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("\"id\":" + issued + ",").doesNotContain("\"id\":" + draft + ",");

        // the other county: not found, whatever the document's state; the leader cannot compose
        mvc.perform(get("/api/v1/briefings/" + issued).with(users.as("pingshun.office"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/briefings").with(users.as("pingshun.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roundId\": %d}".formatted(fx.demoRound(3))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/briefings/" + draft + "/issue").with(users.as("pingshun.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/briefings").with(users.as("licheng.leader")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"campaignId\": %d}".formatted(fx.demoCampaign())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs").with(users.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/briefings/{id}/docx']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/briefings/{id}/issue']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/rounds/{id}/remind']").exists());
    }
}
