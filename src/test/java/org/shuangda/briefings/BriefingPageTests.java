package org.shuangda.briefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The office's pages: compose a 通报 for demo round 3, edit, save, issue, download; who sees what. */
@WebTest
class BriefingPageTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    BriefingFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new BriefingFixtures(mvc, users, jdbc);
    }

    private String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Composes a draft for demo round 3 through the page and answers its id (from the redirect). */
    private long composeOnPage(boolean rounded) throws Exception {
        String location = mvc.perform(post("/briefings/new").with(users.as("licheng.office")).with(csrf())
                        .param("campaign", String.valueOf(fx.demoCampaign())).param("kind", "round")
                        .param("round", String.valueOf(fx.demoRound(3))).param("rounded", String.valueOf(rounded)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/briefings/\\d+");
        return Long.parseLong(location.substring("/briefings/".length()));
    }

    private String json(long id) throws Exception {
        return page("licheng.office", "/api/v1/briefings/" + id);
    }

    /** The editor's form as the browser posts it, with the paragraphs as stored and one body text replaced. */
    private MockHttpServletRequestBuilder editForm(long id, String json, int replaced, String newText) {
        return editForm(id, json, replaced, newText, JsonPath.read(json, "$.version"));
    }

    private MockHttpServletRequestBuilder editForm(long id, String json, int replaced, String newText, int version) {
        List<String> styles = JsonPath.read(json, "$.paragraphs[*].style");
        List<String> texts = JsonPath.read(json, "$.paragraphs[*].text");
        MockHttpServletRequestBuilder form = post("/briefings/" + id).with(users.as("licheng.office")).with(csrf())
                .param("version", String.valueOf(version));
        for (int i = 0; i < styles.size(); i++) {
            form.param("style", styles.get(i)).param("text", i == replaced ? newText : texts.get(i));
        }
        return form;
    }

    private static int firstBody(String json) {
        List<String> styles = JsonPath.read(json, "$.paragraphs[*].style");
        return styles.indexOf("BODY");
    }

    @Test
    void theOfficeComposesEditsIssuesAndDownloadsThroughThePages() throws Exception {
        String list = page("licheng.office", "/briefings?campaign=" + fx.demoCampaign());
        assertThat(list).contains("生成通报", "生成阶段性总结", "value=\"" + fx.demoRound(3) + "\"");

        long id = composeOnPage(false);
        String json = json(id);
        String editor = page("licheng.office", "/briefings/" + id);
        List<String> texts = JsonPath.read(json, "$.paragraphs[*].text");
        assertThat(editor).contains("name=\"text\"", "data-confirm=", "签发", "正文", "标题")
                .contains(org.springframework.web.util.HtmlUtils.htmlEscape(texts.get(0)));

        int body = firstBody(json);
        mvc.perform(editForm(id, json, body, "页面上改写的正文段落。"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "briefings.page.saved"));
        assertThat(page("licheng.office", "/briefings/" + id)).contains("页面上改写的正文段落。");

        mvc.perform(post("/briefings/" + id + "/issue").with(users.as("licheng.office")).with(csrf())
                .param("docNumber", "")).andExpect(status().is3xxRedirection());
        String issued = page("licheng.office", "/briefings/" + id);
        assertThat(issued).contains("id=\"download\"", "页面上改写的正文段落。").doesNotContain("<textarea");

        var response = mvc.perform(get("/briefings/" + id + "/docx").with(users.as("licheng.office")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(fx.docxText("licheng.office", id)).contains("页面上改写的正文段落。");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(doc.getParagraphs().stream().map(p -> p.getText()).toList()).contains("页面上改写的正文段落。");
        }
        assertThat(page("licheng.office", "/briefings?campaign=" + fx.demoCampaign()))
                .contains("/briefings/" + id + "/docx");

        // issuing again is refused with the reason, on the page
        String twice = mvc.perform(post("/briefings/" + id + "/issue").with(users.as("licheng.office")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(twice).contains("文稿已印发，不能重复印发");
    }

    @Test
    void badInputReShowsTheFormWithTheReasonAndSavesNothing() throws Exception {
        long id = composeOnPage(true);
        String json = json(id);
        List<String> styles = JsonPath.read(json, "$.paragraphs[*].style");
        int title = styles.indexOf("TITLE");

        String noTitle = mvc.perform(editForm(id, json, title, "  ")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noTitle).contains("文稿须保留标题", "<textarea");
        String tooLong = mvc.perform(editForm(id, json, firstBody(json), "字".repeat(5001)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooLong).contains("每段不能超过", "is-invalid");
        String english = mvc.perform(editForm(id, json, title, "").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("The document must keep its title");
        String stale = mvc.perform(editForm(id, json, firstBody(json), "过期版本的修改", 999))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(stale).contains("过期版本的修改", "该记录已被他人修改");
        assertThat(BriefingFixtures.text(json(id))).isEqualTo(BriefingFixtures.text(json));

        String noRound = mvc.perform(post("/briefings/new").with(users.as("licheng.office")).with(csrf())
                        .param("campaign", String.valueOf(fx.demoCampaign())).param("kind", "round").param("round", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noRound).contains("请选择本专项行动的一个报送批次", "is-invalid");
    }

    @Test
    void rowsAreAddedAndRemovedOnTheServerWithoutSaving() throws Exception {
        long id = composeOnPage(false);
        String json = json(id);
        int paragraphs = ((List<?>) JsonPath.read(json, "$.paragraphs")).size();
        String more = mvc.perform(editForm(id, json, -1, null).param("more", "1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(more.split("<textarea", -1).length - 1).isEqualTo(paragraphs + 3);
        String removed = mvc.perform(editForm(id, json, -1, null).param("remove", "1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(removed.split("<textarea", -1).length - 1).isEqualTo(paragraphs - 1);
        String preview = mvc.perform(editForm(id, json, firstBody(json), "预览里的新文字").param("preview", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(preview).contains("id=\"preview\"", "预览里的新文字");
        assertThat(json(id)).isEqualTo(json);
    }

    @Test
    void leadersSeeOnlyIssuedDocumentsAndTheOtherCountyNothing() throws Exception {
        long draft = composeOnPage(false);
        long issued = composeOnPage(false);
        fx.issue("licheng.office", issued);
        String campaignPage = "/briefings?campaign=" + fx.demoCampaign();

        String list = page("licheng.leader", campaignPage);
        assertThat(list).contains("data-briefing=\"" + issued + "\"").doesNotContain("data-briefing=\"" + draft + "\"")
                .doesNotContain("生成通报");
        assertThat(page("licheng.leader", "/briefings/" + issued)).contains("id=\"download\"")
                .doesNotContain("<textarea").doesNotContain("id=\"issue\"");
        mvc.perform(get("/briefings/" + draft).with(users.as("licheng.leader"))).andExpect(status().isNotFound());
        mvc.perform(get("/briefings/" + issued + "/docx").with(users.as("licheng.leader"))).andExpect(status().isOk());

        mvc.perform(get("/briefings/" + issued).with(users.as("pingshun.office"))).andExpect(status().isNotFound());
        mvc.perform(get("/briefings/" + issued + "/docx").with(users.as("pingshun.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get(campaignPage).with(users.as("pingshun.office"))).andExpect(status().isNotFound());
        mvc.perform(post("/briefings/" + draft).with(users.as("pingshun.office")).with(csrf())
                .param("style", "TITLE").param("text", "他县改写")).andExpect(status().isNotFound());
        mvc.perform(post("/briefings/" + draft + "/issue").with(users.as("pingshun.office")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(BriefingFixtures.text(json(draft))).doesNotContain("他县改写");
    }

    @Test
    void entryPointsLeadToTheBriefings() throws Exception {
        long campaign = fx.demoCampaign();
        assertThat(page("licheng.office", "/briefings")).contains("/briefings?campaign=" + campaign);
        assertThat(page("licheng.office", "/")).contains("href=\"/briefings\"");
        assertThat(page("licheng.office", "/reporting/dashboard?campaign=" + campaign))
                .contains("/briefings?campaign=" + campaign);
        assertThat(page("licheng.office", "/reporting/rounds/" + fx.demoRound(3) + "/review"))
                .contains("/reporting/rounds/" + fx.demoRound(3) + "/remind", "全部催报");
    }
}
