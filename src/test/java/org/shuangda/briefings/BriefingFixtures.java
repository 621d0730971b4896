package org.shuangda.briefings;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.shuangda.support.DemoUsers;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The demo campaign and rounds, drafts created through the API, and DOCX text read back with POI. */
final class BriefingFixtures {

    private final MockMvc mvc;
    private final DemoUsers users;
    private final JdbcClient jdbc;

    BriefingFixtures(MockMvc mvc, DemoUsers users, JdbcClient jdbc) {
        this.mvc = mvc;
        this.users = users;
        this.jdbc = jdbc;
        // the shared context's identity tests may rewrite roles; the office needs V7's and V8's grants
        for (String p : List.of("REPORT_REVIEW", "CAMPAIGN_VIEW")) {
            jdbc.sql("""
                    update role set permissions = array_append(permissions, :p)
                     where code = 'LEADING_GROUP_OFFICE' and not (:p = any(permissions))""").param("p", p).update();
        }
    }

    long demoCampaign() {
        return jdbc.sql("select id from campaign where title like '黎城县打击侵犯知识产权%' order by id limit 1")
                .query(Long.class).single();
    }

    long demoRound(int seq) {
        return jdbc.sql("select id from report_round where campaign_id = :c and seq = :s")
                .param("c", demoCampaign()).param("s", seq).query(Long.class).single();
    }

    /** Accepted figures of {@code code} over the given demo rounds, added up straight from the raw values. */
    BigDecimal acceptedSum(String code, int... seqs) {
        Long[] rounds = java.util.Arrays.stream(seqs).mapToObj(s -> demoRound(s)).toArray(Long[]::new);
        return jdbc.sql("""
                select coalesce(sum(v.value), 0) from report_submission s
                  join submission_value v on v.submission_id = s.id and v.breakdown_key = 0
                  join report_indicator i on i.id = v.indicator_id
                 where s.round_id = any(:rounds) and s.status = 'ACCEPTED' and i.code = :code""")
                .param("rounds", rounds).param("code", code).query(BigDecimal.class).single();
    }

    /** Creates a draft and answers its JSON. */
    String draft(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/briefings").with(users.as(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8);
    }

    static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** All paragraph texts of a draft's JSON, one per line. */
    static String text(String json) {
        List<String> texts = JsonPath.read(json, "$.paragraphs[*].text");
        return String.join("\n", texts);
    }

    String issue(String user, long id) throws Exception {
        return mvc.perform(post("/api/v1/briefings/" + id + "/issue").with(users.as(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Downloads the DOCX and answers its paragraphs' text, one per line. */
    String docxText(String user, long id) throws Exception {
        byte[] bytes = mvc.perform(get("/api/v1/briefings/" + id + "/docx").with(users.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }
}
