package org.shuangda.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's assessment pages open for each role that sees them (the list, every scheme, run, ranking and visit), and
 * the home page lists each one's next step: a self-assessment to finish, a run to score, a 督查 finding to rectify.
 */
@WebTest
class AssessmentPagesTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired Schemes schemes;
    @Autowired Runs runs;
    @Autowired org.shuangda.assessment.supervision.Visits visits;

    @ParameterizedTest
    @ValueSource(strings = {"changzhi.office", "licheng.office", "pingshun.office", "licheng.reporter", "licheng.leader",
            "shanxi.office"})
    void theDemoPagesOpen(String user) throws Exception {
        var me = demo.actor(user);
        mvc.perform(get("/assessment").with(demo.as(user))).andExpect(status().isOk());
        mvc.perform(get("/supervision/visits").with(demo.as(user))).andExpect(status().isOk());
        List<Scheme> visible = schemes.list(me);
        assertThat(visible).as(user).isNotEmpty();
        for (Scheme s : visible) {
            mvc.perform(get("/assessment/schemes/" + s.id()).with(demo.as(user))).andExpect(status().isOk());
            for (RunView r : runs.list(me, s.id())) {
                mvc.perform(get("/assessment/runs/" + r.run().id()).with(demo.as(user))).andExpect(status().isOk());
            }
            if (s.status() == SchemeStatus.PUBLISHED) {
                mvc.perform(get("/assessment/schemes/" + s.id() + "/ranking").with(demo.as(user)))
                        .andExpect(status().isOk());
            }
        }
        if (user.equals("pingshun.office")) {
            mvc.perform(get("/").with(demo.as(user))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("完成考核自评")));
        }
        if (user.equals("changzhi.office")) {
            mvc.perform(get("/").with(demo.as(user))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("考核初评：黎城县")));
        }
        if (user.equals("licheng.reporter")) {
            // the 工商局 answers the 督查 finding still open
            mvc.perform(get("/").with(demo.as(user))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("督查整改")));
        }
        for (var v : visits.list(me)) {
            mvc.perform(get("/supervision/visits/" + v.id()).with(demo.as(user))).andExpect(status().isOk());
        }
    }
}
