package org.shuangda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangda.audit.AuditChainer;
import org.shuangda.organization.UnitForm;
import org.shuangda.organization.UnitType;
import org.shuangda.organization.Units;
import org.shuangda.reporting.rollups.Cockpits;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cockpit of the upper level and the read-only leader over the demo's city-wide campaign: scope (the city
 * sees both counties, a county not the other, nothing outside the province), the ranking and totals against the
 * figures added up here from the submissions, and the leader's read-only pages.
 */
@WebTest
class CockpitTests {

    static final String OPEN_ROUND = "全市第二次数据报送";
    static final String CLOSED_ROUND = "全市第一次数据报送";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired Cockpits cockpits;
    @Autowired Units units;
    @Autowired AuditChainer chainer;

    long round(String name) {
        return jdbc.sql("select id from report_round where name = :n and region_code = '140400'").param("n", name)
                .query(Long.class).single();
    }

    long campaign() {
        return jdbc.sql("select campaign_id from report_round where id = :r").param("r", round(OPEN_ROUND))
                .query(Long.class).single();
    }

    int count(String sql, long round, String regionPath) {
        return jdbc.sql(sql).param("r", round).param("p", regionPath).query(Integer.class).single();
    }

    /** The figures a county's line must show, added up here from the units and their submissions. */
    record Expected(String code, int expected, int handedIn, int returned, int accepted, BigDecimal officers) {
        double rate() {
            return (double) (handedIn - returned) / expected;
        }
    }

    Expected expected(long round, String code, String path) {
        int expected = jdbc.sql("select count(*) from unit u join region g on g.code = u.region_code"
                + " where u.active and g.path like :p || '%'").param("p", path).query(Integer.class).single();
        String submitted = "select count(*) from report_submission s join unit u on u.id = s.unit_id join region g"
                + " on g.code = u.region_code where s.round_id = :r and g.path like :p || '%' and s.status ";
        BigDecimal officers = jdbc.sql("""
                select coalesce(sum(v.value), 0) from report_submission s join unit u on u.id = s.unit_id
                  join region g on g.code = u.region_code
                  join submission_value v on v.submission_id = s.id and v.breakdown_key = 0
                  join report_indicator i on i.id = v.indicator_id and i.code = 'officers'
                 where s.round_id = :r and g.path like :p || '%' and s.status = 'ACCEPTED'""")
                .param("r", round).param("p", path).query(BigDecimal.class).single();
        return new Expected(code, expected, count(submitted + "in ('SUBMITTED', 'RETURNED', 'ACCEPTED')", round, path),
                count(submitted + "= 'RETURNED'", round, path), count(submitted + "= 'ACCEPTED'", round, path), officers);
    }

    @Test
    void the_city_office_ranks_both_counties_by_completeness_with_totals_added_up_from_the_submissions() {
        Actor city = users.actor("changzhi.office");
        long round = round(OPEN_ROUND);
        Cockpits.Board board = cockpits.board(city, campaign(), null, null, "officers");
        assertThat(board.regionCode()).isEqualTo("140400");
        assertThat(board.round().id()).isEqualTo(round);
        List<Expected> counties = List.of(expected(round, "140426", "/140000/140400/140426/"),
                expected(round, "140425", "/140000/140400/140425/"));
        List<String> order = counties.stream()
                .sorted(Comparator.comparingDouble(Expected::rate).reversed().thenComparing(Expected::code))
                .map(Expected::code).toList();
        assertThat(board.ranking()).extracting(Cockpits.Ranked::code).containsExactlyElementsOf(order);
        assertThat(board.ranking()).extracting(Cockpits.Ranked::rank).containsExactly(1, 2);
        for (Expected e : counties) {
            Cockpits.Ranked line = board.ranking().stream().filter(r -> r.code().equals(e.code())).findFirst().orElseThrow();
            assertThat(line.expected()).as(e.code()).isEqualTo(e.expected());
            assertThat(line.handedIn()).as(e.code()).isEqualTo(e.handedIn());
            assertThat(line.returned()).as(e.code()).isEqualTo(e.returned());
            assertThat(line.accepted()).as(e.code()).isEqualTo(e.accepted());
            assertThat(line.value("officers")).as(e.code()).isEqualByComparingTo(e.officers());
        }
        // the demo: 黎城县 has 李's unit missing and 质监 returned, 平顺县 handed everything in
        assertThat(order).containsExactly("140425", "140426");
        Expected whole = expected(round, "140400", "/140000/140400/");
        assertThat(board.completeness().expected()).isEqualTo(whole.expected());
        assertThat(board.total("officers")).isEqualByComparingTo(whole.officers());
        // the city's own bureaus are listed beside the ranking, each a link to its submissions
        assertThat(board.units()).extracting(Cockpits.UnitLine::name).contains("长治市公安局");
        // two rounds of trend; the unit that never reported to the closed round is overdue
        assertThat(board.trend()).extracting(Cockpits.TrendPoint::name).containsExactly(CLOSED_ROUND, OPEN_ROUND);
        assertThat(board.overdue()).extracting(Cockpits.Overdue::unitName).contains("平顺县司法局");
    }

    @Test
    void the_pages_drill_from_city_to_county_to_unit_to_submission_and_export_the_view() throws Exception {
        long campaign = campaign();
        long round = round(OPEN_ROUND);
        mvc.perform(get("/cockpit").with(users.as("changzhi.office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"cockpit-rank-" + campaign + "-140425\"")))
                .andExpect(content().string(containsString("/cockpit?campaign=" + campaign + "&amp;round=" + round + "&amp;region=140426")));
        mvc.perform(get("/cockpit?campaign=" + campaign + "&round=" + round + "&region=140426").with(users.as("changzhi.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("黎城县质量技术监督局")))
                .andExpect(content().string(containsString("已退回")));
        long unit = jdbc.sql("select id from unit where name = '黎城县质量技术监督局'").query(Long.class).single();
        long submission = jdbc.sql("select id from report_submission where round_id = :r and unit_id = :u")
                .param("r", round).param("u", unit).query(Long.class).single();
        mvc.perform(get("/cockpit/units/" + unit + "?campaign=" + campaign).with(users.as("changzhi.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("检查户数与上报巡查记录不符")))
                .andExpect(content().string(containsString("/reporting/submissions/" + submission)));
        mvc.perform(get("/reporting/submissions/" + submission).with(users.as("changzhi.office"))).andExpect(status().isOk());
        byte[] xlsx = mvc.perform(get("/cockpit.xlsx?campaign=" + campaign + "&round=" + round).with(users.as("changzhi.office")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(OPEN_ROUND).contains("长治市");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("平顺县");
            assertThat(sheet.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("黎城县");
        }
        chainer.drain();
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'EXPORT' and object_type = 'campaign'
                   and object_id = :c and actor_username = 'changzhi.office' and summary like '%全市第二次数据报送%'""")
                .param("c", String.valueOf(campaign)).query(Integer.class).single()).isPositive();
    }

    @Test
    void the_province_ranks_its_cities_and_drills_province_to_city_to_county() throws Exception {
        long campaign = campaign();
        long round = round(OPEN_ROUND);
        Actor province = users.actor("shanxi.office");
        Cockpits.Board board = cockpits.board(province, campaign, null, "140000", null);
        assertThat(board.ranking()).extracting(Cockpits.Ranked::code).containsExactly("140400");
        assertThat(board.ranking().get(0).expected()).isEqualTo(expected(round, "140400", "/140000/140400/").expected());
        Cockpits.Board city = cockpits.board(province, campaign, null, null, null);
        assertThat(city.regionCode()).isEqualTo("140400");
        assertThat(city.crumbs()).extracting(Cockpits.Crumb::code).containsExactly("140000", "140400");
        mvc.perform(get("/cockpit?campaign=" + campaign + "&round=" + round + "&region=140000").with(users.as("shanxi.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("region=140400")));
        // the city office's crumbs start at its city: the province is not its to read
        assertThat(cockpits.board(users.actor("changzhi.office"), campaign, null, null, null).crumbs())
                .extracting(Cockpits.Crumb::code).containsExactly("140400");
        mvc.perform(get("/cockpit?campaign=" + campaign + "&region=140000").with(users.as("changzhi.office")))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_county_sees_its_own_county_only_and_nothing_outside_the_province_is_shown() throws Exception {
        long campaign = campaign();
        long round = round(OPEN_ROUND);
        Cockpits.Board county = cockpits.board(users.actor("licheng.office"), campaign, null, null, null);
        assertThat(county.regionCode()).isEqualTo("140426");
        assertThat(county.ranking()).isEmpty();
        assertThat(county.units()).extracting(Cockpits.UnitLine::name).contains("黎城县工商行政管理局")
                .noneMatch(n -> n.startsWith("平顺县"));
        mvc.perform(get("/cockpit?campaign=" + campaign + "&region=140425").with(users.as("licheng.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reporting/dashboard?campaign=" + campaign + "&round=" + round).with(users.as("licheng.office")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("黎城县工商行政管理局")))
                .andExpect(content().string(not(containsString("平顺县工商行政管理局"))));
        mvc.perform(get("/reporting/dashboard?campaign=" + campaign + "&round=" + round + "&region=140425")
                .with(users.as("licheng.office"))).andExpect(status().isNotFound());
        long pingshun = jdbc.sql("select id from unit where name = '平顺县工商行政管理局'").query(Long.class).single();
        mvc.perform(get("/cockpit/units/" + pingshun + "?campaign=" + campaign).with(users.as("licheng.leader")))
                .andExpect(status().isNotFound());
        // another province: its region and its units are not found, for the city office too
        long hebei = units.create(Actor.system("test"), new UnitForm("石家庄市测试局" + System.nanoTime(), null,
                UnitType.COMMERCE, "130100", null, null, null, null)).id();
        mvc.perform(get("/cockpit/units/" + hebei + "?campaign=" + campaign).with(users.as("changzhi.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cockpit?campaign=" + campaign + "&region=130100").with(users.as("changzhi.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cockpit?campaign=" + campaign + "&region=140100").with(users.as("changzhi.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cockpit.xlsx?campaign=" + campaign + "&region=130100").with(users.as("changzhi.office")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_upper_level_home_shows_its_cockpit_and_not_the_county_units_forms_to_review() throws Exception {
        mvc.perform(get("/").with(users.as("changzhi.office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"home-cockpit\"")))
                .andExpect(content().string(containsString("长治市打击侵犯知识产权和制售假冒伪劣商品专项行动")))
                .andExpect(content().string(not(containsString("审核" + OPEN_ROUND))));
        // the county office reviews its county's forms: its to-do stays, without a cockpit on its home
        mvc.perform(get("/").with(users.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("审核" + OPEN_ROUND)))
                .andExpect(content().string(not(containsString("id=\"home-cockpit\""))));
        mvc.perform(get("/").with(users.as("licheng.reporter"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"home-cockpit\""))));
        mvc.perform(get("/cockpit").with(users.as("licheng.reporter"))).andExpect(status().isForbidden());
    }

    @Test
    void the_read_only_leader_opens_the_statistics_and_his_cockpit_and_changes_nothing() throws Exception {
        long campaign = campaign();
        long round = round(OPEN_ROUND);
        String home = mvc.perform(get("/").with(users.as("licheng.leader"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("id=\"home-cockpit\"").contains("id=\"nav-cockpit\"").contains("href=\"/reporting\"")
                .doesNotContain("href=\"/admin/users\"");
        for (String page : List.of("/reporting", "/reporting/dashboard?campaign=" + campaign + "&round=" + round,
                "/reporting/dashboard?campaign=" + campaign, "/filings/stats", "/cockpit",
                "/cockpit?campaign=" + campaign, "/reporting/rounds/" + round + "/review",
                "/reporting/pivot?campaign=" + campaign + "&round=" + round)) {
            mvc.perform(get(page).with(users.as("licheng.leader"))).andExpect(status().isOk());
        }
        Cockpits.Board board = cockpits.board(users.actor("licheng.leader"), campaign, null, null, null);
        assertThat(board.regionCode()).isEqualTo("140426");
        long submitted = jdbc.sql("""
                select s.id from report_submission s join unit u on u.id = s.unit_id
                 where s.round_id = :r and u.name = '黎城县公安局'""").param("r", round).query(Long.class).single();
        String review = mvc.perform(get("/reporting/rounds/" + round + "/review").with(users.as("licheng.leader")))
                .andReturn().getResponse().getContentAsString();
        assertThat(review).doesNotContain("/submissions/" + submitted + "/accept").doesNotContain("/remind");
        String form = mvc.perform(get("/reporting/submissions/" + submitted).with(users.as("licheng.leader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("黎城县公安局").doesNotContain("id=\"submit\"").doesNotContain("id=\"save-draft\"");
        mvc.perform(post("/reporting/rounds/" + round + "/submissions/" + submitted + "/accept")
                .with(users.as("licheng.leader")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/reporting/rounds/" + round + "/mine").with(users.as("licheng.leader")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reporting/rounds/new").with(users.as("licheng.leader"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(users.as("licheng.leader"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select status from report_submission where id = :s").param("s", submitted)
                .query(String.class).single()).isEqualTo("SUBMITTED");
    }
}
