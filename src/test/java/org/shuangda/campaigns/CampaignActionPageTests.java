package org.shuangda.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * The buttons of a campaign's and a task's page are the steps ({@link CampaignAction}, {@link TaskAction})
 * the viewer may take in the current state, and pressing one takes it. The data is created through the
 * services, not found among the demo rows.
 */
@WebTest
class CampaignActionPageTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    @Autowired Campaigns campaigns;
    @Autowired Tasks tasks;

    Actor office() {
        return demo.actor("licheng.office");
    }

    long draft(String title) {
        return campaigns.create(office(), json.readValue(CampaignTestData.campaignJson(title), Campaign.class)).id();
    }

    /** A task of a fresh campaign: 工商局 leads, 公安局 cooperates. */
    long task(long campaign) {
        CampaignTestData data = new CampaignTestData(jdbc);
        String form = CampaignTestData.taskJson("按钮测试任务", data.unit("黎城县工商行政管理局"), data.unit("黎城县公安局"),
                "2027-01-15");
        return tasks.create(office(), campaign, json.readValue(form, TaskForm.class)).task().id();
    }

    String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(demo.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    void press(String user, String url) throws Exception {
        mvc.perform(post(url).with(demo.as(user)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theCampaignPageOffersTheOfficeTheStepOfTheCampaignsState() throws Exception {
        long id = draft("按钮测试行动");
        String url = "/campaigns/" + id;
        assertThat(page("licheng.office", url)).contains("action=\"" + url + "/activate\"", "发布实施", url + "/edit")
                .doesNotContain(url + "/close");
        assertThat(page("licheng.reporter", url)).doesNotContain(url + "/activate", url + "/edit");

        press("licheng.office", url + "/activate");
        assertThat(page("licheng.office", url)).contains("action=\"" + url + "/close\"", "结束行动")
                .doesNotContain(url + "/activate");

        press("licheng.office", url + "/close");
        assertThat(page("licheng.office", url)).doesNotContain(url + "/activate", url + "/close", url + "/edit",
                url + "/tasks/new");
    }

    @Test
    void theTaskPageOffersEachPartyItsSteps() throws Exception {
        long campaign = draft("任务按钮测试行动");
        String url = "/tasks/" + task(campaign);
        assertThat(page("licheng.office", url)).contains(url + "/edit").doesNotContain(url + "/complete", "multipart");

        campaigns.take(office(), campaign, CampaignAction.ACTIVATE);
        assertThat(page("licheng.reporter", url)).contains("action=\"" + url + "/complete\"", "value=\"PROGRESS\"")
                .doesNotContain(url + "/reopen", url + "/edit");
        assertThat(page("licheng.police", url)).contains("value=\"NOTE\"").doesNotContain(url + "/complete");
        assertThat(page("licheng.leader", url)).doesNotContain(url + "/complete", "multipart");
        assertThat(page("licheng.office", url)).contains(url + "/complete", url + "/edit", "value=\"PROGRESS\"");

        press("licheng.reporter", url + "/complete");
        assertThat(page("licheng.reporter", url)).contains("value=\"NOTE\"").doesNotContain(url + "/complete");
        assertThat(page("licheng.office", url)).contains("action=\"" + url + "/reopen\"", "value=\"NOTE\"");

        press("licheng.office", url + "/reopen");
        assertThat(page("licheng.reporter", url)).contains(url + "/complete", "value=\"PROGRESS\"");
    }
}
