package org.shuangda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard, drill-down, pivot and the XLSX summary table, checked against the database. */
@WebTest
class DashboardPageTests {

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

    private long demoCampaign() {
        return jdbc.sql("select campaign_id from report_round where id = :r").param("r", demoRound(1)).query(Long.class).single();
    }

    private String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theDemosHistoricalRoundsAndSubmissionsAreAuditedLikeEveryChange() {
        long round = demoRound(1);
        long submissions = jdbc.sql("select count(*) from report_submission where round_id = :r").param("r", round)
                .query(Long.class).single();
        long audited = jdbc.sql("""
                select count(*) from (select object_type, object_id, action, actor_name from audit_entry
                                      union all select object_type, object_id, action, actor_name from audit_pending) a
                 where action = 'CREATE' and object_type = 'report_submission'
                   and object_id in (select id::text from report_submission where round_id = :r)""")
                .param("r", round).query(Long.class).single();
        assertThat(submissions).isPositive();
        assertThat(audited).isEqualTo(submissions);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'CREATE' and object_type = 'report_round'
                   and object_id = :r""").param("r", String.valueOf(round)).query(Long.class).single()
                + jdbc.sql("""
                select count(*) from audit_pending where action = 'CREATE' and object_type = 'report_round'
                   and object_id = :r""").param("r", String.valueOf(round)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDashboardWithoutACampaignOpensTheCockpitInsteadOfAnErrorPage() throws Exception {
        for (String user : new String[] {"licheng.office", "licheng.leader", "changzhi.office"}) {
            mvc.perform(get("/reporting/dashboard").with(users.as(user))).andExpect(status().isFound())
                    .andExpect(redirectedUrl("/cockpit"));
            mvc.perform(get("/reporting/dashboard?campaign=").with(users.as(user))).andExpect(status().isFound())
                    .andExpect(redirectedUrl("/cockpit"));
            assertThat(page(user, "/cockpit")).contains("驾驶舱");
        }
        // a malformed campaign is still bad input, not a redirect
        mvc.perform(get("/reporting/dashboard?campaign=abc").with(users.as("licheng.office")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void dashboard_renders_charts_data_completeness_and_switches_animation_and_language() throws Exception {
        long round = demoRound(3);
        String html = page("licheng.office", "/reporting/dashboard?campaign=" + demoCampaign() + "&round=" + round);
        assertThat(html).contains("data-chart=", "data-animation=\"true\"", "/js/reporting-dashboard.js", "id=\"chart-bars\"", "黎城县司法局", "合计");
        int expected = jdbc.sql("select count(*) from unit where region_code = '140426' and active").query(Integer.class).single();
        int accepted = jdbc.sql("select count(*) from report_submission where round_id = :r and status = 'ACCEPTED'")
                .param("r", round).query(Integer.class).single();
        assertThat(html).contains(accepted + "/" + expected + "家单位已采用");
        assertThat(page("licheng.office", "/reporting/dashboard?campaign=" + demoCampaign() + "&animation=0"))
                .contains("data-animation=\"false\"");
        assertThat(page("licheng.office", "/reporting/dashboard?campaign=" + demoCampaign() + "&lang=en"))
                .contains("units accepted", "Trend over rounds");
        String echarts = link(html.replace("src=", "href="), "/webjars/echarts/");
        mvc.perform(get(echarts)).andExpect(status().isOk());
        mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/reporting-dashboard.js")).andExpect(status().isOk());
    }

    @Test
    void drill_down_from_province_to_a_units_submission_in_three_clicks() throws Exception {
        long round = demoRound(3);
        String province = page("shanxi.office", "/reporting/dashboard?campaign=" + demoCampaign() + "&round=" + round + "&region=140000");
        String city = page("shanxi.office", link(province, "region=140400"));
        String county = page("shanxi.office", link(city, "region=140426"));
        long submission = jdbc.sql("""
                select s.id from report_submission s join unit u on u.id = s.unit_id
                 where s.round_id = :r and s.status = 'ACCEPTED' order by u.path limit 1""").param("r", round)
                .query(Long.class).single();
        page("shanxi.office", link(county, "/reporting/submissions/" + submission));
    }

    /** The first href on the page containing {@code fragment} (unescaped). */
    private static String link(String html, String fragment) {
        Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            if (href.contains(fragment)) {
                return href;
            }
        }
        throw new AssertionError("no link with " + fragment);
    }

    @Test
    void another_county_and_a_reporter_cannot_open_the_dashboard() throws Exception {
        mvc.perform(get("/reporting/dashboard?campaign=" + demoCampaign()).with(users.as("pingshun.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reporting/pivot.xlsx?campaign=" + demoCampaign()).with(users.as("pingshun.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reporting/dashboard?campaign=" + demoCampaign()).with(users.as("licheng.reporter")))
                .andExpect(status().isForbidden());
    }

    @Test
    void pivot_shows_all_indicators_with_totals() throws Exception {
        String html = page("licheng.office", "/reporting/pivot?campaign=" + demoCampaign() + "&by=unitType");
        assertThat(html).contains("黎城县打击侵犯知识产权和制售假冒伪劣商品专项行动统计汇总表", "出动执法人员(人次)", "结案率(%)",
                "id=\"pivot-total\"", "填报单位");
    }

    @Test
    void xlsx_summary_table_has_the_office_layout_and_the_databases_figures() throws Exception {
        long round = demoRound(2);
        byte[] bytes = mvc.perform(get("/reporting/pivot.xlsx?campaign=" + demoCampaign() + "&round=" + round)
                .with(users.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, Map<String, BigDecimal>> oracle = new HashMap<>();
        jdbc.sql("""
                select u.name, i.code, v.value from report_submission s join unit u on u.id = s.unit_id
                  join submission_value v on v.submission_id = s.id and v.breakdown_key = 0
                  join report_indicator i on i.id = v.indicator_id
                 where s.round_id = :r and s.status = 'ACCEPTED'""").param("r", round)
                .query((rs, n) -> oracle.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3)))
                .list();
        List<String> codes = jdbc.sql("""
                select i.code from report_indicator i join report_round o on o.template_id = i.template_id
                 where o.id = :r order by i.sort_order""").param("r", round).query(String.class).list();
        String office = jdbc.sql("select u.name from app_user a join unit u on u.id = a.unit_id where a.username = 'licheng.office'")
                .query(String.class).single();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("黎城县打击侵犯知识产权和制售假冒伪劣商品专项行动统计汇总表");
            assertThat(rowText(sheet.getRow(1))).contains("填报单位：" + office, "时间：");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("出动执法人员(人次)");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            int entered = (int) codes.stream().filter(c -> !c.endsWith("_rate")).count();
            Map<String, BigDecimal> sums = new HashMap<>();
            int last = sheet.getLastRowNum(); // 合计, above the signature block
            while (last > 3 && (sheet.getRow(last) == null || sheet.getRow(last).getCell(0) == null
                    || !"合计".equals(sheet.getRow(last).getCell(0).getStringCellValue()))) {
                last--;
            }
            int units = 0;
            for (int r = 3; r < last; r++, units++) {
                Row row = sheet.getRow(r);
                String unit = row.getCell(0).getStringCellValue();
                for (int c = 0; c < entered; c++) {
                    var cell = row.getCell(c + 1);
                    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                    BigDecimal expected = oracle.getOrDefault(unit, Map.of()).getOrDefault(codes.get(c), BigDecimal.ZERO);
                    assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(unit + " " + codes.get(c))
                            .isEqualByComparingTo(expected);
                    sums.merge(codes.get(c), expected, BigDecimal::add);
                }
            }
            assertThat(units).isEqualTo(jdbc.sql("select count(*) from unit where region_code = '140426' and active")
                    .query(Integer.class).single());
            Row total = sheet.getRow(last);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            for (int c = 0; c < entered; c++) {
                assertThat(BigDecimal.valueOf(total.getCell(c + 1).getNumericCellValue()))
                        .isEqualByComparingTo(sums.getOrDefault(codes.get(c), BigDecimal.ZERO));
            }
            assertThat(sums.get("officers")).isPositive();
        }
    }

    private static String rowText(Row row) {
        StringBuilder text = new StringBuilder();
        row.forEach(cell -> text.append(cell.getStringCellValue()).append(' '));
        return text.toString();
    }
}
