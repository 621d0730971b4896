package org.shuangda.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.cases.CaseDocument;
import org.shuangda.cases.CaseDocuments;
import org.shuangda.reporting.ReportingFixtures;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may write which configuration (issue 11, {@code shared.Configurable}): every configuration write endpoint,
 * API and page form, against every demo account of both counties, the city office and the city administrator.
 * An allowed write succeeds and changes the row (or writes the writer's own version); a refused one answers
 * 403, 404 or 422 (a page form: its errors) and leaves the row as it was.
 */
@WebTest
class ConfigurationOwnershipMatrixTest {

    static final List<String> ACCOUNTS;

    static {
        List<String> accounts = new ArrayList<>(List.of("admin", "changzhi.office"));
        for (String county : List.of("licheng", "pingshun")) {
            for (String role : List.of("admin", "office", "reporter", "officer", "police", "prosecutor", "leader",
                    "head")) {
                accounts.add(county + "." + role);
            }
        }
        ACCOUNTS = List.copyOf(accounts);
    }

    static final String LICHENG = "/140000/140400/140426/";
    static final String PINGSHUN = "/140000/140400/140425/";
    static final String CITY = "/140000/140400/";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired CaseDocuments documents;

    private final List<Long> thresholdsMade = new ArrayList<>();
    private final List<Long> rulesMade = new ArrayList<>();

    @BeforeEach
    void grants() {
        // the shared context's identity tests rewrite some roles; put back the built-in grants this test relies on
        ReportingFixtures.restoreGrants(jdbc);
    }

    @AfterEach
    void cleanUp() {
        thresholdsMade.forEach(id -> jdbc.sql("delete from criminal_threshold where id = :id").param("id", id).update());
        rulesMade.forEach(id -> jdbc.sql("delete from filing_routing_rule where id = :id").param("id", id).update());
    }

    // ---------------------------------------------------------------- criminal thresholds (national / province)

    @Test
    void only_scope_ALL_changes_a_national_threshold_by_API_and_by_page_form() throws Exception {
        long id = threshold(null);
        for (String user : ACCOUNTS) {
            Supplier<Object> row = () -> thresholdRow(id);
            Object before = row.get();
            int version = version(id);
            MockHttpServletResponse api = mvc.perform(json(put("/api/v1/thresholds/{id}", id), user,
                    thresholdBody("9000000000" + SEQ.incrementAndGet(), version, null))).andReturn().getResponse();
            expect(user, Set.of("admin"), api.getStatus(), 200, before, row.get());

            before = row.get();
            version = version(id);
            MockHttpServletResponse page = mvc.perform(post("/thresholds/{id}", id).with(demo.as(user)).with(csrf())
                    .param("category", "COPYRIGHT").param("charge", "矩阵测试罪").param("amountKind", "ILLEGAL_GAINS")
                    .param("minimum", "8000000000" + SEQ.incrementAndGet()).param("basis", "测试依据")
                    .param("version", String.valueOf(version))).andReturn().getResponse();
            expect(user, Set.of("admin"), page.getStatus(), 302, before, row.get());
        }
        assertThat(owner("criminal_threshold", id)).isNull();
    }

    @Test
    void only_scope_ALL_adds_a_national_or_provincial_threshold_and_no_county_adds_its_own() throws Exception {
        for (String user : ACCOUNTS) {
            for (String ownerRegion : new String[] {null, "140000"}) {
                long before = thresholdCount();
                MockHttpServletResponse r = mvc.perform(json(post("/api/v1/thresholds"), user,
                        thresholdBody("7000000000", 0, ownerRegion))).andReturn().getResponse();
                if (r.getStatus() == 201) {
                    thresholdsMade.add(((Number) JsonPath.read(r.getContentAsString(), "$.id")).longValue());
                }
                expect(user, Set.of("admin"), r.getStatus(), 201, before, thresholdCount());
            }
            long before = thresholdCount();
            MockHttpServletResponse page = mvc.perform(post("/thresholds").with(demo.as(user)).with(csrf())
                    .param("category", "COPYRIGHT").param("charge", "矩阵测试罪").param("amountKind", "ILLEGAL_GAINS")
                    .param("minimum", "7000000000").param("basis", "测试依据")).andReturn().getResponse();
            thresholdsMade.addAll(jdbc.sql("select id from criminal_threshold where charge = '矩阵测试罪'")
                    .query(Long.class).list().stream().filter(i -> !thresholdsMade.contains(i)).toList());
            expect(user, Set.of("admin"), page.getStatus(), 302, before, thresholdCount());
        }
        // the county administrator naming his own county as owner: the rule, not the scope, refuses him
        mvc.perform(json(post("/api/v1/thresholds"), "licheng.admin", thresholdBody("7000000000", 0, "140426")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("县级不能新增或修改")));
        // a province's own row replaces the national one for cases there, and is edited by scope ALL only
        long provincial = thresholdsMade.stream().filter(i -> "/140000/".equals(owner("criminal_threshold", i)))
                .findFirst().orElseThrow();
        mvc.perform(json(put("/api/v1/thresholds/{id}", provincial), "licheng.admin",
                thresholdBody("6000000000", version(provincial), null))).andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/thresholds/{id}", provincial), "admin",
                thresholdBody("6000000000", version(provincial), null))).andExpect(status().isOk());
    }

    @Test
    void a_provinces_own_threshold_replaces_the_national_one_for_its_cases_in_the_prompt_and_the_prosecutors_list()
            throws Exception {
        long caseId = licheng_case_above_threshold();
        String check = mvc.perform(get("/api/v1/thresholds/cases/{id}", caseId).with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mustTransfer").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat(missedBy("licheng.prosecutor")).contains(caseId);
        List<Map<String, Object>> matched = JsonPath.read(check, "$.matches[*].threshold");
        for (Map<String, Object> t : matched) {
            String body = """
                    {"category":"%s","charge":"%s","amountKind":"%s","minimum":999999999999,"basis":"山西省规定（测试）",
                     "active":true,"version":0,"ownerRegion":"140000"}""".formatted(t.get("category"), t.get("charge"),
                    t.get("amountKind"));
            String json = mvc.perform(json(post("/api/v1/thresholds"), "admin", body)).andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString();
            thresholdsMade.add(((Number) JsonPath.read(json, "$.id")).longValue());
        }
        // in 山西 the province's higher amounts are in force: the case no longer meets a threshold
        mvc.perform(get("/api/v1/thresholds/cases/{id}", caseId).with(demo.as("licheng.officer")))
                .andExpect(jsonPath("$.mustTransfer").value(false));
        assertThat(missedBy("licheng.prosecutor")).doesNotContain(caseId);
        // the table page shows the province's rows as such, read-only for the county
        mvc.perform(get("/thresholds").with(demo.as("licheng.admin"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("省级规定（140000）")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("action=\"/thresholds"))));
        // a row of another province does not apply here
        for (long id : List.copyOf(thresholdsMade)) {
            jdbc.sql("update criminal_threshold set owner_region_path = '/110000/' where id = :id").param("id", id)
                    .update();
        }
        mvc.perform(get("/api/v1/thresholds/cases/{id}", caseId).with(demo.as("licheng.officer")))
                .andExpect(jsonPath("$.mustTransfer").value(true));
        assertThat(missedBy("licheng.prosecutor")).contains(caseId);
    }

    private List<Long> missedBy(String user) throws Exception {
        String json = mvc.perform(get("/api/v1/oversight/missed").with(demo.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Number> ids = JsonPath.read(json, "$[*].kase.id");
        return ids.stream().map(Number::longValue).toList();
    }

    // ---------------------------------------------------------------- case document templates (per level)

    @Test
    void a_county_replaces_only_its_own_document_template_and_cases_use_the_most_specific_one() throws Exception {
        List<Map<String, Object>> saved = jdbc.sql("select * from case_document_template").query().listOfRows();
        try {
            Map<String, String> ownerOf = Map.of("admin", "", "licheng.admin", LICHENG, "pingshun.admin", PINGSHUN);
            for (String user : ACCOUNTS) {
                String marker = "矩阵模板" + SEQ.incrementAndGet();
                Supplier<Object> rows = () -> jdbc.sql("""
                        select coalesce(owner_region_path, '') as owner, md5(content) as digest
                          from case_document_template where code = 'PENALTY_DECISION' order by 1""")
                        .query().listOfRows();
                Object before = rows.get();
                MockHttpServletResponse r = mvc.perform(multipart("/cases/templates/PENALTY_DECISION")
                        .file(new MockMultipartFile("file", "t.docx", "application/octet-stream", docx(marker)))
                        .with(demo.as(user)).with(csrf())).andReturn().getResponse();
                expect(user, ownerOf.keySet(), r.getStatus(), 302, before, rows.get());
                if (ownerOf.containsKey(user)) {
                    // the upload is the writer's own level's version, and nobody else's
                    assertThat(text(jdbc.sql("""
                            select content from case_document_template
                             where code = 'PENALTY_DECISION' and coalesce(owner_region_path, '') = :o""")
                            .param("o", ownerOf.get(user)).query(byte[].class).single())).contains(marker);
                }
            }
            // the page says whose version an upload becomes
            mvc.perform(get("/cases/templates").with(demo.as("licheng.admin"))).andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .string(org.hamcrest.Matchers.containsString("您上传的模板是黎城县的版本")));
            String national = text(jdbc.sql("""
                    select content from case_document_template
                     where code = 'PENALTY_DECISION' and owner_region_path is null""").query(byte[].class).single());
            String nationalMarker = national.replaceAll("(?s).*(矩阵模板\\d+).*", "$1");
            // each county's case is filled from its own county's template; the other county's is never used
            assertThat(renderFor("licheng.officer", "140426")).contains(markerOf(LICHENG)).doesNotContain(markerOf(PINGSHUN));
            assertThat(renderFor("pingshun.officer", "140425")).contains(markerOf(PINGSHUN)).doesNotContain(markerOf(LICHENG));
            // without a county's own, the national upload applies
            jdbc.sql("delete from case_document_template where owner_region_path = :p").param("p", PINGSHUN).update();
            assertThat(renderFor("pingshun.officer", "140425")).contains(nationalMarker);
        } finally {
            jdbc.sql("delete from case_document_template").update();
            for (Map<String, Object> row : saved) {
                jdbc.sql("""
                        insert into case_document_template (code, owner_region_path, content, uploaded_by, uploaded_at)
                        values (:code, :owner, :content, :by, :at)""").param("code", row.get("code"))
                        .param("owner", row.get("owner_region_path")).param("content", row.get("content"))
                        .param("by", row.get("uploaded_by")).param("at", row.get("uploaded_at")).update();
            }
        }
    }

    private String markerOf(String ownerPath) {
        String text = text(jdbc.sql("""
                select content from case_document_template
                 where code = 'PENALTY_DECISION' and owner_region_path = :p""").param("p", ownerPath)
                .query(byte[].class).single());
        return text.replaceAll("(?s).*(矩阵模板\\d+).*", "$1");
    }

    private String renderFor(String user, String regionCode) {
        long caseId = jdbc.sql("""
                select c.id from enforcement_case c join pub_unit u on u.id = c.unit_id
                 where u.region_code = :r and c.unit_id = (select unit_id from app_user where username = :u)
                   and c.decision_number is not null and c.legal_basis is not null
                 order by c.id limit 1""").param("r", regionCode).param("u", user).query(Long.class).single();
        return text(documents.render(demo.actor(user), CaseDocument.PENALTY_DECISION, caseId));
    }

    // ---------------------------------------------------------------- report templates (owned by their maker)

    @Test
    void a_report_template_is_changed_only_by_whom_covers_its_owner_region_by_API_and_page_form() throws Exception {
        Map<String, Set<String>> editors = Map.of(
                "pingshun.office", Set.of("admin", "changzhi.office", "pingshun.admin", "pingshun.office"),
                "licheng.office", Set.of("admin", "changzhi.office", "licheng.admin", "licheng.office"),
                "changzhi.office", Set.of("admin", "changzhi.office"));
        for (var entry : editors.entrySet()) {
            long id = reportTemplate(entry.getKey());
            for (String user : ACCOUNTS) {
                Supplier<Object> row = () -> jdbc.sql("select name, changed_by, current from report_template where id = :id")
                        .param("id", id).query().singleRow();
                Object before = row.get();
                MockHttpServletResponse api = mvc.perform(json(put("/api/v1/templates/{id}", id), user,
                        templateBody("", "改名" + SEQ.incrementAndGet()))).andReturn().getResponse();
                expect(user + " on " + entry.getKey() + "'s", entry.getValue(), api.getStatus(), 200, before, row.get());

                before = row.get();
                MockHttpServletResponse page = mvc.perform(post("/reporting/templates/{id}", id).with(demo.as(user))
                        .with(csrf()).param("name", "网页改名" + SEQ.incrementAndGet()).param("figures", "PERIOD")
                        .param("i[0].order", "1").param("i[0].code", "opened").param("i[0].name", "立案")
                        .param("i[0].measure", "件").param("i[0].type", "INTEGER")).andReturn().getResponse();
                expect(user + " on " + entry.getKey() + "'s (page)", entry.getValue(), page.getStatus(), 302, before,
                        row.get());
            }
        }
    }

    @Test
    void every_template_manager_adds_report_templates_owned_by_his_own_level() throws Exception {
        Map<String, String> owners = Map.of("admin", "", "changzhi.office", CITY, "licheng.admin", LICHENG,
                "licheng.office", LICHENG, "pingshun.admin", PINGSHUN, "pingshun.office", PINGSHUN);
        long source = jdbc.sql("select id from report_template where builtin order by id limit 1").query(Long.class).single();
        for (String user : ACCOUNTS) {
            long before = templateCount();
            String code = "CFG_" + SEQ.incrementAndGet();
            MockHttpServletResponse r = mvc.perform(json(post("/api/v1/templates"), user, templateBody(code, "矩阵表")))
                    .andReturn().getResponse();
            expect(user, owners.keySet(), r.getStatus(), 201, before, templateCount());
            String copy = "CFG_" + SEQ.incrementAndGet();
            before = templateCount();
            MockHttpServletResponse c = mvc.perform(json(post("/api/v1/templates/{id}/copy", source), user,
                    "{\"code\":\"" + copy + "\",\"name\":\"矩阵副本\"}")).andReturn().getResponse();
            expect(user + " (copy)", owners.keySet(), c.getStatus(), 201, before, templateCount());
            // the same by the page forms
            String pageCode = "CFG_" + SEQ.incrementAndGet();
            before = templateCount();
            MockHttpServletResponse page = mvc.perform(post("/reporting/templates").with(demo.as(user)).with(csrf())
                    .param("code", pageCode).param("name", "网页矩阵表").param("figures", "PERIOD")
                    .param("i[0].order", "1").param("i[0].code", "opened").param("i[0].name", "立案")
                    .param("i[0].measure", "件").param("i[0].type", "INTEGER")).andReturn().getResponse();
            expect(user + " (page)", owners.keySet(), page.getStatus(), 302, before, templateCount());
            String pageCopy = "CFG_" + SEQ.incrementAndGet();
            before = templateCount();
            MockHttpServletResponse pc = mvc.perform(post("/reporting/templates/{id}/copy", source).with(demo.as(user))
                    .with(csrf()).param("code", pageCopy).param("name", "网页矩阵副本")).andReturn().getResponse();
            expect(user + " (page copy)", owners.keySet(), pc.getStatus(), 302, before, templateCount());
            if (owners.containsKey(user)) {
                for (String made : List.of(code, copy, pageCode, pageCopy)) {
                    assertThat(Objects.toString(jdbc.sql("select owner_region_path from report_template where code = :c")
                            .param("c", made).query((rs, n) -> rs.getString(1)).list().get(0), "")).as(user)
                            .isEqualTo(owners.get(user));
                }
            }
        }
    }

    // ---------------------------------------------------------------- routing rules (owned by their region)

    @Test
    void a_routing_rule_of_a_county_is_written_by_whom_covers_that_county_and_goes_to_a_unit_of_its_region()
            throws Exception {
        long pingshunMarket = jdbc.sql("""
                select id from pub_unit where region_code = '140425' and type = 'MARKET_SUPERVISION' and active
                 order by id limit 1""").query(Long.class).single();
        Set<String> writers = Set.of("admin", "changzhi.office", "pingshun.admin", "pingshun.office");
        for (String user : ACCOUNTS) {
            Supplier<Object> rule = () -> jdbc.sql("""
                    select count(*) from filing_routing_rule where region_code = '140425' and category = 'PATENT'""")
                    .query(Long.class).single();
            Object before = rule.get();
            MvcResult r = mvc.perform(post("/filings/routing").with(demo.as(user)).with(csrf())
                    .param("regionCode", "140425").param("category", "PATENT")
                    .param("unitId", String.valueOf(pingshunMarket)).param("note", "矩阵")).andReturn();
            rulesMade.addAll(jdbc.sql("select id from filing_routing_rule where note = '矩阵'").query(Long.class).list());
            boolean refusedWithErrors = r.getFlashMap().containsKey("actionErrors");
            int status = r.getResponse().getStatus() == 302 && refusedWithErrors ? 422 : r.getResponse().getStatus();
            expect(user, writers, status, 302, before, rule.get());
            jdbc.sql("delete from filing_routing_rule where note = '矩阵'").update();
        }
        // deleting a county's rule: the same writers; the others are refused and the rule stays
        for (String user : ACCOUNTS) {
            mvc.perform(post("/filings/routing").with(demo.as("admin")).with(csrf()).param("regionCode", "140425")
                    .param("category", "PATENT").param("unitId", String.valueOf(pingshunMarket)).param("note", "矩阵"));
            long id = jdbc.sql("select id from filing_routing_rule where note = '矩阵'").query(Long.class).single();
            rulesMade.add(id);
            Supplier<Object> exists = () -> jdbc.sql("select count(*) from filing_routing_rule where id = :id")
                    .param("id", id).query(Long.class).single();
            Object before = exists.get();
            int status = mvc.perform(post("/filings/routing/{id}/delete", id).with(demo.as(user)).with(csrf()))
                    .andReturn().getResponse().getStatus();
            expect(user + " (delete)", writers, status, 302, before, exists.get());
            jdbc.sql("delete from filing_routing_rule where note = '矩阵'").update();
        }
        // the county's own office may not send its county's matters to the other county's unit
        MvcResult r = mvc.perform(post("/filings/routing").with(demo.as("licheng.office")).with(csrf())
                .param("regionCode", "140426").param("category", "PATENT")
                .param("unitId", String.valueOf(pingshunMarket)).param("note", "矩阵")).andReturn();
        assertThat(r.getFlashMap().get("actionErrors")).asString().contains("不属于该行政区划或其上级");
        assertThat(jdbc.sql("select count(*) from filing_routing_rule where note = '矩阵'").query(Long.class).single())
                .isZero();
    }

    // ---------------------------------------------------------------- transfers to police (属地)

    @Test
    void a_transfer_goes_only_to_police_of_the_cases_region_and_never_to_the_other_countys() throws Exception {
        long caseId = licheng_case_above_threshold();
        long pingshunPolice = jdbc.sql("""
                select id from pub_unit where region_code = '140425' and type = 'PUBLIC_SECURITY' and active
                 order by id limit 1""").query(Long.class).single();
        long lichengPolice = jdbc.sql("""
                select id from pub_unit where region_code = '140426' and type = 'PUBLIC_SECURITY' and active
                 order by id limit 1""").query(Long.class).single();
        mvc.perform(json(post("/api/v1/transfers"), "licheng.officer", proposal(caseId, pingshunPolice)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("policeUnitId"))
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString("管辖")));
        // the county's system administrator handles no case at all (三员分立), whichever police he names
        for (long police : List.of(pingshunPolice, lichengPolice)) {
            mvc.perform(json(post("/api/v1/transfers"), "licheng.admin", proposal(caseId, police)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from case_transfer where case_id = :c").param("c", caseId)
                .query(Long.class).single()).isZero();
        mvc.perform(json(post("/api/v1/transfers"), "licheng.officer", proposal(caseId, lichengPolice)))
                .andExpect(status().isCreated());
        // the police of a higher level (长治市公安局) may be addressed too
        long cityPolice = jdbc.sql("select id from pub_unit where region_code = '140400'"
                + " and type = 'PUBLIC_SECURITY' and active order by id limit 1").query(Long.class).single();
        mvc.perform(json(post("/api/v1/transfers"), "licheng.officer", proposal(licheng_case_above_threshold(),
                cityPolice))).andExpect(status().isCreated());
    }

    private long licheng_case_above_threshold() throws Exception {
        long entity = jdbc.sql("select id from market_entity where region_code = '140426' order by id limit 1")
                .query(Long.class).single();
        String officers = jdbc.sql("""
                select string_agg(id::text, ',' order by id) from app_user
                 where username in ('licheng.officer', 'licheng.inspector')""").query(String.class).single();
        String body = """
                {"title":"矩阵移送案%d","category":"TRADEMARK","productCategory":"化肥","facts":"销售假冒注册商标复合肥",
                 "caseValue":90000,"illegalGains":1000,"illegalBusinessAmount":90000,
                 "parties":[{"kind":"ENTITY","entityId":%d}],
                 "goods":[{"name":"假冒复合肥","quantity":60,"unitLabel":"袋","value":90000}],"officerIds":[%s]}
                """.formatted(SEQ.incrementAndGet(), entity, officers);
        String json = mvc.perform(json(post("/api/v1/cases"), "licheng.officer", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.case.id")).longValue();
    }

    private static String proposal(long caseId, long police) {
        return "{\"caseId\":%d,\"policeUnitId\":%d,\"charge\":\"假冒注册商标罪\",\"reason\":\"非法经营数额超过5万元\"}"
                .formatted(caseId, police);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The one assertion of the matrix: {@code user} in {@code allowed} got {@code okStatus} and the row changed;
     * anyone else got 403, 404 or 422 and the row is as it was.
     */
    private static void expect(String user, Set<String> allowed, int status, int okStatus, Object before, Object after) {
        String who = user.contains(" ") ? user.substring(0, user.indexOf(' ')) : user;
        if (allowed.contains(who)) {
            assertThat(status).as(user + " may write").isEqualTo(okStatus);
            assertThat(after).as(user + "'s write changed the row").isNotEqualTo(before);
        } else {
            assertThat(status).as(user + " is refused").isIn(403, 404, 422);
            assertThat(after).as(user + "'s refusal left the row").isEqualTo(before);
        }
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(demo.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long threshold(String ownerRegion) throws Exception {
        String json = mvc.perform(json(post("/api/v1/thresholds"), "admin", thresholdBody("9000000000", 0, ownerRegion)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        thresholdsMade.add(id);
        return id;
    }

    /** An inactive row with an amount no case reaches: it never changes what other tests see. */
    private static String thresholdBody(String minimum, int version, String ownerRegion) {
        return """
                {"category":"COPYRIGHT","charge":"矩阵测试罪","amountKind":"ILLEGAL_GAINS","minimum":%s,
                 "basis":"测试依据","active":false,"version":%d%s}""".formatted(minimum, version,
                ownerRegion == null ? "" : ",\"ownerRegion\":\"" + ownerRegion + "\"");
    }

    private Object thresholdRow(long id) {
        return jdbc.sql("select minimum, version, owner_region_path from criminal_threshold where id = :id")
                .param("id", id).query().singleRow();
    }

    private int version(long id) {
        return jdbc.sql("select version from criminal_threshold where id = :id").param("id", id)
                .query(Integer.class).single();
    }

    private long thresholdCount() {
        return jdbc.sql("select count(*) from criminal_threshold").query(Long.class).single();
    }

    private long templateCount() {
        return jdbc.sql("select count(*) from report_template").query(Long.class).single();
    }

    private String owner(String table, long id) {
        return jdbc.sql("select owner_region_path from " + table + " where id = :id").param("id", id)
                .query((rs, n) -> rs.getString(1)).list().get(0);
    }

    private long reportTemplate(String user) throws Exception {
        String json = mvc.perform(json(post("/api/v1/templates"), user,
                        templateBody("CFG_" + SEQ.incrementAndGet(), "矩阵表")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private static String templateBody(String code, String name) {
        return """
                {"code": "%s", "name": "%s", "figures": "PERIOD",
                 "indicators": [{"code": "opened", "name": "立案", "measure": "件", "type": "INTEGER"}],
                 "rules": [{"code": "r1", "expression": "opened >= 0", "severity": "ERROR", "messageZh": "规则"}]}"""
                .formatted(code, name);
    }

    private static byte[] docx(String marker) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(marker + " ${caseNumber}");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static String text(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
