package org.shuangda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Roll-ups against the demo rounds: the running totals agree at every level with a plain GROUP BY over the
 * accepted raw values; units that did not report appear with zeros; cumulative figures are not added up.
 */
@WebTest
class RollupTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void grants() {
        ReportingFixtures.restoreGrants(jdbc);
    }

    private long demoRound(int seq) {
        return ReportingFixtures.demoRound(jdbc, seq);
    }

    /** The oracle: accepted raw values of units under {@code regionCode}, added up directly. */
    private BigDecimal groupBy(List<Long> rounds, String regionCode, String code) {
        return jdbc.sql("""
                select coalesce(sum(v.value), 0) from report_submission s
                  join submission_value v on v.submission_id = s.id
                  join report_indicator i on i.id = v.indicator_id
                  join unit u on u.id = s.unit_id join region g on g.code = u.region_code
                 where s.round_id = any(:rounds) and s.status = 'ACCEPTED' and i.code = :code
                   and (g.path like '%/' || :region || '/%' or :region = '000000')""")
                .param("rounds", rounds.toArray(Long[]::new)).param("region", regionCode).param("code", code)
                .query(BigDecimal.class).single();
    }

    private String rollup(String user, String query) throws Exception {
        return mvc.perform(get("/api/v1/rollups?" + query).with(users.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static BigDecimal value(String json, String path) {
        return new BigDecimal(JsonPath.read(json, path).toString());
    }

    @Test
    void every_level_agrees_with_a_group_by_over_accepted_values() throws Exception {
        long round = demoRound(3);
        for (String code : List.of("officers", "entities_checked", "cases_opened", "case_value")) {
            String county = rollup("licheng.office", "round=" + round);
            assertThat(value(county, "$.total.values." + code)).isEqualByComparingTo(groupBy(List.of(round), "140426", code));
            String city = rollup("changzhi.office", "round=" + round + "&region=140400");
            assertThat(value(city, "$.total.values." + code)).isEqualByComparingTo(groupBy(List.of(round), "140400", code));
            String province = rollup("shanxi.office", "round=" + round + "&region=140000");
            assertThat(value(province, "$.total.values." + code)).isEqualByComparingTo(groupBy(List.of(round), "140000", code));
        }
        BigDecimal sumOfRound = groupBy(List.of(round), "140426", "officers");
        BigDecimal everythingSubmitted = jdbc.sql("""
                select sum(v.value) from submission_value v join report_submission s on s.id = v.submission_id
                 join report_indicator i on i.id = v.indicator_id where s.round_id = :r and i.code = 'officers'""")
                .param("r", round).query(BigDecimal.class).single();
        assertThat(sumOfRound).isLessThan(everythingSubmitted); // the returned unit's figures are not counted
    }

    @Test
    void the_county_lists_every_unit_including_the_one_that_did_not_report() throws Exception {
        String county = rollup("licheng.office", "round=" + demoRound(3));
        List<Map<String, Object>> lines = JsonPath.read(county, "$.lines");
        assertThat(lines).hasSize(22);
        Map<String, Object> missing = lines.stream().filter(l -> l.get("name").equals("黎城县司法局")).findFirst().orElseThrow();
        assertThat(missing.get("acceptedUnits")).isEqualTo(0);
        assertThat(missing.get("submissionId")).isNull();
        assertThat(((Map<?, ?>) missing.get("values")).get("officers").toString()).isEqualTo("0");
        assertThat((Integer) JsonPath.read(county, "$.total.expectedUnits")).isEqualTo(22);
        assertThat((Integer) JsonPath.read(county, "$.total.acceptedUnits")).isEqualTo(18);
        String city = rollup("changzhi.office", "round=" + demoRound(3) + "&region=140400");
        assertThat((List<String>) JsonPath.read(city, "$.lines[*].key")).containsExactly("140426");
        assertThat((Integer) JsonPath.read(city, "$.total.expectedUnits")).isEqualTo(22); // a county round
    }

    @Test
    void a_campaign_of_period_figures_adds_its_rounds() throws Exception {
        long campaign = jdbc.sql("select campaign_id from report_round where id = :r").param("r", demoRound(1))
                .query(Long.class).single();
        String total = rollup("licheng.office", "campaign=" + campaign);
        List<Long> rounds = List.of(demoRound(1), demoRound(2), demoRound(3));
        assertThat(value(total, "$.total.values.officers")).isEqualByComparingTo(groupBy(rounds, "140426", "officers"));
        assertThat(value(total, "$.total.values.cases_opened")).isEqualByComparingTo("8");
        assertThat(value(total, "$.total.values.officers")).isBetween(new BigDecimal("400"), new BigDecimal("430"));
    }

    @Test
    void a_campaign_of_cumulative_figures_takes_the_latest_round_not_the_sum() throws Exception {
        long template = jdbc.sql("""
                insert into report_template (code, name, figures) values ('CUMULATIVE_TEST', '累计表', 'CUMULATIVE')
                returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into report_indicator (template_id, code, name, measure, value_type, sort_order)
                values (:t, 'officers', '出动执法人员', '人次', 'INTEGER', 1)""").param("t", template).update();
        long campaign = ReportingFixtures.newCampaign(jdbc, "140426");
        long[] rounds = new long[2];
        int[] cumulative = {10, 25};
        for (int i = 0; i < 2; i++) {
            String json = mvc.perform(post("/api/v1/rounds").with(users.as("licheng.office")).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"campaignId": %d, "templateId": %d, "regionCode": "140426", "name": "累计报送%d",
                             "periodFrom": "2030-01-01", "periodTo": "2030-01-31", "dueOn": "2030-02-0%d"}"""
                            .formatted(campaign, template, i + 1, i + 1)))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            rounds[i] = ((Number) JsonPath.read(json, "$.round.id")).longValue();
            ReportingFixtures fx = new ReportingFixtures(mvc, users, jdbc);
            long id = fx.openSubmission("licheng.reporter", rounds[i]);
            fx.putValues("licheng.reporter", id, "{\"officers\": " + cumulative[i] + "}").andExpect(status().isOk());
            fx.action("licheng.reporter", id, "submit").andExpect(status().isOk());
            fx.action("licheng.office", id, "accept").andExpect(status().isOk());
        }
        String total = rollup("licheng.office", "campaign=" + campaign);
        assertThat(value(total, "$.total.values.officers")).isEqualByComparingTo("25");
        assertThat(value(rollup("licheng.office", "round=" + rounds[0]), "$.total.values.officers"))
                .isEqualByComparingTo("10");
    }

    @Test
    void running_totals_equal_a_rebuild_and_regions_outside_scope_are_404() throws Exception {
        long round = demoRound(2);
        List<String> before = totals(round);
        List<String> countsBefore = counts(round);
        jdbc.sql("select 1 from reporting_rebuild_totals(:r)").param("r", round).query((rs, n) -> 1).list();
        assertThat(totals(round)).isEqualTo(before).isNotEmpty();
        assertThat(counts(round)).isEqualTo(countsBefore).isNotEmpty();
        mvc.perform(get("/api/v1/rollups?round=" + round + "&region=140400").with(users.as("licheng.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rollups?round=" + round + "&region=140426").with(users.as("pingshun.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rollups?round=" + round).with(users.as("licheng.reporter")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/rollups").with(users.as("licheng.office"))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("round"));
    }

    private List<String> counts(long round) {
        return jdbc.sql("""
                select region_code || ':' || sum(handed_in_units) || '/' || sum(accepted_units) || '/'
                       || sum(returned_units) || '/' || sum(on_time_units) || '/' || sum(late_units)
                  from report_region_progress where round_id = :r group by region_code order by 1""")
                .param("r", round).query(String.class).list();
    }

    private List<String> totals(long round) {
        return jdbc.sql("""
                select region_code || ':' || indicator_id || '=' || sum(value) from report_region_total
                 where round_id = :r group by region_code, indicator_id order by 1""").param("r", round).query(String.class).list();
    }
}
