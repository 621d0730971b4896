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
 * {@code /api/v1/rollups} by unit type and by unit, completeness and timeliness: every expectation is computed
 * here from the raw rows of the demo (never copied from what the code answered).
 */
@WebTest
class RollupReportTests {

    private static final List<String> CODES = List.of("officers", "entities_checked", "cases_opened", "case_value");

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

    private String rollup(String user, String query) throws Exception {
        return mvc.perform(get("/api/v1/rollups?" + query).with(users.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** Accepted raw values per unit type under 黎城县 (the oracle). */
    private Map<String, BigDecimal> byTypeOracle(long round, String code) {
        Map<String, BigDecimal> result = new java.util.HashMap<>();
        jdbc.sql("""
                select u.type, sum(v.value) from report_submission s join unit u on u.id = s.unit_id
                  join submission_value v on v.submission_id = s.id and v.breakdown_key = 0
                  join report_indicator i on i.id = v.indicator_id
                 where s.round_id = :r and s.status = 'ACCEPTED' and i.code = :code and u.region_code = '140426'
                 group by u.type""").param("r", round).param("code", code)
                .query((rs, n) -> result.put(rs.getString(1), rs.getBigDecimal(2))).list();
        return result;
    }

    @Test
    void by_unit_type_agrees_with_a_group_by_and_adds_up_to_the_total() throws Exception {
        long round = demoRound(3);
        String json = rollup("licheng.office", "round=" + round + "&by=unitType");
        assertThat((String) JsonPath.read(json, "$.by")).isEqualTo("unitType");
        List<Map<String, Object>> lines = JsonPath.read(json, "$.lines");
        int types = jdbc.sql("select count(distinct type) from unit where region_code = '140426' and active")
                .query(Integer.class).single();
        assertThat(lines).hasSize(types).hasSizeGreaterThan(1);
        for (String code : CODES) {
            Map<String, BigDecimal> oracle = byTypeOracle(round, code);
            BigDecimal sum = BigDecimal.ZERO;
            for (Map<String, Object> line : lines) {
                BigDecimal value = new BigDecimal(((Map<?, ?>) line.get("values")).get(code).toString());
                assertThat(value).as(code + " " + line.get("key"))
                        .isEqualByComparingTo(oracle.getOrDefault((String) line.get("key"), BigDecimal.ZERO));
                sum = sum.add(value);
            }
            assertThat(sum).isEqualByComparingTo(new BigDecimal(JsonPath.read(json, "$.total.values." + code).toString()));
        }
    }

    @Test
    void by_unit_lists_missing_units_as_missing_and_never_inflates_the_total() throws Exception {
        long round = demoRound(3);
        String json = rollup("licheng.office", "round=" + round + "&by=unit");
        List<Map<String, Object>> lines = JsonPath.read(json, "$.lines");
        int active = jdbc.sql("select count(*) from unit u join region g on g.code = u.region_code "
                + "where u.active and g.path like '%/140426/%'").query(Integer.class).single();
        assertThat(lines).hasSize(active);
        List<String> notAccepted = jdbc.sql("""
                select u.name from unit u left join report_submission s on s.unit_id = u.id and s.round_id = :r
                 where u.region_code = '140426' and u.active and (s.status is null or s.status <> 'ACCEPTED')""")
                .param("r", round).query(String.class).list();
        assertThat(notAccepted).isNotEmpty();
        for (Map<String, Object> line : lines) {
            boolean counted = !notAccepted.contains((String) line.get("name"));
            assertThat(line.get("acceptedUnits")).as((String) line.get("name")).isEqualTo(counted ? 1 : 0);
            assertThat(line.get("submissionId") != null).isEqualTo(counted);
        }
        for (String code : CODES) {
            BigDecimal sum = lines.stream().map(l -> new BigDecimal(((Map<?, ?>) l.get("values")).get(code).toString()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(new BigDecimal(JsonPath.read(json, "$.total.values." + code).toString()));
        }
    }

    @Test
    void completeness_and_timeliness_of_each_demo_round_match_the_submissions() throws Exception {
        long campaign = jdbc.sql("select campaign_id from report_round where id = :r").param("r", demoRound(1))
                .query(Long.class).single();
        String json = rollup("licheng.office", "campaign=" + campaign);
        int expectedSum = 0, lateSum = 0;
        for (int seq = 1; seq <= 3; seq++) {
            long round = demoRound(seq);
            int expected = jdbc.sql("select count(*) from unit where region_code = '140426' and active")
                    .query(Integer.class).single();
            Map<String, Object> facts = jdbc.sql("""
                    select count(*) filter (where status <> 'DRAFT') as submitted,
                           count(*) filter (where status = 'ACCEPTED') as accepted,
                           count(*) filter (where status = 'RETURNED') as returned,
                           count(*) filter (where status <> 'DRAFT' and on_time) as on_time,
                           count(*) filter (where status <> 'DRAFT' and not on_time) as late
                      from report_submission where round_id = :r""").param("r", round).query().singleRow();
            List<String> missing = jdbc.sql("""
                    select u.name from unit u where u.region_code = '140426' and u.active and not exists
                      (select 1 from report_submission s where s.unit_id = u.id and s.round_id = :r and s.status <> 'DRAFT')
                     order by u.path""").param("r", round).query(String.class).list();
            String one = rollup("licheng.office", "round=" + round);
            assertThat((Integer) JsonPath.read(one, "$.completeness.expected")).isEqualTo(expected);
            assertThat(((Number) JsonPath.read(one, "$.completeness.submitted")).longValue()).isEqualTo(facts.get("submitted"));
            assertThat(((Number) JsonPath.read(one, "$.completeness.accepted")).longValue()).isEqualTo(facts.get("accepted"));
            assertThat(((Number) JsonPath.read(one, "$.completeness.returned")).longValue()).isEqualTo(facts.get("returned"));
            assertThat(((Number) JsonPath.read(one, "$.completeness.onTime")).longValue()).isEqualTo(facts.get("on_time"));
            assertThat(((Number) JsonPath.read(one, "$.completeness.late")).longValue()).isEqualTo(facts.get("late"));
            assertThat((List<String>) JsonPath.read(one, "$.completeness.missingUnits")).containsExactlyElementsOf(missing);
            assertThat((Integer) JsonPath.read(one, "$.completeness.missing")).isEqualTo(missing.size());
            long onTime = (Long) facts.get("on_time"), late = (Long) facts.get("late");
            assertThat((Double) JsonPath.read(one, "$.completeness.timeliness"))
                    .isCloseTo((double) onTime / (onTime + late), org.assertj.core.data.Offset.offset(1e-9));
            assertThat((Integer) JsonPath.read(json, "$.rounds[" + (seq - 1) + "].late")).isEqualTo((int) late);
            assertThat((List<Map<String, Object>>) JsonPath.read(one, "$.units")).hasSize(expected);
            expectedSum += expected;
            lateSum += (int) late;
        }
        assertThat((Integer) JsonPath.read(json, "$.completeness.expected")).isEqualTo(expectedSum);
        assertThat((Integer) JsonPath.read(json, "$.completeness.late")).isEqualTo(lateSum).isPositive();
        assertThat((List<String>) JsonPath.read(json, "$.completeness.missingUnits")).isNotEmpty()
                .allMatch(name -> name.contains("("));
    }

    @Test
    void cumulative_campaign_by_unit_type_takes_the_latest_round_and_a_unit_that_never_reported_adds_nothing()
            throws Exception {
        long template = jdbc.sql("""
                insert into report_template (code, name, figures) values ('CUMULATIVE_BY_TYPE', '累计表', 'CUMULATIVE')
                returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into report_indicator (template_id, code, name, measure, value_type, sort_order)
                values (:t, 'officers', '出动执法人员', '人次', 'INTEGER', 1)""").param("t", template).update();
        long campaign = ReportingFixtures.newCampaign(jdbc, "140426");
        ReportingFixtures fx = new ReportingFixtures(mvc, users, jdbc);
        int[] cumulative = {7, 19};
        for (int i = 0; i < 2; i++) {
            String json = mvc.perform(post("/api/v1/rounds").with(users.as("licheng.office")).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"campaignId": %d, "templateId": %d, "regionCode": "140426", "name": "累计%d",
                             "periodFrom": "2031-01-01", "periodTo": "2031-01-31", "dueOn": "2031-02-0%d"}"""
                            .formatted(campaign, template, i + 1, i + 1)))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            long round = ((Number) JsonPath.read(json, "$.round.id")).longValue();
            long id = fx.openSubmission("licheng.reporter", round);
            fx.putValues("licheng.reporter", id, "{\"officers\": " + cumulative[i] + "}").andExpect(status().isOk());
            fx.action("licheng.reporter", id, "submit").andExpect(status().isOk());
            fx.action("licheng.office", id, "accept").andExpect(status().isOk());
        }
        String reporterType = jdbc.sql("select u.type from app_user a join unit u on u.id = a.unit_id where a.username = 'licheng.reporter'")
                .query(String.class).single();
        String json = rollup("licheng.office", "campaign=" + campaign + "&by=unitType");
        List<Map<String, Object>> lines = JsonPath.read(json, "$.lines");
        for (Map<String, Object> line : lines) {
            String officers = ((Map<?, ?>) line.get("values")).get("officers").toString();
            assertThat(new BigDecimal(officers)).isEqualByComparingTo(line.get("key").equals(reporterType) ? "19" : "0");
        }
        assertThat(new BigDecimal(JsonPath.read(json, "$.total.values.officers").toString())).isEqualByComparingTo("19");
        assertThat((Integer) JsonPath.read(json, "$.rounds[1].accepted")).isEqualTo(1);
    }

    @Test
    void scope_another_county_is_404_a_reporter_is_refused_and_bad_by_is_422() throws Exception {
        long round = demoRound(3);
        for (String by : List.of("region", "unitType", "unit")) {
            mvc.perform(get("/api/v1/rollups?round=" + round + "&region=140426&by=" + by).with(users.as("pingshun.office")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/rollups?round=" + round + "&by=" + by).with(users.as("licheng.reporter")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/rollups?round=" + round + "&by=colour").with(users.as("licheng.office")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("by"));
        // the city office drills from the city through the county to the units
        String city = rollup("changzhi.office", "round=" + round + "&region=140400&by=unit");
        String county = rollup("licheng.office", "round=" + round + "&by=unit");
        assertThat((List<Object>) JsonPath.read(city, "$.lines[*].key"))
                .containsExactlyElementsOf(JsonPath.read(county, "$.lines[*].key"));
    }
}
