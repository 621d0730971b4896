package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.DerivedFigures;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Counts offered to reporting as derived figures, the statistics page and its workbook. */
@WebTest
class FilingStatisticsTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired List<DerivedFigures> derived;

    @Test
    void aUnitsReceivedFilingsAreDerivedFiguresOfTheBuiltInTemplate() throws Exception {
        DerivedFigures complaints = derived.stream().filter(d -> d.sourceLabel().equals("derived.source.complaints"))
                .findFirst().orElseThrow();
        long unit = jdbc.sql("select id from unit where name = '平顺县工商行政管理局'").query(Long.class).single();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, BigDecimal> before = complaints.figuresFor(unit, today, today);
        FilingWork work = new FilingWork(mvc, demo, jdbc);
        work.fileTip("140425", "平顺县统计测试商行", "统计测试：假冒商品");
        work.file(FilingFixtures.complaintJson("统计测试：质量问题", "140425", "平顺县统计测试电器行"));
        Map<String, BigDecimal> after = complaints.figuresFor(unit, today, today);
        assertThat(after.get("tips_received").subtract(before.get("tips_received"))).isEqualByComparingTo("1");
        assertThat(after.get("complaints_received").subtract(before.get("complaints_received")))
                .isEqualByComparingTo("1");
        assertThat(complaints.figuresFor(unit, today.minusYears(30), today.minusYears(29)).get("tips_received"))
                .isEqualByComparingTo("0");
        List<String> codes = jdbc.sql("""
                select i.code from report_indicator i join report_template t on t.id = i.template_id
                 where t.code = 'SHUANGDA_COMPLAINTS'""").query(String.class).list();
        assertThat(after.keySet()).allMatch(codes::contains);
    }

    @Test
    void theStatisticsPageChartsTheCountsAndTheWorkbookHasThem() throws Exception {
        mvc.perform(get("/filings/stats").with(demo.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("filing-stats")))
                .andExpect(content().string(containsString("按渠道")))
                .andExpect(content().string(containsString("12315 市场监管热线")));
        byte[] xlsx = mvc.perform(get("/filings/stats.xlsx").with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0).forEach(r -> r.forEach(c -> all.append(c.toString()).append('|')));
            assertThat(all.toString()).contains("按类型").contains("举报").contains("登记总数");
        }
        mvc.perform(get("/filings/stats").with(demo.as("licheng.police"))).andExpect(status().isForbidden());
    }
}
