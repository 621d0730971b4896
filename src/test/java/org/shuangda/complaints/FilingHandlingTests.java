package org.shuangda.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Routing and 转办, scope between counties, the tipster's identity and masking, duplicates and splitting. */
@WebTest
class FilingHandlingTests {

    static final String OFFICER = "licheng.officer";
    static final String OFFICE = "licheng.office";
    static final String REASON = java.net.URLEncoder.encode("核实举报内容需联系举报人", java.nio.charset.StandardCharsets.UTF_8);

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    FilingWork work;

    @BeforeEach
    void setUp() {
        work = new FilingWork(mvc, demo, jdbc);
    }

    @Test
    void routesByRegionAndCategoryThroughTheTableElseToTheMarketSupervisionUnit() throws Exception {
        long counterfeit = work.fileTip("140426", "黎城县路由测试商行", "销售假冒商品，路由测试");
        assertThat(work.unitName(counterfeit)).isEqualTo("黎城县工商行政管理局");
        long seeds = work.id(work.file(FilingFixtures.tipJson("种子无标签，路由测试", "140426", "黎城县路由种业")
                .replace("COUNTERFEIT", "AGRICULTURE")));
        assertThat(work.unitName(seeds)).isEqualTo("黎城县农业委员会");
        long pingshun = work.fileTip("140425", "平顺县路由测试商行", "平顺县的举报，路由测试");
        assertThat(work.unitName(pingshun)).isEqualTo("平顺县工商行政管理局");
        long city = work.fileTip("140400", "长治市路由测试商行", "市本级的举报，路由测试");
        assertThat(work.unitName(city)).isEqualTo("长治市市场监督管理局");

        // the office edits the table: price matters of 黎城县 now go to the price bureau
        mvc.perform(post("/filings/routing").with(demo.as(OFFICE)).with(csrf()).param("regionCode", "140426")
                .param("category", "PRICE").param("unitId", String.valueOf(work.unitId("黎城县物价局"))))
                .andExpect(status().is3xxRedirection());
        long price = work.id(work.file(FilingFixtures.complaintJson("加油站价格不符，路由测试", "140426", "黎城县路由加油站")
                .replace("QUALITY", "PRICE")));
        assertThat(work.unitName(price)).isEqualTo("黎城县物价局");
        mvc.perform(get("/filings/routing").with(demo.as(OFFICE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("黎城县物价局")));
        mvc.perform(get("/filings/routing").with(demo.as(OFFICER))).andExpect(status().isForbidden());
    }

    @Test
    void reroutingNeedsAReasonKeepsTheHistoryAndThePublicSeesTheNewUnit() throws Exception {
        String receipt = work.file(FilingFixtures.tipJson("书刊亭出售盗版图书，转办测试", "140426", "黎城县转办书刊亭"));
        long id = FilingWork.id(receipt);
        long culture = work.unitId("黎城县文化广电新闻出版局");
        work.act(OFFICE, id, "reroute", "{\"unitId\":" + culture + "}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        work.act(OFFICE, id, "reroute", "{\"unitId\":" + culture + ",\"reason\":\"涉及盗版出版物\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.unitName").value("黎城县文化广电新闻出版局"))
                .andExpect(jsonPath("$.status").value("RECEIVED"));
        work.read(OFFICE, "/api/v1/filings/" + id).andExpect(jsonPath("$.history[1].kind").value("REROUTED"))
                .andExpect(jsonPath("$.history[1].reason").value("涉及盗版出版物"))
                .andExpect(jsonPath("$.history[0].unitName").value("黎城县工商行政管理局"));
        // the 工商局 officer no longer handles it
        work.act(OFFICER, id, "accept", null).andExpect(status().isNotFound());
        mvc.perform(post("/public/filings/track").with(csrf()).with(r -> { r.setRemoteAddr("10.9.0.1"); return r; })
                        .param("trackingNo", (String) JsonPath.read(receipt, "$.trackingNo"))
                        .param("queryCode", (String) JsonPath.read(receipt, "$.queryCode")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("黎城县文化广电新闻出版局")))
                .andExpect(content().string(containsString("涉及盗版出版物")));
    }

    @Test
    void oneCountyNeitherSeesNorTouchesAnothersFilings() throws Exception {
        long id = work.fileTip("140426", "黎城县范围测试商行", "范围测试：黎城县的举报");
        work.read("pingshun.officer", "/api/v1/filings/" + id).andExpect(status().isNotFound());
        work.read("pingshun.office", "/api/v1/filings/" + id).andExpect(status().isNotFound());
        work.act("pingshun.officer", id, "accept", null).andExpect(status().isNotFound());
        work.act("pingshun.office", id, "reroute", "{\"unitId\":" + work.unitId("平顺县工商行政管理局")
                + ",\"reason\":\"x\"}").andExpect(status().isNotFound());
        work.read("pingshun.office", "/api/v1/filings?q=黎城县范围测试商行").andExpect(jsonPath("$.length()").value(0));
        work.read(OFFICE, "/api/v1/filings?q=黎城县范围测试商行").andExpect(jsonPath("$.length()").value(1));
        work.read("changzhi.office", "/api/v1/filings?q=黎城县范围测试商行").andExpect(jsonPath("$.length()").value(1));
        // an officer of another 黎城县 unit does not see the 工商局's filing either; the prosecutor has no access
        work.read("licheng.police", "/api/v1/filings/" + id).andExpect(status().isForbidden());
        mvc.perform(get("/filings/" + id).with(demo.as("pingshun.officer"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheAssignedHandlerSeesTheTipstersIdentityAndEachViewIsAudited() throws Exception {
        long id = work.fileTip("140426", "黎城县身份测试商行", "身份测试：销售假冒商品");
        // before anyone took it on, nobody sees it
        work.read(OFFICER, "/api/v1/filings/" + id + "/filer?reason=" + REASON).andExpect(status().isForbidden());
        work.act(OFFICER, id, "accept", null).andExpect(status().isOk());
        long auditBefore = audits(id);
        // the handler too needs a reason (FilerIdentityOpeningTests: the reason's rules, the head's list)
        work.read(OFFICER, "/api/v1/filings/" + id + "/filer").andExpect(status().isUnprocessableContent());
        assertThat(audits(id)).isEqualTo(auditBefore);
        work.read(OFFICER, "/api/v1/filings/" + id + "/filer?reason=" + REASON).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("张三丰")).andExpect(jsonPath("$.phone").value("13812345678"))
                .andExpect(jsonPath("$.address").value("黎城县黎侯镇东大街1号"));
        assertThat(audits(id)).isEqualTo(auditBefore + 1);
        assertThat(jdbc.sql("""
                select actor_username from audit_entry where action = 'VIEW_PERSONAL_DATA' and object_id = :id""")
                .param("id", String.valueOf(id)).query(String.class).list()).containsExactly(OFFICER);
        for (String other : List.of(OFFICE, "admin", "changzhi.office", "licheng.agent")) {
            work.read(other, "/api/v1/filings/" + id + "/filer?reason=" + REASON).andExpect(status().isForbidden());
            mvc.perform(get("/filings/" + id).with(demo.as(other))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("张**")))
                    .andExpect(content().string(not(containsString("张三丰"))))
                    .andExpect(content().string(not(containsString("13812345678"))));
        }
        work.read("pingshun.officer", "/api/v1/filings/" + id + "/filer?reason=" + REASON)
                .andExpect(status().isNotFound());
        assertThat(audits(id)).isEqualTo(auditBefore + 1);
        // the handler's page offers the button and shows the identity after the audited POST
        mvc.perform(post("/filings/" + id + "/filer").with(demo.as(OFFICER)).with(csrf()).param("reason", "回电核实举报细节"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("张三丰")));
        assertThat(audits(id)).isEqualTo(auditBefore + 2);
        mvc.perform(post("/filings/" + id + "/filer").with(demo.as(OFFICE)).with(csrf()).param("reason", "回电核实举报细节"))
                .andExpect(status().isForbidden());
    }

    long audits(long id) {
        return jdbc.sql("select count(*) from audit_entry where action = 'VIEW_PERSONAL_DATA' and object_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single();
    }

    @Test
    void theListPageAndTheExcelExportShowTheFilerMasked() throws Exception {
        work.fileTip("140426", "黎城县导出测试商行", "导出测试：销售假冒商品");
        mvc.perform(get("/filings").param("q", "黎城县导出测试商行").with(demo.as(OFFICE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("张**")))
                .andExpect(content().string(containsString("138****5678")))
                .andExpect(content().string(not(containsString("张三丰"))));
        byte[] xlsx = mvc.perform(get("/filings/export.xlsx").param("q", "黎城县导出测试商行").with(demo.as(OFFICE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = book.getSheetAt(0).getRow(2); // under the title and the header
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("黎城县导出测试商行");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("张**");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("138****5678");
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0).forEach(r -> r.forEach(c -> all.append(c.toString())));
            assertThat(all.toString()).doesNotContain("张三丰").doesNotContain("13812345678");
        }
    }

    @Test
    void similarOpenFilingsAgainstTheSameBusinessAreOfferedAndMergedThePublicSeesIt() throws Exception {
        String uscc = FilingFixtures.validUscc("91140426MA0K7ABC1");
        String first = FilingFixtures.tipJson("鑫达商店销售假冒名牌白酒，包装粗糙，价格很低", "140426", "黎城县鑫达商店")
                .replace("\"filerName\"", "\"targetUscc\":\"" + uscc + "\",\"filerName\"");
        long a = FilingWork.id(work.file(first));
        String receipt = work.file(FilingFixtures.tipJson("鑫达商店销售假冒名牌白酒，价格很低，包装粗糙", "140426",
                "黎城鑫达商店"));
        long b = FilingWork.id(receipt);
        long unrelated = work.fileTip("140426", "黎城县完全无关的书店", "书店出售盗版教辅");
        String page = mvc.perform(get("/filings/" + b).with(demo.as(OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(work.trackingNo(a)).doesNotContain(work.trackingNo(unrelated));
        mvc.perform(post("/filings/" + b + "/merge").with(demo.as(OFFICER)).with(csrf())
                .param("primaryId", String.valueOf(a))).andExpect(status().is3xxRedirection());
        assertThat(work.status(b)).isEqualTo("MERGED");
        mvc.perform(post("/public/filings/track").with(csrf()).with(r -> { r.setRemoteAddr("10.9.0.2"); return r; })
                        .param("trackingNo", (String) JsonPath.read(receipt, "$.trackingNo"))
                        .param("queryCode", (String) JsonPath.read(receipt, "$.queryCode")))
                .andExpect(content().string(containsString("合并处理")))
                .andExpect(content().string(containsString(work.trackingNo(a))));
    }

    @Test
    void aComplaintThatAlsoReportsAViolationIsSplitIntoTwoLinkedFilings() throws Exception {
        long id = FilingWork.id(work.file(FilingFixtures.complaintJson("买到假冒品牌手机，商家不退货，店里还有很多假货",
                "140426", "黎城县拆分手机店")));
        String json = work.act(OFFICER, id, "split", "{\"text\":\"店内大量销售假冒品牌手机\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long tip = FilingWork.id(json);
        assertThat(jdbc.sql("select track || ' ' || split_from_id || ' ' || filer_name_masked from filing where id = :id")
                .param("id", tip).query(String.class).single()).isEqualTo("REPORT " + id + " 李*");
        work.act(OFFICER, id, "split", "{\"text\":\"again\"}").andExpect(status().isUnprocessableContent());
    }

    @Test
    void keyRotationIsForAnAdministratorOverEverything() throws Exception {
        mvc.perform(post("/api/v1/filings/keys/reencrypt").header("Authorization", "Bearer " + DemoUsers.ADMIN_TOKEN))
                .andExpect(status().isOk()).andExpect(content().string("0"));
        mvc.perform(post("/api/v1/filings/keys/reencrypt").with(demo.as(OFFICE)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
