package org.shuangda.briefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A 通报 on the public portal (issue 18): only an issued one, only by the office over its region, shown in the portal's
 * 工作通报 section and at /public/briefings/{id} until withdrawn; a draft is refused with the reason.
 */
@WebTest
class PublicBriefingTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    BriefingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new BriefingFixtures(mvc, users, jdbc);
    }

    @Test
    void anIssuedBriefingIsPublishedByItsOfficeShownOnThePortalAndWithdrawn() throws Exception {
        long id = BriefingFixtures.id(fx.draft("licheng.office", "{\"roundId\": %d}".formatted(fx.demoRound(2))));
        // a draft is not public
        mvc.perform(post("/briefings/" + id + "/public").with(users.as("licheng.office")).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("草稿不能公开")));
        String number = com.jayway.jsonpath.JsonPath.read(fx.issue("licheng.office", id), "$.docNumber");
        mvc.perform(get("/public/briefings/" + id)).andExpect(status().isNotFound());
        // another county's office may not publish it; the county's own does
        mvc.perform(post("/briefings/" + id + "/public").with(users.as("pingshun.office")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/briefings/" + id).with(users.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"publish-public\"")));
        mvc.perform(post("/briefings/" + id + "/public").with(users.as("licheng.office")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/public/briefings/" + id).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(number, "id=\"public-briefing\"");
        mvc.perform(get("/public/search").param("section", "briefings").param("q", number)
                        .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/public/briefings/" + id)));
        mvc.perform(get("/public").accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"latest-briefings\"")));

        mvc.perform(post("/briefings/" + id + "/public/withdraw").with(users.as("licheng.office")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/briefings/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/public/search").param("section", "briefings").param("q", number)
                        .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/public/briefings/" + id))));
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'briefing' and object_id = :id"
                + " and after::text like '%public%'").param("id", Long.toString(id)).query(Long.class).single())
                .isEqualTo(2);
    }
}
