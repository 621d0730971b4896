package org.shuangda.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ranking XLSX and the 考核通报 DOCX carry the right units and figures: a scheme run to publication with one county
 * excellent and one urged to rectify; the workbook's lines are the ranking's (names, totals, grades, the tie-break
 * note), the composed 通报 praises the A county and names the C county's weakest items with the points lost there, it
 * is edited before issue and never after, and the DOCX of the issued text carries it with the ranking as its annex;
 * every download is audited as an export.
 */
@WebTest
class DocumentsTests {

    @Autowired Schemes schemes;
    @Autowired Runs runs;
    @Autowired Bulletins bulletins;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired org.shuangda.audit.AuditChainer chainer;

    @Test
    void theRankingWorkbookAndTheBulletinCarryTheUnitsAndTheirFigures() throws Exception {
        Actor city = demo.actor("changzhi.office");
        Scheme s = publishedScheme(city);
        RankingTable table = Rankings.table(s, runs.runsOf(s.id()), true);
        Ranking.Line first = table.lines().get(0);
        Ranking.Line second = table.lines().get(1);
        assertThat(first.name()).isEqualTo("黎城县");
        assertThat(first.card().grade()).isEqualTo(Grade.A);
        assertThat(second.name()).isEqualTo("平顺县");
        assertThat(second.card().grade()).isEqualTo(Grade.C);

        long exportsBefore = exports();
        byte[] xlsx = mvc.perform(get("/assessment/schemes/" + s.id() + "/ranking.xlsx").with(demo.as("pingshun.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("考核结果排名");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("考核结果排名表");
            Row r1 = sheet.getRow(3);
            Row r2 = sheet.getRow(4);
            assertThat(r1.getCell(1).getStringCellValue()).isEqualTo("黎城县");
            assertThat(BigDecimal.valueOf(r1.getCell(4).getNumericCellValue())).isEqualByComparingTo(first.card().total());
            assertThat(r1.getCell(7).getStringCellValue()).isEqualTo("优秀（A）");
            assertThat(r2.getCell(1).getStringCellValue()).isEqualTo("平顺县");
            assertThat(BigDecimal.valueOf(r2.getCell(4).getNumericCellValue())).isEqualByComparingTo(second.card().total());
            assertThat(r2.getCell(7).getStringCellValue()).isEqualTo("合格（C）");
            Sheet items = book.getSheet("分项得分");
            assertThat(items.getRow(2).getCell(2).getStringCellValue()).contains("组织领导");
            assertThat(BigDecimal.valueOf(items.getRow(3).getCell(2).getNumericCellValue()))
                    .isEqualByComparingTo(first.card().points().get(item(s, "组织领导")));
        }
        assertThat(exports()).isEqualTo(exportsBefore + 1);

        Bulletin draft = bulletins.compose(city, s.id());
        String text = String.join("\n", draft.paragraphs().stream().map(Bulletin.Paragraph::text).toList());
        assertThat(text).contains("考核等次为优秀的1个：黎城县（" + BulletinText.points(first.card().total()) + "分）");
        assertThat(text).contains("对考核等次为优秀的黎城县予以通报表扬");
        assertThat(text).contains("平顺县（" + BulletinText.points(second.card().total()) + "分，合格）");
        assertThat(text).contains("“宣传工作”（得3.00分，满分10.00分）");
        assertThat(text).contains("“组织领导”（得9.00分，满分15.00分）");
        // edited before issue
        List<Bulletin.Paragraph> edited = new ArrayList<>(draft.paragraphs());
        edited.add(edited.size() - 2, new Bulletin.Paragraph(Bulletin.Paragraph.Style.BODY, "附加说明：各县于一月底前报送整改情况。"));
        mvc.perform(put("/api/v1/assessment/bulletins/" + draft.id()).with(demo.as("changzhi.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(edited, draft.version())))
                .andExpect(status().isOk());
        // a draft has no DOCX; the county does not see the draft
        mvc.perform(get("/api/v1/assessment/bulletins/" + draft.id() + ".docx").with(demo.as("changzhi.office")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/assessment/bulletins/" + draft.id()).with(demo.as("pingshun.office")))
                .andExpect(status().isNotFound());
        String issued = mvc.perform(post("/api/v1/assessment/bulletins/" + draft.id() + "/issue")
                        .with(demo.as("changzhi.office")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"docNumber\":\"长双打办〔2026〕9号\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ISSUED"))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(issued, "$.docNumber")).isEqualTo("长双打办〔2026〕9号");
        assertThatThrownBy(() -> bulletins.update(city, draft.id(), null, edited)).isInstanceOf(AssessmentRefused.class);

        byte[] docx = mvc.perform(get("/assessment/bulletins/" + draft.id() + "/docx").with(demo.as("pingshun.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String all = words.getText();
            assertThat(all).contains("长双打办〔2026〕9号");
            assertThat(all).contains("附加说明：各县于一月底前报送整改情况。");
            assertThat(all).contains("予以通报表扬");
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("黎城县");
            assertThat(doc.getTables().get(0).getRow(1).getCell(2).getText())
                    .isEqualTo(BulletinText.points(first.card().total()));
            assertThat(doc.getTables().get(0).getRow(2).getCell(5).getText()).isEqualTo("合格");
        }
    }

    /** A scheme of reviewed items only (so the totals do not depend on the demo's records), run to publication. */
    Scheme publishedScheme(Actor city) {
        SchemeForm form = new SchemeForm(null, 2026, "文书测试方案 " + System.nanoTime(), null, TargetKind.REGIONS,
                List.of("140426", "140425"), List.of(), null, null, null, null, null, new BigDecimal("5"), null,
                List.of(new SchemeForm.CategoryForm("组织与宣传", null), new SchemeForm.CategoryForm("办案", null)),
                List.of(TestSchemes.reviewed(1, "组织领导", 15), TestSchemes.reviewed(1, "宣传工作", 10),
                        TestSchemes.reviewed(2, "案件查办", 75)), 0);
        Scheme s = schemes.start(city, schemes.create(city, form).id());
        for (RunView v : runs.list(city, s.id())) {
            boolean licheng = "140426".equals(v.run().regionCode());
            Actor county = demo.actor(licheng ? "licheng.office" : "pingshun.office");
            runs.submit(county, v.run().id());
            runs.score(city, v.run().id(), false, new Scores(List.of(
                    new Scores.Entry(item(s, "组织领导"), new BigDecimal(licheng ? "15" : "9"), null, ""),
                    new Scores.Entry(item(s, "宣传工作"), new BigDecimal(licheng ? "9" : "3"), null, ""),
                    new Scores.Entry(item(s, "案件查办"), new BigDecimal(licheng ? "70" : "60"), null, "")), null));
            runs.finishFirst(city, v.run().id());
            runs.releaseDraft(city, v.run().id());
            runs.acceptDraft(county, v.run().id());
            runs.finalise(city, v.run().id());
        }
        return schemes.publishResults(city, s.id());
    }

    static long item(Scheme s, String title) {
        return s.items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow().id();
    }

    static String json(List<Bulletin.Paragraph> paragraphs, int version) {
        StringBuilder b = new StringBuilder("{\"version\":" + version + ",\"paragraphs\":[");
        for (int i = 0; i < paragraphs.size(); i++) {
            b.append(i == 0 ? "" : ",").append("{\"style\":\"").append(paragraphs.get(i).style()).append("\",\"text\":\"")
                    .append(paragraphs.get(i).text().replace("\"", "\\\"")).append("\"}");
        }
        return b.append("]}").toString();
    }

    long exports() {
        chainer.drain();
        return jdbc.sql("select count(*) from audit_entry where action = 'EXPORT' and object_type = 'assessment_ranking'")
                .query(Long.class).single();
    }
}
