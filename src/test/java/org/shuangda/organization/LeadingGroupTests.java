package org.shuangda.organization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class LeadingGroupTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    static final String DEMO_GROUP = "黎城县打击侵犯知识产权和制售假冒伪劣商品专项行动领导小组";

    long groupId(String region) {
        return jdbc.sql("select min(id) from leading_group where region_code = :r").param("r", region)
                .query(Long.class).single();
    }

    @Test
    void theDemoCountyGroupHasItsLeaderOfficeAndMoreThanTwentyMemberUnits() throws Exception {
        mvc.perform(get("/api/v1/leading-groups").with(demo.as("licheng.reporter")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].regionCode", everyItem(is("140426"))))
                .andExpect(jsonPath("$[?(@.name=='%s')].officeUnitName", DEMO_GROUP).value("黎城县商务中心"))
                .andExpect(jsonPath("$[?(@.name=='%s')].members[0].position", DEMO_GROUP).value("LEADER"))
                .andExpect(jsonPath("$[?(@.name=='%s')].members.length()", DEMO_GROUP).value(24));
        mvc.perform(get("/groups/" + groupId("140426")).with(demo.as("licheng.reporter")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("县长助理")))
                .andExpect(content().string(containsString("黎城县工商行政管理局")));
    }

    @Test
    void theOtherCountysGroupIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/leading-groups/" + groupId("140425")).with(demo.as("licheng.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/groups").with(demo.as("licheng.office")))
                .andExpect(content().string(not(containsString("平顺县"))));
        mvc.perform(post("/groups/" + groupId("140425") + "/delete").with(demo.as("licheng.office")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    long groups() {
        return jdbc.sql("select count(*) from leading_group where region_code = '140426'").query(Long.class).single();
    }

    @Test
    void aGroupWithoutALeaderIsRefusedWithTheReasonAndNothingSaved() throws Exception {
        long office = jdbc.sql("select id from unit where name = '黎城县商务中心'").query(Long.class).single();
        long before = groups();
        mvc.perform(post("/groups/new").with(demo.as("licheng.office")).with(csrf())
                .param("name", "黎城县知识产权保护工作小组").param("regionCode", "140426")
                .param("officeUnitId", "" + office)
                .param("position", "MEMBER").param("personName", "某某").param("title", "成员").param("memberUnitId", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("至少要有一名组长")));
        org.assertj.core.api.Assertions.assertThat(groups()).isEqualTo(before);
        mvc.perform(post("/groups/new").with(demo.as("licheng.office")).with(csrf())
                .param("name", "黎城县知识产权保护工作小组").param("regionCode", "140426")
                .param("officeUnitId", "" + office)
                .param("position", "LEADER").param("personName", "某某").param("title", "副县长").param("memberUnitId", ""))
                .andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(groups()).isEqualTo(before + 1);
    }
}
