package org.shuangda.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The request limits of {@link RequestLimits} with their defaults: rows per page ({@code size}) and page
 * numbers on every list, API and page alike, at one interceptor; indicators per report template at the
 * validator's entry, before any per-indicator work. Each refusal names the field, the figure and the limit.
 * (Body limits need a real connector: {@code e2e/RequestBodyLimitsServerTest}; statement timeouts:
 * {@link StatementTimeoutTests}.)
 */
@WebTest
class RequestLimitsTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    @Test
    void aPageSizeOverTheLimitIsRefusedOnEveryListApi() throws Exception {
        for (String list : new String[] {"/api/v1/cases", "/api/v1/filings", "/api/v1/users", "/api/v1/units"}) {
            mvc.perform(get(list).param("size", "501").header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN)
                            .header("Accept-Language", "zh-CN"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("size"))
                    .andExpect(jsonPath("$.errors[0].reason").value("每页条数 501 超过上限：每页最多 500 条，请分页查询"));
            mvc.perform(get(list).param("size", "500").header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/cases").param("size", "99999999999999999999999")
                        .header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void aPageNumberOutOfRangeIsRefusedInsteadOfOverflowingTheOffset() throws Exception {
        for (String page : new String[] {"-1", "2147483647", "1000001"}) {
            mvc.perform(get("/api/v1/cases").param("page", page).param("size", "500")
                            .header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN).header("Accept-Language", "en"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("page"))
                    .andExpect(jsonPath("$.errors[0].reason").value(containsString("from 0 to 1,000,000")));
        }
        mvc.perform(get("/api/v1/cases").param("page", "1000000").param("size", "500")
                .header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN)).andExpect(status().isOk());
    }

    @Test
    void onAPageTheRefusalIsAReadable422() throws Exception {
        mvc.perform(get("/cases").param("size", "10000").with(demo.as("licheng.officer"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("每页条数 10000 超过上限：每页最多 500 条")));
    }

    @Test
    void aListInAJsonBodyOverTheItemLimitIsRefusedBeforeTheControllerRuns() throws Exception {
        long before = jdbc.sql("select count(*) from enforcement_case").query(Long.class).single();
        String ids = IntStream.range(0, 10_001).mapToObj(Integer::toString).collect(Collectors.joining(","));
        mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN)
                        .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"超长名单\",\"officerIds\":[" + ids + "]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("officerIds"))
                .andExpect(jsonPath("$.errors[0].reason").value("共 10,001 项，超过上限：最多 10,000 项"));
        // any list of the body, each named by its field
        mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"超长名单\",\"goods\":[" + IntStream.range(0, 10_001)
                                .mapToObj(i -> "{}").collect(Collectors.joining(",")) + "]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("goods"));
        org.assertj.core.api.Assertions.assertThat(
                jdbc.sql("select count(*) from enforcement_case").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aTemplateWithMoreIndicatorsThanTheLimitIsRefusedAtOnceAndNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from report_template").query(Long.class).single();
        String indicators = IntStream.range(0, 2001)
                .mapToObj(i -> "{\"code\":\"i" + i + "\",\"name\":\"指标" + i + "\",\"measure\":\"件\",\"type\":\"INTEGER\"}")
                .collect(Collectors.joining(","));
        mvc.perform(post("/api/v1/templates").with(demo.as("licheng.office")).with(csrf())
                        .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"TOO_BIG\",\"name\":\"超大表\",\"figures\":\"PERIOD\",\"indicators\":["
                                + indicators + "]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("indicators"))
                .andExpect(jsonPath("$.errors[0].reason").value("共 2,001 项，超过上限：最多 2,000 项"));
        org.assertj.core.api.Assertions.assertThat(
                jdbc.sql("select count(*) from report_template").query(Long.class).single()).isEqualTo(before);
    }
}
