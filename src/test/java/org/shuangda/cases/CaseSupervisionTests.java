package org.shuangda.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** 督办 with its late progress report in the office's to-dos; extensions by the approver only, the second one collective. */
@WebTest
class CaseSupervisionTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired Cases cases;
    @Autowired CaseLifecycle lifecycle;
    @Autowired CaseSupervision supervision;
    @Autowired Clock clock;
    CaseFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseFixtures(cases, lifecycle, clock);
    }

    @Test
    void aLateProgressReportShowsUntilTheUnitReports() throws Exception {
        String title = CaseFixtures.title("督办");
        long id = fixtures.investigating(demo.actor("licheng.officer"), title).id();
        // supervised three weeks ago, a report every 5 working days, none yet
        supervision.supervise(demo.actor("licheng.office"), id, 5, "查清上游供货渠道", LocalDate.now(clock).minusDays(21));
        mvc.perform(get("/").with(demo.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("督办案件进展报告逾期")))
                .andExpect(content().string(containsString(title)));
        mvc.perform(post("/api/v1/cases/" + id + "/progress").with(demo.as("licheng.leader")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"已查清上游\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases/" + id + "/progress").with(demo.as("licheng.officer")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"已查清上游供货渠道，正在固定证据\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.case.timeline[*].text", org.hamcrest.Matchers.hasItem(containsString("督办进展"))));
        mvc.perform(get("/").with(demo.as("licheng.office")))
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(post("/api/v1/cases/" + id + "/supervise").with(demo.as("licheng.officer")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"everyWorkingDays\":5}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDecisionClockIsExtendedOnceByApprovalThenOnlyCollectively() throws Exception {
        long id = fixtures.investigating(demo.actor("licheng.officer"), CaseFixtures.title("延期")).id();
        // the county office supervises (督办) but does not head the 工商局: it cannot approve
        mvc.perform(post("/api/v1/cases/" + id + "/clock/extend").with(demo.as("licheng.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"approval\":\"同意\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cases/" + id + "/clock/extend").with(demo.as("licheng.head")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"approval\":\"局长 王某 同意\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decisionClock.extensions").value(1));
        mvc.perform(post("/api/v1/cases/" + id + "/clock/extend").with(demo.as("licheng.head")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"approval\":\"再次同意\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("collectiveDecision"));
        mvc.perform(post("/api/v1/cases/" + id + "/clock/extend").with(demo.as("licheng.head")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"approval\":\"再次同意\",\"collectiveDecision\":\"局务会集体讨论决定延长\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decisionClock.extensions").value(2))
                .andExpect(jsonPath("$.case.collectiveExtension").value("局务会集体讨论决定延长"));
    }
}
