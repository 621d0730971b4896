package org.shuangda.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuangda.audit.AuditChainer;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every export endpoint (records leaving as a file) leaves one EXPORT entry in the audit trail naming who,
 * what and the filter as sent ({@link ExportAudit}); a refused export leaves none.
 */
@WebTest
class ExportAuditTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PDF = "%PDF-1.4\n% 调查报告\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired AuditChainer chainer;

    /** The one EXPORT entry a request left: object id, summary and its fields ({@code file}, {@code filter}). */
    record Export(String objectType, String objectId, String summary, Map<String, Object> after) {

        @SuppressWarnings("unchecked")
        Map<String, Object> filter() {
            return (Map<String, Object>) after.get("filter");
        }
    }

    @Test
    void theCaseWorkbookNamesItsFilter() throws Exception {
        Export e = exportedBy("pingshun.officer", get("/cases/export.xlsx").param("category", "SEEDS")
                .param("q", "种子").param("status", "REGISTERED"));
        assertThat(e.objectType()).isEqualTo("case");
        assertThat(e.objectId()).isNull();
        assertThat(e.summary()).isEqualTo("案件导出.xlsx");
        assertThat(e.filter()).isEqualTo(Map.of("category", "SEEDS", "q", "种子", "status", "REGISTERED"));

        Export api = exportedBy("pingshun.officer", get("/api/v1/cases/export.xlsx").param("clock", "OVERDUE"));
        assertThat(api.filter()).isEqualTo(Map.of("clock", "OVERDUE"));
    }

    @Test
    void aGeneratedCaseDocumentNamesItsCase() throws Exception {
        long id = jdbc.sql("""
                select c.id from enforcement_case c join app_user u on u.unit_id = c.unit_id
                 where u.username = 'licheng.officer' order by c.id limit 1""").query(Long.class).single();
        Export e = exportedBy("licheng.officer", get("/cases/{id}/documents/REGISTRATION_APPROVAL", id));
        assertThat(e.objectType()).isEqualTo("case");
        assertThat(e.objectId()).isEqualTo(String.valueOf(id));
        assertThat(e.summary()).startsWith("立案审批表-").endsWith(".docx");
        assertThat(e.filter()).isEmpty();
        assertThat(exportedBy("licheng.officer", get("/api/v1/cases/{id}/documents/REGISTRATION_APPROVAL", id))
                .objectId()).isEqualTo(String.valueOf(id));
    }

    @Test
    void theFilingListAndTheFilingStatisticsNameTheirFilters() throws Exception {
        Export list = exportedBy("licheng.office", get("/filings/export.xlsx").param("q", "白酒").param("track", "REPORT"));
        assertThat(list.objectType()).isEqualTo("filing");
        assertThat(list.summary()).isEqualTo("filings.xlsx");
        assertThat(list.filter()).isEqualTo(Map.of("q", "白酒", "track", "REPORT"));

        Export stats = exportedBy("licheng.office", get("/filings/stats.xlsx").param("from", "2026-01-01")
                .param("to", "2026-06-30"));
        assertThat(stats.objectType()).isEqualTo("filing");
        assertThat(stats.summary()).isEqualTo("filing-statistics.xlsx");
        assertThat(stats.filter()).isEqualTo(Map.of("from", "2026-01-01", "to", "2026-06-30"));
    }

    @Test
    void theSummaryTableNamesItsCampaignAndFilter() throws Exception {
        long round = jdbc.sql("""
                select r.id from report_round r join report_submission s on s.round_id = r.id
                 join unit u on u.id = s.unit_id where u.region_code = '140426' order by r.id limit 1""")
                .query(Long.class).single();
        long campaign = jdbc.sql("select campaign_id from report_round where id = :r").param("r", round)
                .query(Long.class).single();
        Export e = exportedBy("licheng.office", get("/reporting/pivot.xlsx").param("campaign", String.valueOf(campaign))
                .param("round", String.valueOf(round)).param("by", "unitType"));
        assertThat(e.objectType()).isEqualTo("campaign");
        assertThat(e.objectId()).isEqualTo(String.valueOf(campaign));
        assertThat(e.summary()).endsWith(".xlsx");
        assertThat(e.filter()).isEqualTo(Map.of("campaign", String.valueOf(campaign), "round", String.valueOf(round),
                "by", "unitType"));
    }

    @Test
    void aSubmissionsWorkbookNamesTheSubmission() throws Exception {
        long id = jdbc.sql("""
                select s.id from report_submission s join app_user u on u.unit_id = s.unit_id
                 where u.username = 'licheng.reporter' order by s.id limit 1""").query(Long.class).single();
        Export api = exportedBy("licheng.reporter", get("/api/v1/submissions/{id}/workbook", id));
        assertThat(api.objectType()).isEqualTo("report_submission");
        assertThat(api.objectId()).isEqualTo(String.valueOf(id));
        assertThat(api.summary()).endsWith(".xlsx");
        Export page = exportedBy("licheng.reporter", get("/reporting/submissions/{id}/workbook", id));
        assertThat(page.objectId()).isEqualTo(String.valueOf(id));
    }

    @Test
    void theTransferLetterAndThePackageDocumentsNameWhatWasDownloaded() throws Exception {
        long transfer = jdbc.sql("select t.id from case_transfer t join enforcement_case c on c.id = t.case_id"
                + " where c.title = '销售假冒“金穗”注册商标复合肥案'").query(Long.class).single();
        Export letter = exportedBy("licheng.police", get("/transfers/{id}/letter", transfer));
        assertThat(letter.objectType()).isEqualTo("case_transfer");
        assertThat(letter.objectId()).isEqualTo(String.valueOf(transfer));
        assertThat(letter.summary()).startsWith("涉嫌犯罪案件移送书-");

        Map<String, Object> document = jdbc.sql("""
                select d.id, d.case_id, d.name from transfer_document d join case_transfer t on t.case_id = d.case_id
                 where t.id = :t order by d.id limit 1""").param("t", transfer).query().singleRow();
        long documentId = ((Number) document.get("id")).longValue();
        Export page = exportedBy("licheng.police", get("/transfers/{id}/documents/{d}", transfer, documentId));
        assertThat(page.objectType()).isEqualTo("transfer_document");
        assertThat(page.objectId()).isEqualTo(String.valueOf(documentId));
        assertThat(page.summary()).isEqualTo(document.get("name"));
        Export api = exportedBy("licheng.police", get("/api/v1/transfers/package/{c}/{d}", document.get("case_id"),
                documentId));
        assertThat(api.objectId()).isEqualTo(String.valueOf(documentId));
    }

    @Test
    void anEvidenceFileAFilingsAttachmentAndABriefingNameWhatWasDownloaded() throws Exception {
        long caseId = jdbc.sql("""
                select c.id from enforcement_case c join app_user u on u.unit_id = c.unit_id
                 where u.username = 'licheng.officer' order by c.id limit 1""").query(Long.class).single();
        String saved = mvc.perform(multipart("/api/v1/cases/{id}/attachments", caseId)
                        .file(new MockMultipartFile("file", "调查报告.pdf", "application/pdf", PDF))
                        .with(demo.as("licheng.officer")).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long attachment = ((Number) JsonPath.read(saved, "$.id")).longValue();
        Export evidence = exportedBy("licheng.officer", get("/cases/{id}/attachments/{a}", caseId, attachment));
        assertThat(evidence.objectType()).isEqualTo("case-attachment");
        assertThat(evidence.objectId()).isEqualTo(String.valueOf(attachment));
        assertThat(evidence.summary()).isEqualTo("调查报告.pdf");

        String target = "导出审计测试店" + System.nanoTime();
        mvc.perform(multipart("/public/filings").file(new MockMultipartFile("files", "photo.png", "image/png", PNG))
                .param("track", "REPORT").param("category", "COUNTERFEIT").param("regionCode", "140426")
                .param("targetName", target).param("content", "导出审计测试：店里卖假酒").param("anonymous", "true")
                .with(csrf()).with(r -> {
                    r.setRemoteAddr("10.11.0.1");
                    return r;
                })).andExpect(status().isSeeOther());
        Map<String, Object> filed = jdbc.sql("""
                select f.id, a.id as attachment from filing f join filing_attachment a on a.filing_id = f.id
                 where f.target_name = :t""").param("t", target).query().singleRow();
        Export photo = exportedBy("licheng.office", get("/filings/{id}/attachments/{a}", filed.get("id"),
                filed.get("attachment")));
        assertThat(photo.objectType()).isEqualTo("filing_attachment");
        assertThat(photo.objectId()).isEqualTo(String.valueOf(filed.get("attachment")));

        long round = jdbc.sql("""
                select r.id from report_round r join campaign c on c.id = r.campaign_id
                 where c.title like '黎城县打击侵犯知识产权%' order by r.seq limit 1""").query(Long.class).single();
        String draft = mvc.perform(post("/api/v1/briefings").with(demo.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roundId\": " + round + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long briefing = ((Number) JsonPath.read(draft, "$.id")).longValue();
        mvc.perform(post("/api/v1/briefings/{id}/issue", briefing).with(demo.as("licheng.office")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        Export api = exportedBy("licheng.office", get("/api/v1/briefings/{id}/docx", briefing));
        assertThat(api.objectType()).isEqualTo("briefing");
        assertThat(api.objectId()).isEqualTo(String.valueOf(briefing));
        assertThat(api.summary()).endsWith(".docx");
        assertThat(exportedBy("licheng.office", get("/briefings/{id}/docx", briefing)).objectId())
                .isEqualTo(String.valueOf(briefing));
    }

    @Test
    void aRefusedExportLeavesNoEntry() throws Exception {
        long before = exports();
        mvc.perform(get("/cases/export.xlsx").with(demo.as("licheng.reporter"))).andExpect(status().isForbidden());
        long submission = jdbc.sql("""
                select s.id from report_submission s join app_user u on u.unit_id = s.unit_id
                 where u.username = 'licheng.reporter' order by s.id limit 1""").query(Long.class).single();
        mvc.perform(get("/api/v1/submissions/{id}/workbook", submission).with(demo.as("pingshun.reporter")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/filings/stats.xlsx").param("from", "2026-06-30").param("to", "2026-01-01")
                .with(demo.as("licheng.office"))).andExpect(status().is4xxClientError());
        assertThat(exports()).isEqualTo(before);
    }

    /** Performs the request as {@code username} (200 expected) and returns the one EXPORT entry it left. */
    private Export exportedBy(String username, MockHttpServletRequestBuilder request) throws Exception {
        long before = exports();
        long head = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        mvc.perform(request.with(demo.as(username))).andExpect(status().isOk());
        chainer.drain();
        assertThat(exports()).as("one EXPORT entry").isEqualTo(before + 1);
        return jdbc.sql("""
                select object_type, object_id, summary, after::text as after from audit_entry
                 where action = 'EXPORT' and actor_username = :u and id > :head""")
                .param("u", username).param("head", head)
                .query((rs, n) -> new Export(rs.getString("object_type"), rs.getString("object_id"),
                        rs.getString("summary"), JSON.readValue(rs.getString("after"), Map.class)))
                .single();
    }

    private long exports() {
        chainer.drain();
        return jdbc.sql("select count(*) from audit_entry where action = 'EXPORT'").query(Long.class).single();
    }
}
