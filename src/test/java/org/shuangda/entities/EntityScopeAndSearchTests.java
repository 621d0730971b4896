package org.shuangda.entities;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Fuzzy search on the demo directory, and data scope: a 黎城县 user can neither list, fetch, change nor
 * delete a 平顺县 entity, by API or page, even by guessing its id.
 */
@WebTest
class EntityScopeAndSearchTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    long idOf(String name) {
        return jdbc.sql("select id from market_entity where name = :n").param("n", name).query(Long.class).single();
    }

    @Test
    void aShortQueryFindsNamesContainingIt() throws Exception {
        mvc.perform(get("/api/v1/entities").param("q", "鑫源").param("size", "100").with(demo.as("licheng.office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", hasItem("黎城县鑫源商贸有限公司")))
                .andExpect(jsonPath("$.items[*].name", everyItem(containsString("鑫源"))))
                .andExpect(jsonPath("$.items[*].regionName", everyItem(is("黎城县"))));
    }

    @Test
    void aSlightlyMisspeltLongerNameFindsTheEntityFirst() throws Exception {
        mvc.perform(get("/api/v1/entities").param("q", "黎城县鑫源商务有限公司").with(demo.as("licheng.office")))
                .andExpect(jsonPath("$.items[0].name", is("黎城县鑫源商贸有限公司")));
        mvc.perform(get("/api/v1/entities").param("q", "黎城鑫源商贸有限公司").with(demo.as("licheng.office")))
                .andExpect(jsonPath("$.items[0].name", is("黎城县鑫源商贸有限公司"))); // a character missing
        mvc.perform(get("/api/v1/entities").param("q", "鑫源商贸").with(demo.as("licheng.office")))
                .andExpect(jsonPath("$.items[0].name", is("黎城县鑫源商贸有限公司")));
    }

    @Test
    void aCompleteCodeFindsExactlyThatEntityAndLikeWildcardsAreLiteral() throws Exception {
        String uscc = jdbc.sql("select uscc from market_entity where name = '黎城县鑫源商贸有限公司'")
                .query(String.class).single();
        mvc.perform(get("/api/v1/entities").param("q", uscc.toLowerCase()).with(demo.as("licheng.office")))
                .andExpect(jsonPath("$.total", is(1)))
                .andExpect(jsonPath("$.items[0].name", is("黎城县鑫源商贸有限公司")));
        mvc.perform(get("/api/v1/entities").param("q", "%").with(demo.as("licheng.office")))
                .andExpect(jsonPath("$.total", is(0)));
    }

    @Test
    void listsArePaginatedWithATotal() throws Exception {
        mvc.perform(get("/api/v1/entities").param("size", "10").param("page", "2").with(demo.as("licheng.office")))
                .andExpect(jsonPath("$.total", greaterThan(100)))
                .andExpect(jsonPath("$.items.length()", is(10)))
                .andExpect(jsonPath("$.page", is(2)));
    }

    @Test
    void aCountyUserListsOnlyTheirCounty() throws Exception {
        for (String user : new String[] {"licheng.office", "licheng.reporter", "licheng.officer"}) {
            mvc.perform(get("/api/v1/entities").param("size", "100").with(demo.as(user)))
                    .andExpect(jsonPath("$.total", greaterThan(0)))
                    .andExpect(jsonPath("$.items[*].regionCode", everyItem(is("140426"))));
            mvc.perform(get("/api/v1/entities").param("region", "140425").with(demo.as(user)))
                    .andExpect(jsonPath("$.total", is(0)));
        }
        mvc.perform(get("/entities").param("q", "鑫源商贸").with(demo.as("licheng.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("黎城县鑫源商贸有限公司")))
                .andExpect(content().string(not(containsString("平顺县鑫源商贸有限公司"))));
    }

    @Test
    void theCityUserSeesBothCounties() throws Exception {
        mvc.perform(get("/api/v1/entities").param("q", "鑫源商贸").param("size", "100").with(demo.as("admin")))
                .andExpect(jsonPath("$.items[*].name", hasItem("黎城县鑫源商贸有限公司")))
                .andExpect(jsonPath("$.items[*].name", hasItem("平顺县鑫源商贸有限公司")));
    }

    @Test
    void anotherCountysEntityCannotBeFetchedChangedOrDeletedEvenByGuessingItsId() throws Exception {
        long pingshun = idOf("平顺县鑫源商贸有限公司");
        String body = EntityFixtures.json("改名", null, "140426", null);
        String licheng = "licheng.office";
        mvc.perform(get("/api/v1/entities/" + pingshun).with(demo.as(licheng))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/entities/" + pingshun).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(demo.as(licheng)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/entities/" + pingshun).with(demo.as(licheng)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/entities/" + pingshun).with(demo.as(licheng))).andExpect(status().isNotFound());
        mvc.perform(get("/entities/" + pingshun + "/edit").with(demo.as(licheng))).andExpect(status().isNotFound());
        mvc.perform(post("/entities/" + pingshun).param("name", "改名").param("entityType", "ENTERPRISE")
                .param("regionCode", "140426").with(demo.as(licheng)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/entities/" + pingshun + "/delete").with(demo.as(licheng)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/entities/" + pingshun).with(demo.as("pingshun.office")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name", is("平顺县鑫源商贸有限公司")));
    }

    @Test
    void aReaderSeesButCannotEditAndTheLinksSayNothingElse() throws Exception {
        long own = idOf("黎城县鑫源商贸有限公司");
        mvc.perform(get("/entities/" + own).with(demo.as("licheng.reporter")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("140426********")))
                .andExpect(content().string(not(containsString("id=\"entity-edit\""))));
        mvc.perform(get("/entities/" + own + "/edit").with(demo.as("licheng.reporter")))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/entities/" + own).with(demo.as("licheng.reporter")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
