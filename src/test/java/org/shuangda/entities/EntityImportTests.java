package org.shuangda.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.AuditAction;
import org.shuangda.shared.AuditableChange;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Upload → preview with per-row errors → fix a row in place → commit all at once; bad files refused. */
@WebTest
@RecordApplicationEvents
class EntityImportTests {

    private static final String OFFICE = "licheng.office";
    private static final String HEADER = "名称,统一社会信用代码,主体类型,地址,行政区划代码,法定代表人,法定代表人身份证号,联系人,联系电话";
    private static final EntityFixtures FIXTURES = new EntityFixtures(202);

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired LegalRepIdCipher idCipher;
    @Autowired ApplicationEvents events;

    static byte[] xlsx(List<String[]> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("市场主体");
            String[] header = HEADER.split(",");
            for (int r = 0; r <= rows.size(); r++) {
                Row row = sheet.createRow(r);
                String[] cells = r == 0 ? header : rows.get(r - 1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] != null) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static String[] row(String name, String uscc, String region) {
        return new String[] {name, uscc, "企业", "黎城县黎侯镇", region, "测试丙", "140426198001011231", "测试丁",
            "0355-6661234"};
    }

    ResultActions upload(String user, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/entities/import").file(new MockMultipartFile("file", fileName,
                "application/octet-stream", content)).with(demo.as(user)).with(csrf()));
    }

    long uploadOk(String fileName, byte[] content) throws Exception {
        String location = upload(OFFICE, fileName, content).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long count(String namePrefix) {
        return jdbc.sql("select count(*) from market_entity where name like :p").param("p", namePrefix + "%")
                .query(Long.class).single();
    }

    @Test
    void aBadRowIsShownFixedInPlaceAndThenEverythingIsCommittedWithOneAuditEntry() throws Exception {
        String[] wrong = EntityFixtures.withWrongCheck(FIXTURES.uscc("140426"));
        String goodCode = wrong[0].substring(0, 17) + wrong[1];
        byte[] file = xlsx(List.of(row("导入甲商贸有限公司", FIXTURES.uscc("140426"), "140426"),
                row("导入乙商贸有限公司", wrong[0], "140426"),
                row("导入丙商贸有限公司", FIXTURES.uscc("140426"), "140426")));
        long batch = uploadOk("主体.xlsx", file);
        assertThat(count("导入")).isZero(); // nothing committed by the preview

        mvc.perform(get("/entities/import/" + batch).with(demo.as(OFFICE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"row-3\"")))
                .andExpect(content().string(containsString("统一社会信用代码校验位错误，应为 " + wrong[1])))
                .andExpect(content().string(containsString("可导入 2 行，有错误 1 行")))
                .andExpect(content().string(not(containsString("id=\"row-2\""))));
        mvc.perform(post("/entities/import/" + batch + "/commit").with(demo.as(OFFICE)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("还有 1 行有错误")));
        assertThat(count("导入")).isZero();

        mvc.perform(get("/entities/import/" + batch + "/rows/3/edit").with(demo.as(OFFICE)))
                .andExpect(content().string(containsString("id=\"row-3-save\"")))
                .andExpect(content().string(containsString("id=\"row-3-usccOverride\"")));
        mvc.perform(post("/entities/import/" + batch + "/rows/3").with(demo.as(OFFICE)).with(csrf())
                        .param("name", "导入乙商贸有限公司").param("uscc", goodCode).param("entityType", "ENTERPRISE")
                        .param("regionCode", "140426").param("legalRepIdNumber", "140426********1231"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "import-row-fixed"))
                .andExpect(content().string(containsString("table-success")));
        mvc.perform(get("/entities/import/" + batch + "/summary").with(demo.as(OFFICE)))
                .andExpect(content().string(containsString("可导入 3 行，有错误 0 行")));

        mvc.perform(post("/entities/import/" + batch + "/commit").with(demo.as(OFFICE)).with(csrf()))
                .andExpect(redirectedUrl("/entities"));
        assertThat(count("导入")).isEqualTo(3);
        // the masked value kept the number; the bulk copy moved it as the ciphertext it was in the staging table
        String stored = jdbc.sql("select legal_rep_id_number from market_entity where name = '导入乙商贸有限公司'")
                .query(String.class).single();
        assertThat(LegalRepIdCipher.isClear(stored)).isFalse();
        assertThat(idCipher.decrypt(stored)).isEqualTo("140426198001011231");
        List<AuditableChange> imports = events.stream(AuditableChange.class)
                .filter(c -> c.action() == AuditAction.IMPORT).toList();
        assertThat(imports).hasSize(1);
        assertThat(imports.get(0).after()).containsEntry("batchId", batch).containsEntry("rows", 3);
        assertThat(events.stream(AuditableChange.class).filter(c -> c.action() == AuditAction.CREATE)).isEmpty();
        mvc.perform(get("/entities").param("q", "导入乙").with(demo.as(OFFICE)))
                .andExpect(content().string(containsString("导入乙商贸有限公司")));
        mvc.perform(post("/entities/import/" + batch + "/commit").with(demo.as(OFFICE)).with(csrf()))
                .andExpect(status().isUnprocessableContent()); // not twice
    }

    @Test
    void duplicatesInTheFileOrTheDirectoryAndForeignRegionsAreRowErrors() throws Exception {
        String repeated = FIXTURES.uscc("140426");
        String registered = jdbc.sql("select uscc from market_entity where name = '黎城县鑫源商贸有限公司'")
                .query(String.class).single();
        byte[] file = xlsx(List.of(row("重复甲有限公司", repeated, "140426"), row("重复乙有限公司", repeated, "140426"),
                row("已登记有限公司", registered, "140426"), row("平顺有限公司", FIXTURES.uscc("140425"), "140425")));
        long batch = uploadOk("dup.xlsx", file);
        mvc.perform(get("/entities/import/" + batch).with(demo.as(OFFICE)))
                .andExpect(content().string(containsString("与第 2 行的统一社会信用代码重复")))
                .andExpect(content().string(containsString("已登记：黎城县鑫源商贸有限公司")))
                .andExpect(content().string(containsString("不在您的数据范围内")))
                .andExpect(content().string(containsString("有错误 3 行")));
        mvc.perform(get("/entities/import/" + batch).with(demo.as("pingshun.office")))
                .andExpect(status().isNotFound()); // a batch is its uploader's only
    }

    @Test
    void gbkCsvFromExcelIsRead() throws Exception {
        String csv = HEADER + "\r\n\"GBK导入,有限公司\"," + FIXTURES.uscc("140426")
                + ",个体工商户,黎城县,140426,王某,,王某,13800001111\r\n";
        long batch = uploadOk("excel.csv", csv.getBytes("GBK"));
        mvc.perform(get("/entities/import/" + batch).with(demo.as(OFFICE)))
                .andExpect(content().string(containsString("可导入 1 行，有错误 0 行")));
        mvc.perform(post("/entities/import/" + batch + "/commit").with(demo.as(OFFICE)).with(csrf()))
                .andExpect(redirectedUrl("/entities"));
        assertThat(jdbc.sql("select entity_type from market_entity where name = 'GBK导入,有限公司'")
                .query(String.class).single()).isEqualTo("INDIVIDUAL_BUSINESS");
    }

    @Test
    void oddFilesAreRefusedWithAClearReason() throws Exception {
        expectRefused("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "另存为");
        expectRefused("fake.xlsx", "not a spreadsheet at all".getBytes(StandardCharsets.UTF_8), "已损坏");
        expectRefused("zip.xlsx", zipWithoutWorkbook(), "已损坏");
        expectRefused("notes.txt", "名称\n甲".getBytes(StandardCharsets.UTF_8), "只能导入 .xlsx 或 .csv");
        expectRefused("empty.xlsx", new byte[0], "文件是空的");
        expectRefused("short.csv", "名称,统一社会信用代码,主体类型,地址,行政区划代码,法定代表人,法定代表人身份证号,联系人\n甲"
                .getBytes(StandardCharsets.UTF_8), "缺少列：联系电话");
        expectRefused("header.csv", (HEADER + "\n").getBytes(StandardCharsets.UTF_8), "没有数据行");
        StringBuilder many = new StringBuilder(HEADER).append('\n');
        many.append("甲\n".repeat(200_001));
        expectRefused("many.csv", many.toString().getBytes(StandardCharsets.UTF_8), "行上限");
        byte[] truncated = xlsx(List.<String[]>of(row("截断有限公司", FIXTURES.uscc("140426"), "140426")));
        expectRefused("cut.xlsx", java.util.Arrays.copyOf(truncated, truncated.length / 2), "已损坏");
    }

    private void expectRefused(String name, byte[] content, String reason) throws Exception {
        upload(OFFICE, name, content).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"import-error\"")))
                .andExpect(content().string(containsString(reason)));
    }

    private static byte[] zipWithoutWorkbook() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void theOptionalEstablishmentDateColumnIsCheckedFixedAndImported() throws Exception {
        String header = HEADER + ",成立日期";
        String good = FIXTURES.uscc("140426");
        String bad = FIXTURES.uscc("140426");
        String csv = header + "\n成立日期导入甲有限公司," + good + ",企业,,140426,,,,,2019-03-08"
                + "\n成立日期导入乙有限公司," + bad + ",企业,,140426,,,,,2019-02-30\n";
        long batch = uploadOk("成立日期.csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/entities/import/" + batch).with(demo.as(OFFICE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("成立日期“2019-02-30”不是有效日期")))
                .andExpect(content().string(containsString("可导入 1 行，有错误 1 行")));
        mvc.perform(post("/entities/import/" + batch + "/rows/3").with(demo.as(OFFICE)).with(csrf())
                        .param("name", "成立日期导入乙有限公司").param("uscc", bad).param("entityType", "ENTERPRISE")
                        .param("regionCode", "140426").param("establishedOn", "2019-02-28"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("table-success")));
        mvc.perform(post("/entities/import/" + batch + "/commit").with(demo.as(OFFICE)).with(csrf()))
                .andExpect(redirectedUrl("/entities"));
        assertThat(jdbc.sql("select name || ' ' || established_on from market_entity where name like '成立日期导入%'"
                + " order by name").query(String.class).list())
                .containsExactlyInAnyOrder("成立日期导入乙有限公司 2019-02-28", "成立日期导入甲有限公司 2019-03-08");
    }

    @Test
    void theTemplateHasTheHeaderRowAndReadersCannotImport() throws Exception {
        byte[] template = mvc.perform(get("/entities/import/template.xlsx").with(demo.as(OFFICE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            for (int c = 0; c < ImportColumn.values().length; c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo((HEADER + ",成立日期").split(",")[c]);
            }
        }
        mvc.perform(get("/entities/import").with(demo.as("licheng.reporter"))).andExpect(status().isForbidden());
        upload("licheng.reporter", "x.csv", (HEADER + "\n甲").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isForbidden());
    }
}
