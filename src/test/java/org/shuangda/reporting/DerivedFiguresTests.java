package org.shuangda.reporting;

import static org.hamcrest.Matchers.hasSize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Figures from module records beside the typed ones: shown, differences flagged, taken with one click. */
@WebTest
class DerivedFiguresTests {

    private static final String REPORTER = "licheng.reporter";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    ReportingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new ReportingFixtures(mvc, users, jdbc);
    }

    /** A round whose period starts in the test source's year, so it answers. */
    private long roundIn2031() throws Exception {
        String json = mvc.perform(post("/api/v1/rounds").with(users.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"campaignId": %d, "templateId": %d, "regionCode": "140426", "name": "2031年第一次",
                                 "periodFrom": "2031-01-01", "periodTo": "2031-01-31", "dueOn": "2031-02-07",
                                 "locksAfter": "2031-02-14"}""".formatted(ReportingFixtures.newCampaign(jdbc, "140426"),
                                fx.templateId())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.round.id")).longValue();
    }

    @Test
    void api_shows_record_figures_beside_the_typed_ones_and_flags_differences() throws Exception {
        long id = fx.openSubmission(REPORTER, roundIn2031());
        fx.putValues(REPORTER, id, "{\"cases_opened\": 8, \"cases_closed\": 4}").andExpect(status().isOk())
                .andExpect(jsonPath("$.fromRecords[?(@.source == '测试台账')]", hasSize(3)))
                .andExpect(jsonPath("$.fromRecords[?(@.source == '测试台账' && @.indicator == 'cases_opened')].differs").value(false))
                .andExpect(jsonPath("$.fromRecords[?(@.source == '测试台账' && @.indicator == 'cases_closed')].value").value(5))
                .andExpect(jsonPath("$.fromRecords[?(@.source == '测试台账' && @.indicator == 'cases_closed')].differs").value(true))
                .andExpect(jsonPath("$.fromRecords[?(@.source == '测试台账' && @.indicator == 'case_value')].differs").value(true));
        // other periods: the source has nothing, nothing is shown
        long other = fx.openSubmission(REPORTER, fx.openRound("140426"));
        mvc.perform(get("/api/v1/submissions/" + other).with(users.as(REPORTER)))
                .andExpect(jsonPath("$.fromRecords[?(@.source == '测试台账')]", hasSize(0)));
    }

    @Test
    void the_page_shows_them_highlights_a_difference_and_takes_the_value_in_one_click() throws Exception {
        long id = fx.openSubmission(REPORTER, roundIn2031());
        fx.putValues(REPORTER, id, "{\"officers\": 20, \"cases_opened\": 8, \"cases_closed\": 4}").andExpect(status().isOk());
        String html = mvc.perform(get("/reporting/submissions/" + id).with(users.as(REPORTER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("来自测试台账：8", "来自测试台账：5", "来自测试台账：12.5", "value=\"take:cases_closed:测试台账\"",
                "与填报数不一致");
        assertThat(html).doesNotContain("value=\"take:cases_opened:测试台账\"");
        mvc.perform(post("/reporting/submissions/" + id).with(users.as(REPORTER)).with(csrf())
                        .param("v.officers", "21").param("v.cases_opened", "8").param("v.cases_closed", "4")
                        .param("action", "take:cases_closed:测试台账"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/submissions/" + id).with(users.as(REPORTER)))
                .andExpect(jsonPath("$.values.cases_closed").value(5))
                .andExpect(jsonPath("$.values.officers").value(21))
                .andExpect(jsonPath("$.state.status").value("DRAFT"))
                .andExpect(jsonPath("$.fromRecords[?(@.source == '测试台账' && @.indicator == 'cases_closed')].differs").value(false));
        // another county's reporter sees neither the submission nor its record figures
        mvc.perform(get("/api/v1/submissions/" + id).with(users.as("pingshun.reporter"))).andExpect(status().isNotFound());
    }
}
