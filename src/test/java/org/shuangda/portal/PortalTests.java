package org.shuangda.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The public portal (一公开, issue 18): stateless pages with cache and security headers; only published records
 * within their display period; natural persons masked and never found by name; the entity lookup by name and by
 * USCC; search filters refused in words; 429 past the per-address limits. Its own context (low limits, and the
 * records it writes stay out of the shared one); every request but the limit tests' comes from an address of its own.
 */
@WebTest
@TestPropertySource(properties = {"shuangda.portal.pages-per-minute=40", "shuangda.portal.lookups-per-minute=6"})
class PortalTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    /** A fresh client address, so the limits of one test never reach another. */
    static RequestPostProcessor anyone() {
        int n = ADDRESSES.incrementAndGet();
        return from("10.18." + (n / 250) + "." + (n % 250 + 1));
    }

    static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(anyone()).accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private long unit(String name) {
        return jdbc.sql("select id from unit where name = :n").param("n", name).query(Long.class).single();
    }

    private static final AtomicInteger CODES = new AtomicInteger();

    /** A USCC-shaped code no other row has: ten characters of {@code prefix}, eight digits. */
    private static String uscc(String prefix) {
        return prefix + String.format("%08d", (System.nanoTime() / 1000 + CODES.incrementAndGet()) % 100_000_000);
    }

    private long entity(String name, String type, String uscc) {
        return jdbc.sql("""
                insert into market_entity (name, uscc, entity_type, region_code) values (:n, :u, :t, '140426')
                returning id""").param("n", name).param("u", uscc).param("t", type).query(Long.class).single();
    }

    /** A case row for a penalty record to hang on (penalty_publication.case_id is required and unique). */
    private long caseOf(long unitId) {
        return jdbc.sql("""
                insert into enforcement_case (number, unit_id, unit_path, region_path, title, category, registered_at,
                       created_by)
                select :number, u.id, u.path, r.path, '门户测试案件', 'FOOD', now(), 'test'
                  from unit u join region r on r.code = u.region_code where u.id = :unit
                returning id""").param("number", "门户测试" + System.nanoTime()).param("unit", unitId)
                .query(Long.class).single();
    }

    /** A penalty record: {@code publishedAgo} a PostgreSQL interval, or null for a pending one. */
    private long penalty(String number, String partyKind, String party, String uscc, String publishedAgo) {
        long unitId = unit("黎城县工商行政管理局");
        return jdbc.sql("""
                insert into penalty_publication (case_id, unit_id, decision_number, decided_on, due_on, party_kind,
                       party_name, uscc, facts, legal_basis, penalty, authority, status, published_at, published_by)
                values (:case, :unit, :number, current_date - 30, current_date - 2, :kind, :party, :uscc,
                        '销售假冒注册商标的商品', '《中华人民共和国商标法》第六十条', '没收侵权商品，罚款人民币一万元',
                        '黎城县工商行政管理局', :status,
                        case when cast(:ago as text) is null then null else now() - cast(:ago as interval) end,
                        case when cast(:ago as text) is null then null else 'test' end)
                returning id""").param("case", caseOf(unitId)).param("unit", unitId).param("number", number)
                .param("kind", partyKind).param("party", party).param("uscc", uscc)
                .param("status", publishedAgo == null ? "PENDING" : "PUBLISHED").param("ago", publishedAgo)
                .query(Long.class).single();
    }

    /** An abnormal listing: on the list, or removed yesterday. */
    private long abnormal(Long entityId, String subjectKind, String name, String uscc, boolean removed) {
        long unitId = unit("黎城县工商行政管理局");
        return jdbc.sql("""
                insert into credit_listing (list_kind, state, entity_id, subject_name, subject_kind, uscc, ground,
                       trigger_on, unit_id, unit_path, region_path, listed_on, removed_on, removal_kind, created_by)
                select 'ABNORMAL', :state, :entity, :name, :kind, :uscc, 'UNREACHABLE', current_date - 60, u.id, u.path,
                       r.path, current_date - 50, :removedOn, :removalKind, 'test'
                  from unit u join region r on r.code = u.region_code where u.id = :unit
                returning id""").param("state", removed ? "REMOVED" : "LISTED").param("entity", entityId)
                .param("name", name).param("kind", subjectKind).param("uscc", uscc)
                .param("removedOn", removed ? java.time.LocalDate.now().minusDays(1) : null)
                .param("removalKind", removed ? "APPLICATION" : null).param("unit", unitId).query(Long.class).single();
    }

    @Test
    void thePortalsPagesCreateNoSessionMayBeCachedAndCarryTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/public", "/public/entities?q=黎城县", "/public/search?q=公司",
            "/public/penalties", "/public/credit/serious", "/public/inspections", "/public/commendations"}) {
            MvcResult result = mvc.perform(get(path).with(anyone()).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", containsString("public, max-age=")))
                    .andExpect(header().string("Vary", containsString("Accept")))
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().doesNotExist("Set-Cookie")).andReturn();
            assertThat(result.getRequest().getSession(false)).as("no session for %s", path).isNull();
        }
        // the public forms keep their session and CSRF token (and are kept by no cache)
        MvcResult form = mvc.perform(get("/public/filings/new").with(anyone())).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\""))).andReturn();
        assertThat(form.getResponse().getHeader("Cache-Control")).doesNotContain("public");
        // nothing but GET and HEAD: a POST to a portal page is the ordinary chain's (no CSRF token: 403)
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/public/search")
                .with(anyone())).andExpect(status().isForbidden());
    }

    @Test
    void theHomePageKeepsTheCitizensEntriesAndShowsEachSection() throws Exception {
        Document home = Jsoup.parse(page("/public"));
        assertThat(home.select("#public-home").attr("href")).isEqualTo("/public");
        assertThat(home.select("#public-entries a").eachAttr("id")).contains("entry-report", "entry-complaint",
                "entry-enquiry", "entry-track", "entry-penalties", "entry-credit", "entry-credit-restoration",
                "entry-inspections", "entry-commendations", "entry-search");
        assertThat(home.select("#portal-lookup input[name=q]")).hasSize(1);
        assertThat(home.select("#portal-latest section").eachAttr("id")).contains("latest-penalties", "latest-serious",
                "latest-abnormal", "latest-inspections", "latest-commendations");
        // every module's public page shares the portal's navigation
        for (String path : new String[] {"/public/penalties", "/public/credit/serious", "/public/credit/abnormal",
            "/public/inspections", "/public/commendations", "/public/filings/new", "/public/filings/track",
            "/public/credit/restoration", "/public/entities", "/public/search"}) {
            Document d = Jsoup.parse(page(path));
            assertThat(d.select("#portal-nav #public-home")).as(path).hasSize(1);
            assertThat(d.select("#portal-nav a[href=/public/penalties]")).as(path).hasSize(1);
        }
    }

    @Test
    void onlyPublishedRecordsWithinTheirDisplayPeriodAreShown() throws Exception {
        String code = uscc("91140426PT");
        long entity = entity("黎城县门户公示测试商贸有限公司" + System.nanoTime() % 100000, "ENTERPRISE", code);
        long shown = penalty("黎工商罚〔2026〕PT1号", "ENTITY", "门户公示测试商贸", code, "10 days");
        long expired = penalty("黎工商罚〔2022〕PT2号", "ENTITY", "门户公示测试商贸", code, "3 years 2 days");
        penalty("黎工商罚〔2026〕PT3号", "ENTITY", "门户公示测试商贸", code, null);
        abnormal(entity, "ENTITY", "门户公示测试商贸", code, false);
        abnormal(entity, "ENTITY", "门户公示测试商贸", code, true);

        Document about = Jsoup.parse(page("/public/entities/" + entity));
        assertThat(about.select("#about-penalties").text()).contains("黎工商罚〔2026〕PT1号")
                .doesNotContain("PT2号").doesNotContain("PT3号");
        assertThat(about.select("#about-penalties li")).hasSize(1);
        assertThat(about.select("#about-abnormal li")).hasSize(1);
        assertThat(about.select("#about-abnormal").text()).contains("通过登记的住所或者经营场所无法联系");
        // the section's own pages agree: the expired record and the pending one are not there
        mvc.perform(get("/public/penalties/" + shown).with(anyone())).andExpect(status().isOk());
        mvc.perform(get("/public/penalties/" + expired).with(anyone())).andExpect(status().isNotFound());
        assertThat(page("/public/penalties?q=" + code)).contains("PT1号").doesNotContain("PT2号").doesNotContain("PT3号");
        mvc.perform(get("/public/search").param("section", "penalties").param("q", code).with(anyone())
                        .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].total").value(1))
                .andExpect(jsonPath("$[0].items[0].title").value("黎工商罚〔2026〕PT1号"))
                .andExpect(jsonPath("$[0].items[0].shownUntil").exists());
        mvc.perform(get("/public/entities/" + entity).with(anyone()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.entity.uscc").value(code))
                .andExpect(jsonPath("$.blocks[?(@.section.key == 'penalties')].total").value(1));
    }

    @Test
    void naturalPersonsAreMaskedAndNeverFoundByName() throws Exception {
        String code = uscc("92140426PT");
        long shop = entity("王晓明", "INDIVIDUAL_BUSINESS", code);
        abnormal(shop, "ENTITY", "王晓明", code, false);
        abnormal(null, "PERSON", "钱多多", null, false);
        penalty("黎工商罚〔2026〕PT9号", "PERSON", "赵**", null, "3 days");

        // a bare personal name is not looked up; the code finds the shop, shown masked
        mvc.perform(get("/public/entities").param("q", "王晓明").with(anyone()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        String byCode = page("/public/entities?q=" + code);
        assertThat(byCode).contains("王某某").doesNotContain("王晓明");
        assertThat(page("/public/entities/" + shop)).contains("王某某").doesNotContain("王晓明");
        // a listed person: masked on the list and in the search, not found by the name
        assertThat(page("/public/credit/abnormal")).contains("钱某某").doesNotContain("钱多多");
        assertThat(page("/public/search?section=abnormal&q=钱多多")).doesNotContain("钱某某");
        Document searched = Jsoup.parse(page("/public/search?q=王晓明"));
        assertThat(searched.select("section").text()).doesNotContain("王晓明").doesNotContain("王某某");
        // a person's penalty: the name as published (masked), no code
        mvc.perform(get("/public/search").param("section", "penalties").param("q", "PT9号").with(anyone())
                        .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].items[0].subject").value("赵**"))
                .andExpect(jsonPath("$[0].items[0].uscc").doesNotExist());
        assertThat(page("/public")).doesNotContain("钱多多").doesNotContain("王晓明");
    }

    @Test
    void theLookupFindsAnEntityByAPartOfItsNameAndByItsUscc() throws Exception {
        String code = uscc("91140426LK");
        String name = "鑫淼门户查询测试食品有限公司";
        long id = entity(name, "ENTERPRISE", code);
        for (String q : new String[] {"鑫淼", "门户查询测试食品", name, code, code.toLowerCase(), " " + code + " "}) {
            Document found = Jsoup.parse(mvc.perform(get("/public/entities").param("q", q).with(anyone())
                    .accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
            assertThat(found.select("#entity-" + id)).as("q=%s", q).hasSize(1);
            assertThat(found.select("#entity-" + id).text()).contains(name, code, "黎城县");
        }
        mvc.perform(get("/public/entities").param("q", code).with(anyone()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value(name)).andExpect(jsonPath("$[0].regionName").value("黎城县"));
        // one character says too little; nothing matched says so
        assertThat(Jsoup.parse(page("/public/entities?q=鑫")).select("#lookup-results a")).isEmpty();
        assertThat(Jsoup.parse(page("/public/entities?q=不存在的主体名称某某某")).select("#lookup-none")).hasSize(1);
        Document about = Jsoup.parse(page("/public/entities/" + id));
        assertThat(about.select("#entity-name").text()).isEqualTo(name);
        assertThat(about.select("#entity-nothing")).hasSize(1);
        mvc.perform(get("/public/entities/999999999").with(anyone())).andExpect(status().isNotFound());
    }

    @Test
    void theSearchFiltersAreCheckedAndApplied() throws Exception {
        String code = uscc("91140426SR");
        penalty("黎工商罚〔2026〕SR1号", "ENTITY", "门户检索测试", code, "1 day");
        mvc.perform(get("/public/search").param("from", "2026-02-30").with(anyone()).accept(MediaType.TEXT_HTML))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("“2026-02-30”不是有效日期")));
        mvc.perform(get("/public/search").param("from", "2026-03-01").param("to", "2026-01-01").with(anyone())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().is(422)).andExpect(content().string(containsString("早于起始日期")));
        mvc.perform(get("/public/search").param("section", "nonsense").with(anyone())
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().is(422));
        mvc.perform(get("/public/search").param("regionCode", "999999").with(anyone())).andExpect(status().is(422));
        // the region: 黎城县's record in 黎城县 and 长治市, not in 平顺县
        assertThat(page("/public/search?section=penalties&regionCode=140426&q=" + code)).contains("SR1号");
        assertThat(page("/public/search?section=penalties&regionCode=140400&q=" + code)).contains("SR1号");
        assertThat(page("/public/search?section=penalties&regionCode=140425&q=" + code)).doesNotContain("SR1号");
        // the dates: decided 30 days ago
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        assertThat(page("/public/search?section=penalties&q=" + code + "&from=" + today)).doesNotContain("SR1号");
        assertThat(page("/public/search?q=" + code)).contains("SR1号").contains("id=\"result-penalties\"");
    }

    @Test
    void pastThePageLimitAnAddressGets429WithRetryAfterAndAnotherAddressDoesNot() throws Exception {
        for (int i = 0; i < 40; i++) {
            mvc.perform(get("/public").with(from("10.19.0.1"))).andExpect(status().isOk());
        }
        mvc.perform(get("/public/penalties").with(from("10.19.0.1"))).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("同一地址每分钟最多40次")));
        mvc.perform(get("/public/entities").param("q", "黎城县").with(from("10.19.0.1"))
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.status").value(429));
        mvc.perform(get("/public").with(from("10.19.0.2"))).andExpect(status().isOk());
    }

    @Test
    void pastTheLookupLimitAnAddressGets429WhileItsPagesStillOpen() throws Exception {
        for (int i = 0; i < 6; i++) {
            mvc.perform(get("/public/entities").param("q", "黎城县" + i).with(from("10.19.1.1")))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/public/entities").param("q", "黎城县").with(from("10.19.1.1")))
                .andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "60"))
                .andExpect(content().string(containsString("主体查询过于频繁")))
                .andExpect(content().string(not(containsString("黎城县"))));
        mvc.perform(get("/public/entities").with(from("10.19.1.1"))).andExpect(status().isOk());
        mvc.perform(get("/public/penalties").with(from("10.19.1.1"))).andExpect(status().isOk());
    }
}
