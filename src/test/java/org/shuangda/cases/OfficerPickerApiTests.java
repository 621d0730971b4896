package org.shuangda.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The officer picker's search for 承办人 (issue 13): only the unit's holders of the enforcement permission, by
 * name and unit and never a username, narrowed by part of a name; another county's unit is 404 like a missing
 * one, a malformed unit 422 in words, and a user without CASE_HANDLE 403.
 */
@WebTest
class OfficerPickerApiTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private String name(long userId) {
        return jdbc.sql("select display_name from app_user where id = :id").param("id", userId).query(String.class).single();
    }

    private long unitOf(String username) {
        return jdbc.sql("select unit_id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    @Test
    void theUnitsEnforcersOnlyByNameAndUnitNeverAUsername() throws Exception {
        long officer = userId("licheng.officer");
        long inspector = userId("licheng.inspector");
        long reporter = userId("licheng.reporter");
        mvc.perform(get("/api/v1/pickers/officers").param("limit", "20").with(demo.as("licheng.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(Long.toString(officer))))
                .andExpect(jsonPath("$[*].id", hasItem(Long.toString(inspector))))
                .andExpect(jsonPath("$[*].id", not(hasItem(Long.toString(reporter)))))
                .andExpect(jsonPath("$[*].detail", everyItem(is("黎城县工商行政管理局"))))
                .andExpect(jsonPath("$[?(@.id == '" + inspector + "')].label", hasItem(name(inspector))))
                .andExpect(content().string(not(containsString("licheng."))));
        // part of a name narrows it; the unit given explicitly answers the same
        String part = name(inspector).substring(1);
        mvc.perform(get("/api/v1/pickers/officers").param("q", part)
                        .param("unit", Long.toString(unitOf("licheng.officer"))).with(demo.as("licheng.officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id", is(Long.toString(inspector))))
                .andExpect(jsonPath("$[*].label", everyItem(containsString(part))));
        mvc.perform(get("/api/v1/pickers/officers").param("q", "没有这个人的名字").with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()", is(0)));
    }

    @Test
    void anotherCountysUnitIsNotFoundAMalformedUnitIsRefusedInWords() throws Exception {
        long licheng = unitOf("licheng.officer");
        mvc.perform(get("/api/v1/pickers/officers").param("unit", Long.toString(licheng)).with(demo.as("pingshun.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/pickers/officers").param("unit", "987654321").with(demo.as("licheng.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/pickers/officers").param("unit", "黎城县工商局").with(demo.as("licheng.officer"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("unit")))
                .andExpect(jsonPath("$.errors[0].reason", containsString("不是单位编号")));
        // no enforcement permission: refused, not an empty list
        mvc.perform(get("/api/v1/pickers/officers").with(demo.as("licheng.reporter"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/pickers/officers")).andExpect(status().is4xxClientError());
    }
}
