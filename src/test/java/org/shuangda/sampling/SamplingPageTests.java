package org.shuangda.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sampling pages as the bureau and a laboratory see them: every list and form opens, the sample form records a
 * sample (a refused one comes back with the reasons, 422), the sample page shows the buttons of the lifecycle's steps
 * the reader may take, a step posted from it is taken, and the menu offers the entries each may open.
 */
@WebTest
class SamplingPageTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired SamplingFixtures fx;
    @Autowired SampleSteps steps;
    @Autowired SamplingClocks clocks;
    @Autowired JdbcClient jdbc;

    @Test
    void every_page_opens_for_the_bureau() throws Exception {
        long sample = jdbc.sql("select id from sampling_sample where state = 'FAILED_FINAL' order by id limit 1")
                .query(Long.class).single();
        long followUp = jdbc.sql("select id from sampling_follow_up order by id limit 1").query(Long.class).single();
        for (String path : new String[] {"/sampling/samples", "/sampling/samples/overdue", "/sampling/samples/new",
            "/sampling/samples/" + sample, "/sampling/plans", "/sampling/plans/" + fx.planId(), "/sampling/plans/new",
            "/sampling/plans/" + fx.planId() + "/edit", "/sampling/labs", "/sampling/follow-ups",
            "/sampling/follow-ups/" + followUp, "/sampling/backups", "/sampling/backups?due=true",
            "/sampling/figures", "/sampling/samples?state=NOTIFIED&result=FAIL&q=CJ"}) {
            mvc.perform(get(path).with(demo.as("licheng.officer"))).andExpect(status().isOk());
        }
        mvc.perform(get("/").with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("nav-sampling-samples")))
                .andExpect(content().string(containsString("nav-sampling-figures")));
    }

    @Test
    void a_lab_sees_its_samples_and_menu_entries_only() throws Exception {
        mvc.perform(get("/").with(demo.as("lab.food"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("nav-sampling-samples")))
                .andExpect(content().string(not(containsString("nav-sampling-plans"))))
                .andExpect(content().string(not(containsString("nav-inspection-items"))));
        mvc.perform(get("/sampling/samples").with(demo.as("lab.food"))).andExpect(status().isOk());
        mvc.perform(get("/sampling/backups").with(demo.as("lab.food"))).andExpect(status().isOk());
        mvc.perform(get("/sampling/plans").with(demo.as("lab.food"))).andExpect(status().isForbidden());
        SampleView s = fx.recorded("山西省食品药品检验所", null, null, null, clocks.today());
        steps.send(fx.officer(), s.id(), clocks.today());
        mvc.perform(get("/sampling/samples/" + s.id()).with(demo.as("lab.food"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"do-RECEIVE\"")))
                .andExpect(content().string(not(containsString("id=\"do-OBJECT\""))));
        mvc.perform(get("/sampling/samples/" + s.id()).with(demo.as("lab.center"))).andExpect(status().isNotFound());
        // the lab receives and reports from the page, with its file
        mvc.perform(multipart("/sampling/samples/{id}/actions/RECEIVE", s.id()).param("on", clocks.today().toString())
                        .with(demo.as("lab.food")).with(csrf()))
                .andExpect(redirectedUrlPattern("/sampling/samples/*"));
        mvc.perform(multipart("/sampling/samples/{id}/actions/REPORT", s.id()).param("result", "FAIL")
                        .param("reportNo", "P-1").param("concludedOn", clocks.today().toString())
                        .param("failedItems", "铅")
                        .with(demo.as("lab.food")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("检验报告文件")));
        mvc.perform(multipart("/sampling/samples/{id}/actions/REPORT", s.id())
                        .file(new MockMultipartFile("file", "r.pdf", "application/pdf", SamplingFixtures.PDF))
                        .param("result", "FAIL").param("reportNo", "P-1").param("concludedOn", clocks.today().toString())
                        .param("failedItems", "铅、镉").with(demo.as("lab.food")).with(csrf()))
                .andExpect(redirectedUrlPattern("/sampling/samples/*"));
        assertThat(jdbc.sql("select array_to_string(failed_items, ',') from sampling_sample where id = :id")
                .param("id", s.id()).query(String.class).single()).isEqualTo("铅,镉");
        mvc.perform(get("/sampling/samples/" + s.id()).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"do-NOTIFY\"")))
                .andExpect(content().string(containsString("notice.docx")));
    }

    @Test
    void the_sample_form_records_a_sample_and_a_refused_one_comes_back_with_the_reasons() throws Exception {
        long lab = fx.labNamed("山西省食品药品检验所").id();
        mvc.perform(multipart("/sampling/samples").param("planId", String.valueOf(fx.planId()))
                        .param("category", "粮食加工品").param("stage", "CIRCULATION")
                        .param("samplerIds", String.valueOf(fx.samplers().get(0)))
                        .param("sampledOn", clocks.today().toString()).param("productName", "挂面")
                        .with(demo.as("licheng.officer")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("抽样人员不得少于 2 人")))
                .andExpect(content().string(containsString("value=\"挂面\"")));
        String location = mvc.perform(multipart("/sampling/samples").param("planId", String.valueOf(fx.planId()))
                        .file(new MockMultipartFile("portionPhoto", "p.png", "image/png",
                                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}))
                        .param("category", "粮食加工品").param("stage", "CIRCULATION")
                        .param("entityId", String.valueOf(fx.entity("140426", 41)))
                        .param("samplerIds", String.valueOf(fx.samplers().get(0)), String.valueOf(fx.samplers().get(1)))
                        .param("sampledOn", clocks.today().toString()).param("productName", "挂面").param("seals", "封01")
                        .param("batchNo", "B20261201").param("quantity", "2袋").param("pricePaid", "12.50")
                        .param("testPortion", "1袋").param("backupPortion", "1袋").param("backupLocation", "样品室")
                        .param("labId", String.valueOf(lab)).with(demo.as("licheng.officer")).with(csrf()))
                .andExpect(redirectedUrlPattern("/sampling/samples/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"do-SEND\"")))
                .andExpect(content().string(containsString("检验样品照片")));
        assertThat(jdbc.sql("select count(*) from sampling_file where sample_id = :id and kind = 'PORTION_PHOTO'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        mvc.perform(multipart("/sampling/samples/{id}/actions/SEND", id).param("on", clocks.today().toString())
                        .with(demo.as("licheng.officer")).with(csrf()))
                .andExpect(redirectedUrlPattern("/sampling/samples/*"));
        assertThat(jdbc.sql("select state from sampling_sample where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("SENT");
    }

    @Test
    void the_public_page_opens_without_signing_in() throws Exception {
        mvc.perform(get("/public/sampling")).andExpect(status().isOk())
                .andExpect(content().string(containsString("抽检结果公示")));
    }
}
