package org.shuangda.organization;

import static org.hamcrest.Matchers.containsString;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the cascading region picker asks (issue 13), without signing in: the provinces, the current divisions
 * below a code by name (retired ones left out, bare names such as 城区 carrying their city), the chain of a chosen
 * code, and a malformed or unknown parent refused in words naming the field.
 */
@WebTest
class RegionPickerApiTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theProvincesThenTheCitiesThenTheCountiesOfChangzhiByName() throws Exception {
        mvc.perform(get("/public/regions").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '140000')].name", hasItem("山西省")))
                .andExpect(jsonPath("$[?(@.code == '140000')].hasChildren", hasItem(true)))
                .andExpect(jsonPath("$[?(@.code == '140000')].level", hasItem("PROVINCE")));
        mvc.perform(get("/public/regions").param("parent", "140000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '140400')].label", hasItem("长治市")))
                .andExpect(jsonPath("$[*].level", not(hasItem("COUNTY"))));
        mvc.perform(get("/public/regions").param("parent", " 140400 "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '140426')].name", hasItem("黎城县")))
                .andExpect(jsonPath("$[?(@.code == '140426')].hasChildren", hasItem(false)))
                .andExpect(jsonPath("$[?(@.code == '140425')].label", hasItem("平顺县")))
                // 城区 (140402) and 郊区 (140411) of 长治市 were retired in 2018: not offered any more
                .andExpect(jsonPath("$[*].code", not(hasItem("140402"))))
                .andExpect(jsonPath("$[*].code", not(hasItem("140411"))));
    }

    @Test
    void bareNamesCarryTheirCity() throws Exception {
        // 阳泉市 has a current 城区 and 郊区: shown as 城区（阳泉市）, never bare
        mvc.perform(get("/public/regions").param("parent", "140300"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '140302')].label", hasItem("城区（阳泉市）")))
                .andExpect(jsonPath("$[?(@.code == '140302')].name", hasItem("城区")))
                .andExpect(jsonPath("$[?(@.code == '140311')].label", hasItem("郊区（阳泉市）")))
                .andExpect(jsonPath("$[?(@.code == '140321')].label", hasItem("平定县")));
    }

    @Test
    void theChainOfACodeProvinceFirst() throws Exception {
        mvc.perform(get("/public/regions/140426/chain"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name", is("山西省")))
                .andExpect(jsonPath("$[1].name", is("长治市")))
                .andExpect(jsonPath("$[2].name", is("黎城县")))
                .andExpect(jsonPath("$[2].code", is("140426")))
                .andExpect(jsonPath("$.length()", is(3)));
        mvc.perform(get("/public/regions/999999/chain")).andExpect(status().isNotFound());
        mvc.perform(get("/public/regions/abc/chain")).andExpect(status().isNotFound());
    }

    @Test
    void aMalformedOrUnknownParentIsRefusedInWordsNamingTheField() throws Exception {
        mvc.perform(get("/public/regions").param("parent", "999999").header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("parent")))
                .andExpect(jsonPath("$.errors[0].reason", containsString("999999")))
                .andExpect(jsonPath("$.errors[0].reason", containsString("不存在")));
        mvc.perform(get("/public/regions").param("parent", "14a400").header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("parent")))
                .andExpect(jsonPath("$.errors[0].reason", containsString("6位数字")));
        mvc.perform(get("/public/regions").param("parent", "1404001"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void thePublicFormStartsAtChangzhiAndTheRoundFormAtTheUsersOwnRegion() throws Exception {
        mvc.perform(get("/public/filings/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-region-root=\"140000\"")))
                .andExpect(content().string(containsString("name=\"regionCode\" value=\"140400\"")))
                .andExpect(content().string(containsString("/js/region-picker.js")));
        mvc.perform(get("/reporting/rounds/new").with(demo.as("licheng.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"regionCode\" value=\"140426\"")));
        mvc.perform(get("/reporting/rounds/new").with(demo.as("changzhi.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"regionCode\" value=\"140400\"")));
    }

    @Test
    void theUnitGroupAndCampaignFormsUseThePickerAndAnEntityShowsItsRegionByName() throws Exception {
        for (String form : new String[] {"/units/new", "/groups/new", "/campaigns/new"}) {
            String user = form.equals("/units/new") ? "licheng.admin" : "licheng.office";
            mvc.perform(get(form).with(demo.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"regionCode-picker\"")))
                    .andExpect(content().string(containsString("name=\"regionCode\" value=\"140426\"")));
        }
        long entity = jdbc.sql("select id from market_entity where region_code = '140426' order by id limit 1")
                .query(Long.class).single();
        mvc.perform(get("/entities/" + entity).with(demo.as("licheng.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("山西省 长治市 黎城县")))
                .andExpect(content().string(not(containsString("140426 黎城县"))));
    }
}
