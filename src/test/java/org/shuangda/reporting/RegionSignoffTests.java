package org.shuangda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.reporting.rounds.RegionSignoffs;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The upper level of the approval chain: the city accepts a county's roll-up only after all its units. */
@WebTest
class RegionSignoffTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired RegionSignoffs signoffs;

    @BeforeEach
    void grants() {
        ReportingFixtures.restoreGrants(jdbc);
    }

    private long demoRound(int seq) {
        return ReportingFixtures.demoRound(jdbc, seq);
    }

    private ResultActions accept(String user, long round, String region) throws Exception {
        return mvc.perform(post("/api/v1/rounds/" + round + "/regions/" + region + "/accept").with(users.as(user))
                .with(csrf()));
    }

    @Test
    void the_county_office_cannot_accept_its_own_roll_up() throws Exception {
        accept("licheng.office", demoRound(1), "140426").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value("只有上级办公室才能审核本地区的汇总数据"));
    }

    @Test
    void the_city_waits_for_every_unit_of_the_county() throws Exception {
        accept("changzhi.office", demoRound(3), "140426").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value("还有4个单位的报表未采用"));
        assertThat(signoffs.signedOff(users.actor("changzhi.office"), demoRound(3), "140426")).isFalse();
        accept("changzhi.office", demoRound(1), "140426").andExpect(status().isNoContent());
        assertThat(signoffs.signedOff(users.actor("changzhi.office"), demoRound(1), "140426")).isTrue();
    }

    @Test
    void a_city_is_accepted_only_after_its_counties() throws Exception {
        long round = demoRound(2);
        accept("shanxi.office", round, "140400").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value("还有1个下级地区的汇总未审核"));
        accept("pingshun.office", round, "140426").andExpect(status().isNotFound());
        accept("changzhi.office", round, "140426").andExpect(status().isNoContent());
        accept("shanxi.office", round, "140400").andExpect(status().isNoContent());
        assertThat(signoffs.signedOff(users.actor("changzhi.office"), round, "140400")).isTrue();
    }
}
