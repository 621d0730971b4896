package org.shuangda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 收缴查扣物品 by product category end to end: API, web form, XLSX round trip, roll-up and summary export.
 * The built-in template's categories (V12): 食品、药品、农资、建材、汽车配件、电子产品、其他.
 */
@WebTest
class BreakdownTests {

    private static final String REPORTER = "licheng.reporter";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    ReportingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new ReportingFixtures(mvc, users, jdbc);
    }

    private ResultActions putBody(long id, String body) throws Exception {
        return mvc.perform(put("/api/v1/submissions/" + id + "/values").with(users.as(REPORTER)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void api_takes_categories_computes_the_total_refuses_a_wrong_sum_and_rolls_them_up() throws Exception {
        long round = fx.openRound("140426");
        long id = fx.openSubmission(REPORTER, round);
        putBody(id, """
                {"values": {"officers": 10}, "breakdowns": {"items_seized": {"食品": 30, "药品": "", "电子产品": "12"}}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values.items_seized").value(42))
                .andExpect(jsonPath("$.breakdowns.items_seized.食品").value(30))
                .andExpect(jsonPath("$.breakdowns.items_seized.药品").value(0))
                .andExpect(jsonPath("$.breakdowns.items_seized.电子产品").value(12));
        putBody(id, """
                {"values": {"officers": 11, "items_seized": 50},
                 "breakdowns": {"items_seized": {"食品": 30, "农资": -2, "化妆品": 1}}}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("breakdowns.items_seized.农资"))
                .andExpect(jsonPath("$.errors[0].reason").value("“收缴查扣物品（农资）”不能为负数"))
                .andExpect(jsonPath("$.errors[1].field").value("breakdowns.items_seized.化妆品"));
        putBody(id, """
                {"values": {"items_seized": 50}, "breakdowns": {"items_seized": {"食品": 30, "其他": 5}}}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("values.items_seized"))
                .andExpect(jsonPath("$.errors[0].reason").value("“收缴查扣物品”各分类之和为35，与合计50不一致"));
        // nothing of the refused bodies was saved
        mvc.perform(get("/api/v1/submissions/" + id).with(users.as(REPORTER)))
                .andExpect(jsonPath("$.values.officers").value(10))
                .andExpect(jsonPath("$.values.items_seized").value(42));
        assertThat(jdbc.sql("""
                select after ->> 'items_seized.电子产品' from audit_entry
                 where object_type = 'report_submission' and object_id = :id and action = 'UPDATE'
                 order by id desc limit 1""").param("id", String.valueOf(id)).query(String.class).single())
                .isEqualTo("12");

        fx.action(REPORTER, id, "submit").andExpect(status().isOk());
        fx.action("licheng.office", id, "accept").andExpect(status().isOk());
        // the regional running totals hold the total only; the categories roll up beside them
        assertThat(jdbc.sql("""
                select t.value from report_region_total t join report_indicator i on i.id = t.indicator_id
                 where t.round_id = :r and t.region_code = '140400' and i.code = 'items_seized'""")
                .param("r", round).query(BigDecimal.class).single()).isEqualByComparingTo("42");
        mvc.perform(get("/api/v1/rollups/breakdowns").param("round", String.valueOf(round)).param("region", "140400")
                        .with(users.as("changzhi.office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns[0].key").value("items_seized#1"))
                .andExpect(jsonPath("$.columns[0].label").value("食品"))
                .andExpect(jsonPath("$.total['items_seized#1']").value(30))
                .andExpect(jsonPath("$.total['items_seized#6']").value(12))
                .andExpect(jsonPath("$.lines['140426']['items_seized#1']").value(30))
                .andExpect(jsonPath("$.lines['140426']['items_seized#2']").value(0));
        mvc.perform(get("/api/v1/rollups/breakdowns").param("round", String.valueOf(round)).param("region", "140426")
                .with(users.as("pingshun.office"))).andExpect(status().isNotFound());
    }

    @Test
    void web_form_shows_category_inputs_and_takes_their_sum_over_a_stale_total() throws Exception {
        long id = fx.openSubmission(REPORTER, fx.openRound("140426"));
        String html = mvc.perform(get("/reporting/submissions/" + id).with(users.as(REPORTER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("name=\"b.items_seized.1\"", "其中：食品", "name=\"b.items_seized.7\"", "其中：其他",
                "data-breakdown-total=\"items_seized\"", "reporting-submission.js");
        mvc.perform(post("/reporting/submissions/" + id).with(users.as(REPORTER)).with(csrf())
                        .param("v.officers", "8").param("v.items_seized", "99")
                        .param("b.items_seized.1", "4").param("b.items_seized.3", "3").param("action", "save"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/submissions/" + id).with(users.as(REPORTER)))
                .andExpect(jsonPath("$.values.items_seized").value(7))
                .andExpect(jsonPath("$.breakdowns.items_seized.农资").value(3));
        String again = mvc.perform(post("/reporting/submissions/" + id).with(users.as(REPORTER)).with(csrf())
                        .param("v.items_seized", "").param("b.items_seized.2", "-1").param("action", "save"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("“收缴查扣物品（药品）”不能为负数", "value=\"-1\"", "is-invalid");
    }

    @Test
    void workbook_carries_category_rows_and_reads_them_back_with_cell_errors() throws Exception {
        long id = fx.openSubmission(REPORTER, fx.openRound("140426"));
        putBody(id, "{\"values\": {}, \"breakdowns\": {\"items_seized\": {\"食品\": 5, \"建材\": 2}}}")
                .andExpect(status().isOk());
        byte[] form = mvc.perform(get("/api/v1/submissions/" + id + "/workbook").with(users.as(REPORTER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        int totalRow;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(form))) {
            Sheet sheet = wb.getSheetAt(0);
            totalRow = rowOf(sheet, "收缴查扣物品");
            assertThat(sheet.getRow(totalRow).getCell(3).getNumericCellValue()).isEqualTo(7.0);
            assertThat(sheet.getRow(totalRow + 1).getCell(1).getStringCellValue()).contains("其中：食品");
            assertThat(sheet.getRow(totalRow + 1).getCell(3).getNumericCellValue()).isEqualTo(5.0);
            assertThat(sheet.getRow(totalRow + 4).getCell(1).getStringCellValue()).contains("其中：建材");
            assertThat(sheet.getRow(totalRow + 7).getCell(1).getStringCellValue()).contains("其中：其他");
        }
        int t = totalRow;
        upload(id, edit(form, sheet -> {
            sheet.getRow(t).getCell(3).setBlank();
            sheet.getRow(t + 2).getCell(3).setCellValue(6);  // 药品
        })).andExpect(status().isOk())
                .andExpect(jsonPath("$.values.items_seized").value(13))
                .andExpect(jsonPath("$.breakdowns.items_seized.药品").value(6));
        String totalCell = "D" + (t + 1);
        String foodCell = "D" + (t + 2);
        upload(id, edit(form, sheet -> {
            sheet.getRow(t).getCell(3).setCellValue(100);
            sheet.getRow(t + 1).getCell(3).setCellValue("五");
        })).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value(foodCell))
                .andExpect(jsonPath("$.errors[0].reason").value("“收缴查扣物品（食品）”须填写数字（件）"));
        upload(id, edit(form, sheet -> sheet.getRow(t).getCell(3).setCellValue(100)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value(totalCell));
        mvc.perform(get("/api/v1/submissions/" + id).with(users.as(REPORTER)))
                .andExpect(jsonPath("$.values.items_seized").value(13));
    }

    @Test
    void demo_campaign_summary_export_and_dashboard_show_categories_that_add_up() throws Exception {
        long round = ReportingFixtures.demoRound(jdbc, 1);
        long campaign = jdbc.sql("select campaign_id from report_round where id = :r").param("r", round)
                .query(Long.class).single();
        byte[] xlsx = mvc.perform(get("/reporting/pivot.xlsx?campaign=" + campaign + "&round=" + round)
                .with(users.as("licheng.office"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(2).forEach(c -> header.add(c.getStringCellValue()));
            int total = header.indexOf("收缴查扣物品(件)");
            List<Integer> categories = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).startsWith("收缴查扣物品：")) {
                    categories.add(c);
                }
            }
            assertThat(header).contains("收缴查扣物品：食品(件)", "收缴查扣物品：其他(件)");
            assertThat(categories).hasSize(7);
            Row found = null; // 合计: the signature block follows it
            for (Row row : sheet) {
                if (row.getCell(0) != null && "合计".equals(row.getCell(0).getStringCellValue())) {
                    found = row;
                }
            }
            assertThat(found).isNotNull();
            Row sums = found;
            double parts = categories.stream().mapToDouble(c -> sums.getCell(c).getNumericCellValue()).sum();
            assertThat(sums.getCell(total).getNumericCellValue()).isEqualTo(150.0).isEqualTo(parts);
        }
        String dashboard = mvc.perform(get("/reporting/dashboard?campaign=" + campaign + "&indicator=items_seized")
                .with(users.as("licheng.office"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(dashboard).contains("其中：食品", "其中：汽车配件");
    }

    private static int rowOf(Sheet sheet, String startsWith) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && row.getCell(1).getStringCellValue().startsWith(startsWith)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(startsWith);
    }

    private ResultActions upload(long id, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/v1/submissions/" + id + "/workbook").file(new MockMultipartFile("file",
                "report.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes))
                .with(users.as(REPORTER)).with(csrf()));
    }

    private static byte[] edit(byte[] form, java.util.function.Consumer<Sheet> change) throws Exception {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(form));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb.getSheetAt(0));
            wb.write(out);
            return out.toByteArray();
        }
    }
}
