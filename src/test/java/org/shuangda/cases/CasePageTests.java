package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The pages: list with filters, the 立案 form re-shown with errors, actions, evidence, documents, export. */
@WebTest
class CasePageTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired Cases cases;
    @Autowired CaseLifecycle lifecycle;
    @Autowired Clock clock;
    @Autowired org.shuangda.privacy.PersonalDataCipher cipher;
    CaseFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseFixtures(cases, lifecycle, clock);
    }

    Actor officer() {
        return demo.actor("licheng.officer");
    }

    @Test
    void theListShowsTheCountysCasesAndFiltersThem() throws Exception {
        // other tests add cases to the same database, so the demo's rows are looked up, not expected on page 1
        mvc.perform(get("/cases").param("q", "玉米种子").with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("销售伪劣玉米种子案")))
                .andExpect(content().string(containsString("href=\"/cases\"")));
        mvc.perform(get("/cases").param("q", "风湿骨痛丸").with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("销售假药“风湿骨痛丸”案"))));
        mvc.perform(get("/cases").param("q", "盗版教辅").with(demo.as("licheng.officer")))
                .andExpect(content().string(containsString("销售盗版教辅图书案")))
                .andExpect(content().string(not(containsString("销售伪劣玉米种子案"))));
        mvc.perform(get("/cases").with(demo.as("licheng.police"))).andExpect(status().isForbidden());
    }

    @Test
    void theFormIsReshownWithReasonsAndNothingIsSaved() throws Exception {
        int before = jdbc.sql("select count(*) from enforcement_case").query(Integer.class).single();
        mvc.perform(post("/cases").with(demo.as("licheng.officer")).with(csrf()).param("title", "")
                        .param("caseValue", "很多").param("partyKind", "PERSON").param("personName", "张三")
                        .param("personIdNumber", "140426199001011234"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("金额须为不小于零的数")));
        mvc.perform(post("/cases").with(demo.as("licheng.officer")).with(csrf()).param("title", "测试案")
                        .param("category", "FOOD").param("partyKind", "PERSON").param("personName", "张三")
                        .param("personIdNumber", "140426199001011234"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("身份证号码无效")))
                .andExpect(content().string(containsString("至少需要 2 名承办人")));
        assertThat(jdbc.sql("select count(*) from enforcement_case").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void anOfficerSteersTheCaseFromItsPage() throws Exception {
        long id = fixtures.investigating(officer(), CaseFixtures.title("页面办理")).id();
        mvc.perform(get("/cases/" + id).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("送达处罚告知书")))
                .andExpect(content().string(containsString("办案期限")));
        mvc.perform(post("/cases/" + id + "/pause").with(demo.as("licheng.officer")).with(csrf())
                .param("pauseReason", "APPRAISAL").param("note", "送检")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + id).with(demo.as("licheng.officer")))
                .andExpect(content().string(containsString("已中止：鉴定")));
        mvc.perform(post("/cases/" + id + "/pause").with(demo.as("licheng.officer")).with(csrf())
                .param("pauseReason", "TESTING")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("期限已处于中止状态")));
        mvc.perform(post("/cases/" + id + "/resume").with(demo.as("licheng.officer")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + id + "/extend").with(demo.as("licheng.officer")).with(csrf())
                .param("approval", "自批")).andExpect(status().isForbidden());
        mvc.perform(post("/cases/" + id + "/investigate").with(demo.as("licheng.leader")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCasePageHasAFormForEachStepTheActorMayTakeNow() throws Exception {
        long id = fixtures.registered(officer(), CaseFixtures.title("按钮")).id();
        String officers = actions(id, "licheng.officer");
        assertThat(officers).contains("/cases/" + id + "/edit", "开始调查取证", "撤销立案", "中止期限", "实施查封扣押")
                .doesNotContain("送达处罚告知书", "作出处罚决定", "进入执行", "恢复计算", "解除查封扣押", "报告进展",
                        "延长办案期限", "列为督办");
        assertThat(officers.split("<form", -1)).as("one form per step, the correction a link").hasSize(5);
        assertThat(actions(id, "licheng.office")).contains("列为督办").doesNotContain("开始调查取证", "延长办案期限");
        assertThat(actions(id, "licheng.head")).contains("延长办案期限").doesNotContain("开始调查取证", "列为督办");
    }

    /** The actions card of the case page as the user sees it. */
    String actions(long id, String user) throws Exception {
        String html = mvc.perform(get("/cases/" + id).with(demo.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        int start = html.indexOf("id=\"case-actions\"");
        return start < 0 ? "" : html.substring(start, html.indexOf("id=\"case-attachments\"", start));
    }

    @Test
    void evidenceIsCheckedByContentAndServedOnlyWithinScope() throws Exception {
        long id = fixtures.investigating(officer(), CaseFixtures.title("证据")).id();
        byte[] png = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        mvc.perform(multipart("/cases/" + id + "/attachments").file(new MockMultipartFile("file", "现场照片.png",
                "image/png", png)).with(demo.as("licheng.officer")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/api/v1/cases/" + id + "/attachments").file(new MockMultipartFile("file", "病毒.pdf",
                "application/pdf", "MZ\u0090\u0000".getBytes())).with(demo.as("licheng.officer")).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        long attachment = jdbc.sql("select max(id) from case_attachment where case_id = :c").param("c", id)
                .query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from case_attachment where case_id = :c").param("c", id)
                .query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/cases/" + id + "/attachments/" + attachment).with(demo.as("licheng.leader")))
                .andExpect(status().isOk()).andExpect(content().bytes(png))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        mvc.perform(get("/cases/" + id + "/attachments/" + attachment).with(demo.as("pingshun.officer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void documentsCarryTheCaseData() throws Exception {
        long id = fixtures.decided(officer(), CaseFixtures.title("文书")).id();
        byte[] docx = mvc.perform(get("/cases/" + id + "/documents/PENALTY_DECISION").with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("行政处罚决定书", "黎工商罚〔", "罚款8,000.00元", "没收侵权商品",
                    "黎城县工商行政管理局").doesNotContain("${");
        }
        long discs = fixtures.registered(demo.actor("pingshun.officer"), CaseFixtures.title("移送书")).id();
        byte[] letter = mvc.perform(get("/api/v1/cases/" + discs + "/documents/TRANSFER_LETTER")
                .with(demo.as("pingshun.officer"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        String full = cipher.decrypt(Party.ID_NUMBER_FIELD, jdbc.sql("select id_number from case_party where case_id = :c")
                .param("c", discs).query(String.class).single());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(letter));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("涉嫌犯罪案件移送书", "平顺县公安局", "2,400.00元")
                    .contains(full.substring(0, 6) + "********").doesNotContain(full);
        }
    }

    @Test
    void anAdministratorReplacesATemplate() throws Exception {
        byte[] template;
        try (XWPFDocument doc = new XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("审批表（新版）${caseNumber} ${title}");
            doc.write(out);
            template = out.toByteArray();
        }
        mvc.perform(multipart("/cases/templates/REGISTRATION_APPROVAL").file(new MockMultipartFile("file", "t.docx",
                "application/octet-stream", "no placeholders".getBytes())).with(demo.as("admin")).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(multipart("/cases/templates/REGISTRATION_APPROVAL").file(new MockMultipartFile("file", "t.docx",
                "application/octet-stream", template)).with(demo.as("licheng.officer")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/cases/templates/REGISTRATION_APPROVAL").file(new MockMultipartFile("file", "t.docx",
                "application/octet-stream", template)).with(demo.as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String title = CaseFixtures.title("审批表");
        long id = fixtures.registered(officer(), title).id();
        byte[] docx = mvc.perform(get("/cases/" + id + "/documents/REGISTRATION_APPROVAL").with(demo.as("licheng.officer")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("审批表（新版）黎工商处〔", title);
        }
        jdbc.sql("delete from case_document_template").update();
    }

    @Test
    void theExportIsAWorkbookOfTheVisibleCases() throws Exception {
        byte[] xlsx = mvc.perform(get("/cases/export.xlsx").param("category", "SEEDS").with(demo.as("pingshun.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("案件清单");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("案号");
            int r = 2;
            for (; sheet.getRow(r) != null; r++) {
                assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).startsWith("平工商处");
                assertThat(sheet.getRow(r).getCell(4).getStringCellValue()).isEqualTo("种子");
                var registered = sheet.getRow(r).getCell(6);
                assertThat(registered.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(registered)).isTrue();
            }
            assertThat(r).as("at least one case").isGreaterThan(2);
            assertThat(sheet.getRow(r + 1).getCell(0).getStringCellValue()).startsWith("填报人：");
        }
    }

    @Test
    void theExportIsRefusedWith403BeforeAnyByteToAUserWithoutThePermission() throws Exception {
        for (String path : new String[] {"/cases/export.xlsx", "/api/v1/cases/export.xlsx"}) {
            var response = mvc.perform(get(path).with(demo.as("licheng.agent")))
                    .andExpect(status().isForbidden()).andReturn().getResponse();
            assertThat(response.getContentType()).as(path).doesNotContain("spreadsheetml");
            assertThat(response.getHeader("Content-Disposition")).as(path).isNull();
        }
    }

    @Autowired org.shuangda.calendar.WorkingCalendar calendar;

    /** Issue 12: a clock whose days reach a year with provisional holidays only says so on its page. */
    @Test
    void aClockRunningIntoAProvisionalYearSaysSoOnTheCasePage() throws Exception {
        CaseView c = fixtures.registered(officer(), CaseFixtures.title("暂定"));
        ClockView view = ClockView.of(c.decisionClock(), java.time.LocalDateTime.now(clock), calendar);
        Integer expected = calendar.firstProvisionalYear(c.decisionClock().start().toLocalDate(), view.due());
        assertThat(view.provisionalYear()).isEqualTo(expected);
        String html = mvc.perform(get("/cases/" + c.id()).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        if (expected == null) {
            assertThat(html).doesNotContain("id=\"clock-provisional\"");
        } else {
            assertThat(html).contains("id=\"clock-provisional\"", "该时限跨入" + expected + "年");
        }
    }
}
