package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.shuangda.cases.CaseDraft.PartyInput;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The case documents read as legal texts and come out in the official layout: labels not codes, "—" for an
 * unknown amount (never "—元"), amounts "1,236,000.00元", goods "青花郎酒 2,060瓶", no doubled 案, 罪名 and 文号
 * in the 移送书; a 行政处罚决定书 only with its decision (422 before).
 */
@WebTest
class CaseDocumentTextTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired Cases cases;
    @Autowired CaseLifecycle lifecycle;
    @Autowired Clock clock;

    private CaseView liquorCase() {
        Actor officer = demo.actor("licheng.officer");
        List<Long> officers = cases.officerCandidates(officer, officer.unitId()).stream().limit(2)
                .map(HandlingOfficer::userId).toList();
        String title = "测试：销售假冒青花郎酒" + UUID.randomUUID().toString().substring(0, 8) + "案";
        return cases.register(officer, new CaseDraft(null, title, CaseCategory.TRADEMARK, "白酒",
                "经查，当事人销售假冒“青花郎”注册商标的白酒2060瓶", new BigDecimal("1236000"), null,
                new BigDecimal("1236000"), List.of(PartyInput.person("郝某某", CaseFixtures.PERSON_ID, "黎城县黎侯镇")),
                List.of(new SeizedGoods("青花郎酒", new BigDecimal("2060"), "瓶", new BigDecimal("1236000"))), officers,
                null));
    }

    private byte[] document(long caseId, String document) throws Exception {
        return mvc.perform(get("/cases/" + caseId + "/documents/" + document).with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void theRegistrationFormUsesLabelsAmountsAndDashes() throws Exception {
        CaseView c = liquorCase();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(document(c.id(), "REGISTRATION_APPROVAL")));
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            String text = x.getText();
            assertThat(text).contains("案件类别：商标侵权", "案值：1,236,000.00元", "违法所得：—", "青花郎酒 2,060瓶",
                    c.number()).doesNotContain("TRADEMARK", "—元", "${");
            var title = doc.getParagraphs().get(0);
            assertThat(title.getText()).isEqualTo("立案审批表");
            assertThat(title.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(doc.getHeaderFooterPolicy().getDefaultFooter().getParagraphs().get(0).getCTP().xmlText())
                    .contains("PAGE");
            assertThat(doc.getParagraphs().get(doc.getParagraphs().size() - 1).getText()).endsWith("印发")
                    .startsWith(c.unitName());
        }
    }

    @Test
    void theTransferLetterNamesTheCaseOnceTheChargeTheNumberAndTheGoodsApart() throws Exception {
        CaseView c = liquorCase();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(document(c.id(), "TRANSFER_LETTER")));
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            String text = x.getText();
            String name = c.title().substring(0, c.title().length() - 1);
            assertThat(text).contains("涉嫌" + name + "一案", "青花郎酒 2,060瓶", "1,236,000.00元", "涉嫌罪名：",
                    CaseDocuments.letterNumber(c.number()), "抄送：同级人民检察院。")
                    .doesNotContain("案一案", "—元", "${", "。。", "，。");
            assertThat(CaseDocuments.letterNumber(c.number())).startsWith("黎工商移〔").endsWith("号");
        }
    }

    @Test
    void thePenaltyDecisionIsRefusedBeforeADecisionAndReadsWholeAfterIt() throws Exception {
        CaseView c = liquorCase();
        mvc.perform(get("/api/v1/cases/" + c.id() + "/documents/PENALTY_DECISION").with(demo.as("licheng.officer")))
                .andExpect(status().isUnprocessableContent());
        CaseFixtures fixtures = new CaseFixtures(cases, lifecycle, clock);
        CaseView decided = fixtures.decided(demo.actor("licheng.officer"), CaseFixtures.title("决定书"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(document(decided.id(), "PENALTY_DECISION")));
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            assertThat(x.getText()).contains("依据《中华人民共和国著作权法》第五十三条，本局决定对当事人作出如下行政处罚：罚款8,000.00元、没收侵权商品。")
                    .doesNotContain("依据，", "：。");
        }
    }

    @Test
    void textsAreFormatted() {
        assertThat(CaseDocuments.caseName("销售假冒白酒案")).isEqualTo("销售假冒白酒");
        assertThat(CaseDocuments.caseName("销售假冒白酒一案")).isEqualTo("销售假冒白酒");
        assertThat(CaseDocuments.yuan(null)).isEqualTo("—");
        assertThat(CaseDocuments.yuan(new BigDecimal("12345"))).isEqualTo("12,345.00元");
        assertThat(CaseDocuments.goods(new SeizedGoods("青花郎酒", new BigDecimal("2060.000"), "瓶", null)))
                .isEqualTo("青花郎酒 2,060瓶");
        assertThat(CaseDocuments.letterNumber("黎工商处〔2026〕12号")).isEqualTo("黎工商移〔2026〕12号");
    }
}
