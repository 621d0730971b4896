package org.shuangda.organization;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
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

/** One county can neither list, fetch, change nor delete the other county's units, by API or by page. */
@WebTest
class UnitScopeTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    long unitId(String name) {
        return jdbc.sql("select id from unit where name = :n").param("n", name).query(Long.class).single();
    }

    @Test
    void aCountyAdminListsOnlyTheirCountysUnits() throws Exception {
        mvc.perform(get("/api/v1/units").param("size", "500").with(demo.as("licheng.admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", is(22)))
                .andExpect(jsonPath("$.units[*].regionCode", everyItem(is("140426"))))
                .andExpect(jsonPath("$.units[*].name", hasItem("黎城县工商行政管理局")));
        mvc.perform(get("/units").with(demo.as("licheng.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("黎城县商务中心")))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("平顺县"))));
    }

    @Test
    void theCityAdminSeesBothCounties() throws Exception {
        // other tests add units to the same database (another province too): scope ALL sees every one
        int underTheCity = jdbc.sql("select count(*) from pub_unit")
                .query(Integer.class).single();
        mvc.perform(get("/api/v1/units").param("size", "500").with(demo.as("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total", is(underTheCity)))
                .andExpect(jsonPath("$.units[*].name", hasItem("黎城县工商行政管理局")))
                .andExpect(jsonPath("$.units[*].name", hasItem("平顺县工商行政管理局")));
    }

    @Test
    void anOwnUnitReporterSeesOnlyTheirUnit() throws Exception {
        mvc.perform(get("/api/v1/units").with(demo.as("licheng.reporter")))
                .andExpect(jsonPath("$.total", is(1)))
                .andExpect(jsonPath("$.units[0].name", is("黎城县工商行政管理局")));
    }

    @Test
    void anotherCountysUnitCannotBeFetchedChangedOrDeletedEvenByGuessingItsId() throws Exception {
        long pingshun = unitId("平顺县公安局");
        String body = "{\"name\":\"改名\",\"type\":\"PUBLIC_SECURITY\",\"regionCode\":\"140425\"}";
        mvc.perform(get("/api/v1/units/" + pingshun).with(demo.as("licheng.admin"))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/units/" + pingshun).param("version", "0").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(demo.as("licheng.admin")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/units/" + pingshun).with(demo.as("licheng.admin")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/units/" + pingshun).with(demo.as("licheng.admin"))).andExpect(status().isNotFound());
        mvc.perform(post("/units/" + pingshun + "/delete").with(demo.as("licheng.admin")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/units/" + pingshun).with(demo.as("admin")))
                .andExpect(jsonPath("$.name", is("平顺县公安局"))); // still there, unchanged
    }

    @Test
    void aCountyAdminCannotCreateAUnitInTheOtherCounty() throws Exception {
        mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"平顺县新单位\",\"type\":\"OTHER\",\"regionCode\":\"140425\"}")
                .with(demo.as("licheng.admin")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("regionCode")));
        mvc.perform(get("/api/v1/units").param("q", "平顺县新单位").with(demo.as("admin")))
                .andExpect(jsonPath("$.total", is(0)));
    }

    @Test
    void createMoveAndDeleteKeepTheTreePathsRight() throws Exception {
        long parent = unitId("黎城县商务中心");
        String created = mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"黎城县双打办\",\"type\":\"COMMERCE\",\"regionCode\":\"140426\",\"parentId\":" + parent + "}")
                .with(demo.as("licheng.admin")).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.path", startsWith("/" + parent + "/")))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(put("/api/v1/units/" + id).param("version", "0").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"黎城县双打办\",\"type\":\"COMMERCE\",\"regionCode\":\"140426\"}")
                .with(demo.as("licheng.admin")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.path", is("/" + id + "/")));
        mvc.perform(put("/api/v1/units/" + parent).param("version", "0").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"黎城县商务中心\",\"type\":\"COMMERCE\",\"regionCode\":\"140426\",\"parentId\":" + parent + "}")
                .with(demo.as("licheng.admin")).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field", is("parentId")));
        mvc.perform(delete("/api/v1/units/" + id).with(demo.as("licheng.admin")).with(csrf()))
                .andExpect(status().isNoContent());
        long audited = jdbc.sql("select count(*) from unit where id = :id").param("id", id).query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(audited).isZero();
    }

    @Test
    void badInputNamesTheFieldInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                .content("{\"name\":\"x\",\"type\":\"OTHER\",\"regionCode\":\"140421\"}")
                .with(demo.as("admin")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("regionCode")))
                .andExpect(jsonPath("$.errors[0].reason", startsWith("Region code 140421 was retired")));
        mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON).content("{\"name\":")
                .with(demo.as("admin")).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("body")));
        mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"黎城县工商行政管理局\",\"type\":\"NOPE\",\"regionCode\":\"140426\"}")
                .with(demo.as("admin")).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"黎城县工商行政管理局\",\"type\":\"OTHER\",\"regionCode\":\"140426\"}")
                .with(demo.as("admin")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("name")));
    }

    @Test
    void regionsApiListsProvincesChildrenAndRetiredCodes() throws Exception {
        mvc.perform(get("/api/v1/regions").with(demo.as("licheng.reporter")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].name", hasItem("山西省")));
        mvc.perform(get("/api/v1/regions").param("parent", "140400").with(demo.as("licheng.reporter")))
                .andExpect(jsonPath("$[*].name", hasItem("黎城县")))
                .andExpect(jsonPath("$[*].code", not(hasItem("140421"))));
        mvc.perform(get("/api/v1/regions").param("parent", "140400").param("includeRetired", "true")
                .with(demo.as("licheng.reporter"))).andExpect(jsonPath("$[*].code", hasItem("140421")));
        mvc.perform(get("/api/v1/regions").param("parent", "999999").with(demo.as("licheng.reporter")))
                .andExpect(status().isUnprocessableContent());
    }
}
