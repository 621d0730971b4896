package org.shuangda.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.InputText;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One test per class of bad input the gate refuses (issue 11, found 6): NUL and control characters in JSON,
 * query and form fields, line breaks in single-line fields, over-long text, NFC, nulls inside lists, decimals
 * no column holds, impossible dates, non-numbers in hidden form fields. Each answers 4xx naming the field and
 * writes nothing.
 */
@WebTest
class InputGateTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(demo.as("licheng.officer")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    String caseDraft(String title, String extra) {
        long entity = jdbc.sql("select id from market_entity where region_code = '140426' order by id limit 1")
                .query(Long.class).single();
        String officers = jdbc.sql("select string_agg(id::text, ',' order by id) from app_user where username in "
                + "('licheng.officer', 'licheng.inspector')").query(String.class).single();
        return """
                {"title":"%s","category":"TRADEMARK","caseValue":12000,"parties":[{"kind":"ENTITY","entityId":%d}],
                 "goods":[],"officerIds":[%s]%s}""".formatted(title, entity, officers, extra);
    }

    /**
     * Removes a case a test registered, once the listeners of its registration are done: the county's case list
     * is shared by the other tests of this Spring context, which expect the demo's cases on its first page.
     */
    void forget(long caseId) throws InterruptedException {
        for (int i = 0; i < 200 && jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single() > 0; i++) {
            Thread.sleep(25);
        }
        jdbc.sql("delete from enforcement_case where id = :id").param("id", caseId).update();
    }

    int cases() {
        return jdbc.sql("select count(*) from enforcement_case").query(Integer.class).single();
    }

    @Test
    void aNulInAJsonStringIsA422OnTheField() throws Exception {
        int before = cases();
        mvc.perform(json(post("/api/v1/cases"), caseDraft("假冒\\u0000化肥案", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("控制字符")));
        mvc.perform(json(post("/api/v1/cases"), caseDraft("假冒化肥案", ",\"facts\":\"x\\u0007y\""))
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("facts"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("control character")));
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aNulInsideAListOfStringsIsNamedWithItsIndex() throws Exception {
        String person = caseDraft("案", "").replaceFirst("\"parties\":\\[[^\\]]*\\]",
                Matcher.quoteReplacement("\"parties\":[{\"kind\":\"PERSON\",\"name\":\"张\\u0000三\"}]"));
        mvc.perform(json(post("/api/v1/cases"), person))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("parties[0].name")));
    }

    @Test
    void aLineBreakIsRefusedInASingleLineFieldAndKeptInAMultiLineOne() throws Exception {
        mvc.perform(json(post("/api/v1/cases"), caseDraft("第一行\\n第二行", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("不能换行")));
        String created = mvc.perform(json(post("/api/v1/cases"), caseDraft("换行测试案", ",\"facts\":\"一\\r\\n二\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.case.id")).longValue();
        assertThat(jdbc.sql("select facts from enforcement_case where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("一\r\n二");
        forget(id);
    }

    @Test
    void overLongTextIsRefusedWithTheLimit() throws Exception {
        int before = cases();
        mvc.perform(json(post("/api/v1/cases"), caseDraft("长".repeat(InputText.SINGLE_LINE_MAX + 1), "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("最多 200 个字符")));
        // a megabyte is refused before it is normalised
        mvc.perform(json(post("/api/v1/cases"), caseDraft("案", ",\"facts\":\"" + "x".repeat(1 << 20) + "\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("facts"));
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void textIsStoredInNfc() throws Exception {
        String decomposed = "Cafe\u0301 假冒案"; // e + combining acute
        String created = mvc.perform(json(post("/api/v1/cases"), caseDraft(decomposed, "")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.case.id")).longValue();
        assertThat(jdbc.sql("select title from enforcement_case where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("Caf\u00e9 假冒案");
        forget(id);
    }

    @Test
    void aNullInsideAListIsA422NamingTheElement() throws Exception {
        int before = cases();
        mvc.perform(json(post("/api/v1/cases"), caseDraft("空值案", "").replace("\"goods\":[]", "\"goods\":[null]")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", containsString("goods")))
                .andExpect(jsonPath("$.errors[0].reason", containsString("null")));
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aDecimalNoColumnHoldsIsA422OnTheField() throws Exception {
        int before = cases();
        mvc.perform(json(post("/api/v1/cases"), caseDraft("巨额案", "").replace("\"caseValue\":12000", "\"caseValue\":1e20")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("caseValue"));
        // within JSON's bound but beyond numeric(16, 2): the case validator names it
        mvc.perform(json(post("/api/v1/cases"), caseDraft("巨额案", "").replace("\"caseValue\":12000", "\"caseValue\":1e15")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("caseValue")));
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void anImpossibleDateInJsonIsA4xxNamingTheField() throws Exception {
        for (String date : List.of("2024-02-30T09:00:00", "-0001-01-01T09:00:00", "+999999999-12-31T00:00:00")) {
            mvc.perform(json(post("/api/v1/cases"), caseDraft("日期案", ",\"registeredAt\":\"" + date + "\"")))
                    .andExpect(status().is4xxClientError())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("registeredAt")));
        }
    }

    @Test
    void aNulInAQueryParameterIsA422() throws Exception {
        mvc.perform(get("/api/v1/cases").param("q", "a\u0000b").with(demo.as("licheng.officer")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/cases").param("q", "a\u0000b").with(demo.as("licheng.officer")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("控制字符")));
    }

    @Test
    void aNulInThePublicTrackingFormIsA422Page() throws Exception {
        mvc.perform(post("/public/filings/track").with(csrf()).param("trackingNo", "TS\u0000").param("queryCode", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("控制字符")));
    }

    @Test
    void aNonNumberInAHiddenFormFieldOrAnImpossibleDateIsA400Page() throws Exception {
        int before = cases();
        mvc.perform(post("/cases").with(demo.as("licheng.officer")).with(csrf()).param("title", "隐藏字段案")
                        .param("category", "FOOD").param("clueId", "abc"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/cases").with(demo.as("licheng.officer")).with(csrf()).param("title", "日期案")
                        .param("category", "FOOD").param("registeredOn", "2024-02-30"))
                .andExpect(status().is4xxClientError());
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void aMultiLineFormFieldKeepsItsLineBreaksAndASingleLineOneRefusesThem() throws Exception {
        mvc.perform(post("/cases").with(demo.as("licheng.officer")).with(csrf()).param("title", "一\r\n二")
                        .param("category", "FOOD"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("不能换行")));
    }

    /** Every {@code <textarea>} of every page is multi-line for the gate: a new one not listed fails here. */
    @Test
    void everyTextareaIsAMultiLineField() throws IOException {
        Pattern textarea = Pattern.compile("<textarea[^>]*?\\bname=\"([^\"$']+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = textarea.matcher(Files.readString(file));
                while (m.find()) {
                    if (!InputText.multiLineByName(m.group(1))) {
                        missing.add(file + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(InputText.multiLineByName("c.R1")).isTrue(); // a submission's comment per rule
        assertThat(InputText.multiLineByName("title")).isFalse();
    }
}
