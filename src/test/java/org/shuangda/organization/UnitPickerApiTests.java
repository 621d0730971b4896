package org.shuangda.organization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The unit picker's search (issue 13): part of a name finds the unit within the caller's scope only (a county
 * office never gets the other county's units, the city gets both, a region narrows it), each with its region; a
 * permission the caller lacks is 403, one not meant for unit searches or a bad region 422 in words.
 */
@WebTest
class UnitPickerApiTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    private String unit(String name) {
        return Long.toString(jdbc.sql("select id from unit where name = :n").param("n", name).query(Long.class).single());
    }

    @Test
    void partOfANameWithinTheCallersScopeOnly() throws Exception {
        String licheng = unit("黎城县公安局");
        String pingshun = unit("平顺县公安局");
        mvc.perform(get("/api/v1/pickers/units").param("q", "公安局").param("limit", "20").with(demo.as("licheng.office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(licheng)))
                .andExpect(jsonPath("$[*].id", not(hasItem(pingshun))))
                .andExpect(jsonPath("$[?(@.id == '" + licheng + "')].label", hasItem("黎城县公安局")))
                .andExpect(jsonPath("$[?(@.id == '" + licheng + "')].detail", hasItem(containsString("黎城县"))));
        mvc.perform(get("/api/v1/pickers/units").param("q", "公安局").param("limit", "20").with(demo.as("changzhi.office")))
                .andExpect(jsonPath("$[*].id", hasItem(licheng)))
                .andExpect(jsonPath("$[*].id", hasItem(pingshun)));
        // a region narrows the search (a county campaign's task form)
        mvc.perform(get("/api/v1/pickers/units").param("q", "公安局").param("region", "140425").with(demo.as("changzhi.office")))
                .andExpect(jsonPath("$[*].id", hasItem(pingshun)))
                .andExpect(jsonPath("$[*].id", not(hasItem(licheng))));
        // by id it is not found either: pingshun's office searching for a licheng unit by its whole name
        mvc.perform(get("/api/v1/pickers/units").param("q", "黎城县公安局").with(demo.as("pingshun.office")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()", is(0)));
        mvc.perform(get("/api/v1/pickers/units").param("limit", "500").with(demo.as("changzhi.office")))
                .andExpect(jsonPath("$.length()", lessThanOrEqualTo(20)));
        // the 转办 target: the hotline agent's filing scope
        mvc.perform(get("/api/v1/pickers/units").param("q", "工商行政").param("permission", "FILING_VIEW")
                        .with(demo.as("licheng.agent")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].label", is("黎城县工商行政管理局")))
                .andExpect(jsonPath("$[*].label", everyItem(containsString("工商行政"))));
    }

    @Test
    void badInputIsRefusedInWordsAndAMissingPermissionIs403() throws Exception {
        mvc.perform(get("/api/v1/pickers/units").param("permission", "CASE_HANDLE").with(demo.as("licheng.office"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("permission")))
                .andExpect(jsonPath("$.errors[0].reason", containsString("FILING_VIEW")));
        mvc.perform(get("/api/v1/pickers/units").param("region", "999999").with(demo.as("licheng.office"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("region")))
                .andExpect(jsonPath("$.errors[0].reason", containsString("999999")));
        mvc.perform(get("/api/v1/pickers/units").param("region", "abc").with(demo.as("licheng.office")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("region")));
        mvc.perform(get("/api/v1/pickers/units").param("permission", "ROUTING_MANAGE").with(demo.as("licheng.reporter")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/pickers/units")).andExpect(status().is4xxClientError());
    }
}
