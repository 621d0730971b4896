package org.shuangda.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The current city-wide campaign the run command leaves: a closed round and an open one for both counties. */
@WebTest
class CityCampaignDemoTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;

    private long round(String name) {
        return jdbc.sql("""
                select r.id from report_round r join campaign c on c.id = r.campaign_id
                 where r.name = :name and r.region_code = '140400' and c.title like '%长治市%'""")
                .param("name", name).query(Long.class).single();
    }

    private Map<String, String> statuses(long round) {
        return jdbc.sql("select u.name, s.status from report_submission s join unit u on u.id = s.unit_id where s.round_id = :r")
                .param("r", round).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void the_open_round_is_due_later_on_a_working_day_with_submitted_returned_and_missing_units() {
        long open = round(CityCampaignDemo.ROUND_2);
        LocalDate due = jdbc.sql("select due_on from report_round where id = :r").param("r", open)
                .query(LocalDate.class).single();
        assertThat(due).isAfter(LocalDate.now());
        Map<String, String> statuses = statuses(open);
        assertThat(statuses).doesNotContainKey(CityCampaignDemo.NOT_STARTED);
        assertThat(statuses.get(CityCampaignDemo.RETURNED)).isEqualTo("RETURNED");
        assertThat(statuses).containsKeys("平顺县工商行政管理局", "黎城县公安局", "长治市公安局");
        assertThat(statuses.values()).contains("ACCEPTED", "SUBMITTED");
        assertThat(jdbc.sql("select returned_reason from report_submission s join unit u on u.id = s.unit_id"
                + " where s.round_id = :r and u.name = :u").param("r", open).param("u", CityCampaignDemo.RETURNED)
                .query(String.class).single()).contains("检查户数与上报巡查记录不符");
    }

    @Test
    void the_closed_round_gives_the_trend_a_second_point_with_one_unit_that_never_reported() {
        long closed = round(CityCampaignDemo.ROUND_1);
        LocalDate locks = jdbc.sql("select locks_after from report_round where id = :r").param("r", closed)
                .query(LocalDate.class).single();
        assertThat(locks).isBefore(LocalDate.now());
        Map<String, String> statuses = statuses(closed);
        assertThat(statuses).doesNotContainKey(CityCampaignDemo.MISSING_ROUND_1);
        assertThat(statuses).containsEntry("黎城县工商行政管理局", "ACCEPTED").containsEntry("平顺县工商行政管理局", "ACCEPTED");
    }

    @Test
    void li_the_county_reporter_has_the_open_round_to_fill_in_right_away() throws Exception {
        mvc.perform(get("/").with(users.as("licheng.reporter"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(CityCampaignDemo.ROUND_2)));
        mvc.perform(get("/reporting").with(users.as("pingshun.reporter"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(CityCampaignDemo.ROUND_2)));
    }
}
