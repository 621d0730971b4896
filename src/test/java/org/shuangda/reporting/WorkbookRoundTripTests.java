package org.shuangda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Download the form, fill it offline, upload it: bad cells, other rounds' and tampered files are refused. */
@WebTest
class WorkbookRoundTripTests {

    private static final String REPORTER = "licheng.reporter";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    ReportingFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new ReportingFixtures(mvc, users, jdbc);
    }

    @Test
    void the_downloaded_form_names_unit_and_round_and_comes_back_as_the_draft() throws Exception {
        long id = fx.openSubmission(REPORTER, fx.openRound("140426"));
        fx.putValues(REPORTER, id, "{\"officers\": 40}");
        byte[] form = download(id);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(form))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).contains("黎城县工商行政管理局");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("第一次数据报送");
            assertThat(wb.getSheetAt(0).getRow(4).getCell(1).getStringCellValue()).isEqualTo("出动执法人员");
            assertThat(wb.getSheetAt(0).getRow(4).getCell(3).getNumericCellValue()).isEqualTo(40.0);
            assertThat(wb.isSheetVeryHidden(1)).isTrue();
        }
        upload(id, edit(form, wb -> {
            wb.getSheetAt(0).getRow(4).getCell(3).setCellValue(45);    // 出动执法人员
            wb.getSheetAt(0).getRow(8).getCell(3).setCellValue("3");   // 立案查处案件, typed as text
            wb.getSheetAt(0).getRow(11).getCell(3).setCellValue(12.5); // 案值
        })).andExpect(status().isOk())
                .andExpect(jsonPath("$.values.officers").value(45))
                .andExpect(jsonPath("$.values.cases_opened").value(3))
                .andExpect(jsonPath("$.values.case_value").value(12.5));
    }

    @Test
    void bad_cells_are_listed_by_address_and_nothing_is_saved() throws Exception {
        long id = fx.openSubmission(REPORTER, fx.openRound("140426"));
        fx.putValues(REPORTER, id, "{\"officers\": 40}");
        upload(id, edit(download(id), wb -> {
            wb.getSheetAt(0).getRow(4).getCell(3).setCellValue(99);
            wb.getSheetAt(0).getRow(8).getCell(3).setCellValue(-1);
            wb.getSheetAt(0).getRow(6).getCell(3).setCellValue("七十多个");
            wb.getSheetAt(0).getRow(5).getCell(3).setCellValue(30.5);
        })).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("D6"))
                .andExpect(jsonPath("$.errors[0].reason").value("“检查经营主体”须为整数（户）"))
                .andExpect(jsonPath("$.errors[1].field").value("D7"))
                .andExpect(jsonPath("$.errors[1].reason").value("“检查市场”须填写数字（个）"))
                .andExpect(jsonPath("$.errors[2].field").value("D9"))
                .andExpect(jsonPath("$.errors[2].reason").value("“立案查处案件”不能为负数"));
        mvc.perform(get("/api/v1/submissions/" + id).with(users.as(REPORTER)))
                .andExpect(jsonPath("$.values.officers").value(40));
    }

    @Test
    void a_tampered_file_or_another_rounds_file_is_refused() throws Exception {
        long id = fx.openSubmission(REPORTER, fx.openRound("140426"));
        long otherRoundsSubmission = fx.openSubmission(REPORTER, fx.openRound("140426"));
        byte[] form = download(id);
        upload(id, edit(form, wb -> wb.getSheet("_shuangda").getRow(0).getCell(1)
                .setCellValue(String.valueOf(otherRoundsSubmission))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].reason").value("报表的隐藏校验信息被修改过，请重新下载报表后填写"));
        upload(otherRoundsSubmission, form).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].reason").value("这是“第一次数据报送”的报表，不是本批次的报表"));
        upload(id, "not a workbook".getBytes()).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        upload(id, edit(form, wb -> wb.removeSheetAt(1))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value("该文件不是本系统下载的报表表样，请重新下载后填写"));
    }

    @Test
    void another_county_cannot_download_or_upload() throws Exception {
        long id = fx.openSubmission(REPORTER, fx.openRound("140426"));
        byte[] form = download(id);
        mvc.perform(get("/api/v1/submissions/" + id + "/workbook").with(users.as("pingshun.reporter")))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/submissions/" + id + "/workbook").file(file(form))
                .with(users.as("pingshun.reporter")).with(csrf())).andExpect(status().isNotFound());
    }

    private byte[] download(long id) throws Exception {
        return mvc.perform(get("/api/v1/submissions/" + id + "/workbook").with(users.as(REPORTER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private ResultActions upload(long id, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/v1/submissions/" + id + "/workbook").file(file(bytes))
                .with(users.as(REPORTER)).with(csrf()));
    }

    private static MockMultipartFile file(byte[] bytes) {
        return new MockMultipartFile("file", "report.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
    }

    private static byte[] edit(byte[] form, Consumer<Workbook> change) throws Exception {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(form));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
