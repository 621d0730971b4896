package org.shuangda.entities;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The entity picker's search (issue 13): by name, similar name, whole or partial USCC, only within the caller's
 * scope (平顺县's officer never gets a 黎城县 entity), at most the limit asked (20 at most), the newest in scope for
 * an empty query; and a new entity's region derived from its USCC.
 */
@WebTest
class EntityPickerApiTests {

    private static final EntityFixtures fixtures = new EntityFixtures(4242);

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;

    private String create(String name, String uscc, String region) throws Exception {
        String json = mvc.perform(post("/api/v1/entities").with(demo.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(EntityFixtures.json(name, uscc, region, null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return String.valueOf(((Number) JsonPath.read(json, "$.id")).longValue());
    }

    @Test
    void findsByNameSimilarNameAndUsccFragmentWithinScopeOnly() throws Exception {
        String uscc = fixtures.uscc("140426");
        String id = create("黎城县选择器测试农资有限公司", uscc, "140426");
        mvc.perform(get("/api/v1/pickers/entities").param("q", "选择器测试农资").with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id", is(id)))
                .andExpect(jsonPath("$[0].label", is("黎城县选择器测试农资有限公司")))
                .andExpect(jsonPath("$[0].detail", startsWith(uscc)));
        // a misspelt name (农资 → 农姿) still finds it
        mvc.perform(get("/api/v1/pickers/entities").param("q", "黎城县选择器测试农姿有限公司").with(demo.as("licheng.officer")))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        // the whole code, and a piece of it
        mvc.perform(get("/api/v1/pickers/entities").param("q", uscc.toLowerCase()).with(demo.as("licheng.officer")))
                .andExpect(jsonPath("$[0].id", is(id)));
        mvc.perform(get("/api/v1/pickers/entities").param("q", uscc.substring(8, 17)).with(demo.as("licheng.officer")))
                .andExpect(jsonPath("$[0].id", is(id)));
        // another county's officer: not returned, by name or by code
        mvc.perform(get("/api/v1/pickers/entities").param("q", "选择器测试农资").with(demo.as("pingshun.officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", not(hasItem(id))));
        mvc.perform(get("/api/v1/pickers/entities").param("q", uscc).with(demo.as("pingshun.officer")))
                .andExpect(jsonPath("$[*].id", not(hasItem(id))));
        mvc.perform(get("/api/v1/pickers/entities").with(demo.as("pingshun.officer")))
                .andExpect(jsonPath("$[*].detail", everyItem(not(org.hamcrest.Matchers.containsString("黎城县")))));
    }

    @Test
    void anEmptyQueryGivesTheNewestInScopeAndTheLimitHolds() throws Exception {
        String id = create("黎城县选择器最新测试有限公司", fixtures.uscc("140426"), "140426");
        mvc.perform(get("/api/v1/pickers/entities").with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(10)));
        mvc.perform(get("/api/v1/pickers/entities").param("limit", "3").with(demo.as("licheng.officer")))
                .andExpect(jsonPath("$", hasSize(3)));
        mvc.perform(get("/api/v1/pickers/entities").param("limit", "500").with(demo.as("licheng.officer")))
                .andExpect(jsonPath("$.length()", lessThanOrEqualTo(20)));
        mvc.perform(get("/api/v1/pickers/entities").param("q", "  ").param("limit", "20").with(demo.as("licheng.officer")))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        // no permission to see entities: 403, not an empty list
        mvc.perform(get("/api/v1/pickers/entities").with(demo.as("licheng.auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/pickers/entities")).andExpect(status().isUnauthorized());
    }

    @Test
    void aNewEntitysRegionIsDerivedFromItsUsccWhenLeftEmpty() throws Exception {
        String uscc = fixtures.uscc("140426");
        mvc.perform(post("/api/v1/entities").with(demo.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EntityFixtures.json("黎城县代码推区划测试有限公司", uscc, null, null)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.regionCode", is("140426")))
                .andExpect(jsonPath("$.regionName", is("黎城县")));
        // a code whose positions 3-8 are no known region: the region must be given
        String unknown = fixtures.uscc("999999");
        mvc.perform(post("/api/v1/entities").with(demo.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EntityFixtures.json("黎城县未知区划测试有限公司", unknown, null, null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("regionCode")));
        // another county's code in 黎城县's office: out of its scope, 422 on the region
        mvc.perform(post("/api/v1/entities").with(demo.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EntityFixtures.json("平顺县代码推区划测试有限公司", fixtures.uscc("140425"), null, null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("regionCode")));
    }
}
