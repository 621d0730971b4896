package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.Actor;
import org.shuangda.shared.documents.OfficialDocx;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The seizure's documents (issue 13): 扣押决定书 and 扣押财物清单 from the moment the seizure is recorded, the 解除扣押决定书
 * (with its own 文号) only after the release; each with the texts 行政强制法 第二十四条、第二十八条 ask for; offered on the
 * case page only when they can exist; downloads audited as exports, refused ones not; another county gets 404; the
 * seized items feed the 案值 with the goods, the same goods counted once.
 */
@WebTest
class SeizureDocumentTests {

    @Autowired Cases cases;
    @Autowired CaseLifecycle lifecycle;
    @Autowired SeizureRecords seizures;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void decisionAndListFromTheSeizureReleaseOnlyAfterTheReleaseEachAudited() throws Exception {
        Actor officer = demo.actor("licheng.officer");
        CaseView c = new CaseFixtures(cases, lifecycle, clock).investigating(officer, CaseFixtures.title("查封文书"));
        LocalDate today = LocalDate.now(clock);
        // the goods list has 盗版影视光盘 800张 at 2,400 元 (typed 案值 2,400); the 清单 lists them again, valued higher
        mvc.perform(post("/cases/" + c.id() + "/seize").with(csrf()).with(demo.as("licheng.officer"))
                        .param("measure", "DETAIN").param("place", "黎城县黎侯镇某仓库").param("decisionNumber", "")
                        .param("seizureDecidedOn", today.toString())
                        .param("itemName", "盗版影视光盘", "光盘包装盒", "").param("itemSpec", "DVD-9", "", "")
                        .param("itemQuantity", "800", "1200", "").param("itemUnit", "张", "个", "")
                        .param("itemValue", "3200", "52000", ""))
                .andExpect(status().is3xxRedirection());
        SeizureRecord r = seizures.latest(officer, c.id()).orElseThrow();

        // 案值 = 3,200 (the discs, counted once at the higher value) + 52,000 = 55,200, over the typed 2,400
        CaseView seized = cases.find(officer, c.id());
        assertThat(seized.caseValue()).isEqualByComparingTo("55200");
        assertThat(seized.caseValueEntered()).isEqualByComparingTo("2400");
        mvc.perform(get("/cases/" + c.id()).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"case-value\" class=\"fw-semibold\">¥55,200.00<")))
                .andExpect(content().string(containsString("/cases/" + c.id() + "/seizure/documents/DECISION")))
                .andExpect(content().string(containsString("/cases/" + c.id() + "/seizure/documents/LIST")))
                .andExpect(content().string(not(containsString("/seizure/documents/RELEASE"))));
        mvc.perform(get("/api/v1/cases/" + c.id() + "/seizure").with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decisionNumber").value(r.decisionNumber()))
                .andExpect(jsonPath("$.totalValue").value(55200.0))
                .andExpect(jsonPath("$.caseValue.value").value(55200.0))
                .andExpect(jsonPath("$.documents.length()").value(2));

        long exportsBefore = exports(c.id());
        String decision = text(mvc.perform(get("/cases/" + c.id() + "/seizure/documents/DECISION")
                        .with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("docx")))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(decision).contains("扣押决定书", r.decisionNumber(), "当事人：", "住所（地址）：",
                "《中华人民共和国行政强制法》第九条、第二十二条、第二十三条和有关法律、法规的规定",
                "本局决定自" + OfficialDocx.chineseDate(today) + "起", "盗版影视光盘 800张、光盘包装盒 1,200个",
                "扣押地点：黎城县黎侯镇某仓库", "扣押期限为30日", "延长期限不得超过三十日",
                "六十日内依法申请行政复议", "六个月内依法向人民法院提起行政诉讼", "当场交付当事人")
                .doesNotContain("null", "${");
        String list = text(mvc.perform(get("/api/v1/cases/" + c.id() + "/seizure/documents/LIST")
                .with(demo.as("licheng.officer"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(list).contains("扣押财物清单", "序号", "价值（元）", "光盘包装盒", "1,200", "52,000.00", "合计",
                "55,200.00", "价值合计55,200.00元", "一式二份", "执法人员（签名）：").doesNotContain("null");
        assertThat(exports(c.id())).as("each download an export entry").isEqualTo(exportsBefore + 2);

        // no release decision before the release: not offered, refused, and the refusal leaves no entry
        mvc.perform(get("/cases/" + c.id() + "/seizure/documents/RELEASE").with(demo.as("licheng.officer")))
                .andExpect(status().isUnprocessableContent());
        // another county sees neither the seizure nor its documents
        mvc.perform(get("/api/v1/cases/" + c.id() + "/seizure").with(demo.as("pingshun.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + c.id() + "/seizure/documents/DECISION").with(demo.as("pingshun.officer")))
                .andExpect(status().isNotFound());
        assertThat(exports(c.id())).isEqualTo(exportsBefore + 2);

        mvc.perform(post("/cases/" + c.id() + "/release").with(csrf()).with(demo.as("licheng.officer"))
                .param("reason", "行政处罚决定已作出，不再需要扣押。").param("disposal", "RETURNED"))
                .andExpect(status().is3xxRedirection());
        SeizureRecord released = seizures.latest(officer, c.id()).orElseThrow();
        assertThat(released.releaseNumber()).as("its own number in the 强 series").matches(".+强〔\\d{4}〕\\d+号")
                .isNotEqualTo(r.decisionNumber());
        mvc.perform(get("/cases/" + c.id()).with(demo.as("licheng.officer")))
                .andExpect(content().string(containsString("/cases/" + c.id() + "/seizure/documents/RELEASE")));
        String release = text(mvc.perform(get("/cases/" + c.id() + "/seizure/documents/RELEASE")
                .with(demo.as("licheng.officer"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(release).contains("解除扣押决定书", released.releaseNumber(), r.decisionNumber() + "《扣押决定书》",
                "因行政处罚决定已作出，不再需要扣押，依据《中华人民共和国行政强制法》第二十八条第一款",
                "起解除扣押", "即予退还", "第二十八条第二款").doesNotContain("。，", "null");
    }

    @Test
    void theSameGoodsCountOnceAndATypedFigureStandsOnlyWhereItIsHigher() {
        var goods = java.util.List.of(new SeizedGoods("假冒白酒", new java.math.BigDecimal("60"), "瓶",
                new java.math.BigDecimal("36000")), new SeizedGoods("酒盒", new java.math.BigDecimal("60"), "个", null));
        var items = java.util.List.of(new SeizureItem("假冒 白酒", null, new java.math.BigDecimal("40"), "瓶",
                new java.math.BigDecimal("24000")), new SeizureItem("假冒商标标识", null, new java.math.BigDecimal("500"),
                "张", new java.math.BigDecimal("20000")));
        CaseValue v = CaseValue.of(null, goods, items);
        assertThat(v.goods()).as("the liquor is in the 清单 too").isNull();
        assertThat(v.seized()).isEqualByComparingTo("56000"); // 36,000 (higher of the two) + 20,000
        assertThat(v.value()).isEqualByComparingTo("56000");
        assertThat(CaseValue.of(new java.math.BigDecimal("80000"), goods, items).value()).isEqualByComparingTo("80000");
        assertThat(CaseValue.of(new java.math.BigDecimal("1000"), goods, items).value()).isEqualByComparingTo("56000");
        assertThat(CaseValue.of(null, java.util.List.of(), java.util.List.of()).value()).isNull();
        assertThat(CaseValue.yuan(new java.math.BigDecimal("1234567.5"))).isEqualTo("¥1,234,567.50");
    }

    private long exports(long caseId) {
        return jdbc.sql("""
                select (select count(*) from audit_entry where object_type = 'case' and object_id = :id and action = 'EXPORT')
                     + (select count(*) from audit_pending where object_type = 'case' and object_id = :id and action = 'EXPORT')""")
                .param("id", String.valueOf(caseId)).query(Long.class).single();
    }

    static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            return words.getText();
        }
    }
}
