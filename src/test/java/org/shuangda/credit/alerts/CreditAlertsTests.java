package org.shuangda.credit.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.credit.CreditFactKind;
import org.shuangda.credit.CreditFacts;
import org.shuangda.entities.MarketEntities;
import org.shuangda.entities.MarketEntity;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.CreditAlert;
import org.shuangda.shared.CreditAlerts;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Joint punishment: listed = a listing fact without a later removal fact; the alert carries the measures of its
 * list that apply where it was listed; the catalogue is edited by the level that keeps each measure.
 */
@WebTest
class CreditAlertsTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired CreditAlerts alerts;
    @Autowired Measures measures;
    @Autowired MarketEntities entities;
    @Autowired CreditFacts facts;
    AlertFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AlertFixtures(entities, facts);
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @org.junit.jupiter.api.AfterEach
    void resetLocale() {
        org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }

    int seriousMeasures() {
        return jdbc.sql("select count(*) from credit_measure where applies_to = 'SERIOUS' and active"
                + " and owner_region_path is null").query(Integer.class).single();
    }

    @Test
    void aListingFactWithoutALaterRemovalIsAnAlertWithTheMeasuresOfItsList() {
        MarketEntity e = fixtures.entity("黎城县警示测试假种子有限公司", "140426");
        var agent = demo.actor("licheng.agent");
        assertThat(alerts.forEntity(agent, e.id())).isEmpty();

        fixtures.fact(e.id(), CreditFactKind.SERIOUS_LISTED, "test-listing:" + e.id(), LocalDate.of(2026, 3, 2),
                AlertFixtures.LICHENG, "列入严重违法失信名单：销售假冒种子（黎城县工商行政管理局）");
        List<CreditAlert> found = alerts.forEntity(agent, e.id());
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.list()).isEqualTo("SERIOUS");
            assertThat(a.listLabel()).isEqualTo("严重违法失信名单");
            assertThat(a.entityName()).isEqualTo(e.name());
            assertThat(a.listedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(a.measures()).hasSize(seriousMeasures())
                    .extracting(CreditAlert.Measure::item).contains("重点监管", "告知承诺制")
                    .doesNotContain("信用约束");   // an ABNORMAL measure
        });
        // the same entity as typed on a form: by USCC, by exact name, not by a part of the name
        assertThat(alerts.forTarget(agent, e.uscc().toLowerCase(), null)).hasSize(1);
        assertThat(alerts.forTarget(agent, null, " " + e.name() + " ")).hasSize(1);
        assertThat(alerts.forTarget(agent, null, "黎城县警示测试假种子")).isEmpty();
        assertThat(alerts.forTarget(agent, null, null)).isEmpty();

        // removed the same day but recorded later: no longer listed; a second listing later: listed again
        fixtures.fact(e.id(), CreditFactKind.SERIOUS_REMOVED, "test-listing:" + e.id(), LocalDate.of(2026, 3, 2),
                AlertFixtures.LICHENG, "移出严重违法失信名单");
        assertThat(alerts.forEntity(agent, e.id())).isEmpty();
        fixtures.fact(e.id(), CreditFactKind.ABNORMAL_LISTED, "test-abnormal:" + e.id(), LocalDate.of(2026, 4, 1),
                AlertFixtures.LICHENG, "列入经营异常名录：未按期报送年度报告");
        assertThat(alerts.forEntity(agent, e.id())).extracting(CreditAlert::list).containsExactly("ABNORMAL");
    }

    @Test
    void withoutCreditViewThereIsNoAlertAndAnUnknownEntityIsNone() {
        MarketEntity e = fixtures.entity("黎城县警示测试无权查看商行", "140426");
        fixtures.fact(e.id(), CreditFactKind.SERIOUS_LISTED, "test-listing:" + e.id(), LocalDate.of(2026, 1, 5),
                AlertFixtures.LICHENG, "列入严重违法失信名单");
        assertThat(alerts.forEntity(demo.actor("licheng.reporter"), e.id())).isEmpty();   // no CREDIT_VIEW
        assertThat(alerts.forEntity(demo.actor("licheng.officer"), e.id())).hasSize(1);
        // listings are public: the other county's officer sees the warning too
        assertThat(alerts.forEntity(demo.actor("pingshun.officer"), e.id())).hasSize(1);
        assertThat(alerts.forEntity(demo.actor("licheng.officer"), 987_654_321L)).isEmpty();
    }

    @Test
    void theEntityListMarksAListedEntityWithItsList() throws Exception {
        MarketEntity listed = fixtures.entity("黎城县名录标记测试甲商行", "140426");
        MarketEntity clean = fixtures.entity("黎城县名录标记测试乙商行", "140426");
        fixtures.fact(listed.id(), CreditFactKind.SERIOUS_LISTED, "test-listing:" + listed.id(),
                LocalDate.of(2026, 4, 1), AlertFixtures.LICHENG, "列入严重违法失信名单：销售假冒商品");
        String page = mvc.perform(get("/entities").with(demo.as("licheng.officer")).param("q", "名录标记测试"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String listedRow = page.substring(page.indexOf("id=\"entity-" + listed.id() + "\""));
        listedRow = listedRow.substring(0, listedRow.indexOf("</tr>"));
        String cleanRow = page.substring(page.indexOf("id=\"entity-" + clean.id() + "\""));
        cleanRow = cleanRow.substring(0, cleanRow.indexOf("</tr>"));
        assertThat(listedRow).contains("entity-listed").contains("严重违法失信名单");
        assertThat(cleanRow).doesNotContain("entity-listed");
        // the party picker (立案, clues, filings) says it too, as the officer types the name
        mvc.perform(get("/api/v1/pickers/entities").with(demo.as("licheng.officer")).param("q", "名录标记测试甲"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.label == '" + listed.name() + "')].detail")
                        .value(org.hamcrest.Matchers.hasItem(containsString("⚠ 严重违法失信名单"))));
        mvc.perform(get("/api/v1/pickers/entities").with(demo.as("licheng.officer")).param("q", "名录标记测试乙"))
                .andExpect(jsonPath("$[?(@.label == '" + clean.name() + "')].detail")
                        .value(org.hamcrest.Matchers.hasItem(not(containsString("⚠")))));
        // without CREDIT_VIEW no badge (the reporter sees the list of entities, not the credit lists)
        var reporter = mvc.perform(get("/entities").with(demo.as("licheng.reporter")).param("q", "名录标记测试"))
                .andReturn().getResponse();
        if (reporter.getStatus() == 200) {
            assertThat(reporter.getContentAsString()).doesNotContain("entity-listed");
        }
    }

    @Test
    void theHotlineFormAndTheFilingApiShowTheWarningWithItsMeasures() throws Exception {
        MarketEntity e = fixtures.entity("黎城县警示测试热线商贸有限公司", "140426");
        fixtures.fact(e.id(), CreditFactKind.SERIOUS_LISTED, "test-listing:" + e.id(), LocalDate.of(2026, 2, 3),
                AlertFixtures.LICHENG, "列入严重违法失信名单：销售假冒注册商标的商品");
        mvc.perform(get("/filings/new/credit-alerts").with(demo.as("licheng.agent")).param("targetName", e.name()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已于 2026-02-03 列入严重违法失信名单")))
                .andExpect(content().string(containsString("不适用告知承诺制")));
        mvc.perform(get("/filings/new/credit-alerts").with(demo.as("licheng.agent")).param("targetName", "无此商户"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("credit-alert"))));
        mvc.perform(get("/api/v1/filings/credit-alerts").with(demo.as("licheng.agent"))
                        .param("targetUscc", e.uscc()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].list").value("SERIOUS"))
                .andExpect(jsonPath("$[0].measures[0].legalBasis").value(containsString("第44号")));
        // a filing registered about it shows the warning on its page and in its API answer
        String body = """
                {"track":"COMPLAINT","channel":"12315","category":"QUALITY","content":"购买的商品为假冒，要求退货",
                 "regionCode":"140426","targetName":"%s","filerName":"李四","filerPhone":"13900001111"}"""
                .formatted(e.name());
        String location = mvc.perform(post("/api/v1/filings").with(demo.as("licheng.agent")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(demo.as("licheng.agent")))
                .andExpect(jsonPath("$.creditAlerts[0].entityName").value(e.name()))
                .andExpect(jsonPath("$.creditAlerts[0].listLabel").value("严重违法失信名单"));
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/filings/" + id).with(demo.as("licheng.agent")))
                .andExpect(content().string(containsString("filing-credit-alerts")))
                .andExpect(content().string(containsString("已于 2026-02-03 列入严重违法失信名单")));
    }

    @Test
    void aCountyKeepsItsOwnMeasuresWhichApplyToItsListingsOnlyAndCannotChangeNationalOnes() throws Exception {
        long national = jdbc.sql("select id from credit_measure where owner_region_path is null order by id limit 1")
                .query(Long.class).single();
        int version = jdbc.sql("select version from credit_measure where id = :id").param("id", national)
                .query(Integer.class).single();
        String json = """
                {"appliesTo":"SERIOUS","item":"县级财政资金扶持","content":"不予安排县级财政专项资金扶持。",
                 "target":"列入严重违法失信名单的当事人","legalBasis":"黎城县人民政府规范性文件（测试）",
                 "level":"COUNTY","sortOrder":900,"version":%d}""";
        // the county office may not change a national measure: 403, nothing changed
        mvc.perform(put("/api/v1/credit/measures/" + national).with(demo.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.formatted(version)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select version from credit_measure where id = :id").param("id", national)
                .query(Integer.class).single()).isEqualTo(version);
        // it adds its own: owned by 黎城县
        mvc.perform(post("/api/v1/credit/measures").with(demo.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.formatted(0)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.ownerRegionPath").value(AlertFixtures.LICHENG));

        MarketEntity here = fixtures.entity("黎城县警示测试本县措施商行", "140426");
        MarketEntity there = fixtures.entity("平顺县警示测试外县措施商行", "140425");
        fixtures.fact(here.id(), CreditFactKind.SERIOUS_LISTED, "test-listing:" + here.id(), LocalDate.of(2026, 5, 6),
                AlertFixtures.LICHENG, "列入严重违法失信名单");
        fixtures.fact(there.id(), CreditFactKind.SERIOUS_LISTED, "test-listing:" + there.id(),
                LocalDate.of(2026, 5, 6), AlertFixtures.PINGSHUN, "列入严重违法失信名单");
        var officer = demo.actor("changzhi.office");
        assertThat(alerts.forEntity(officer, here.id()).get(0).measures()).extracting(CreditAlert.Measure::item)
                .contains("县级财政资金扶持");
        assertThat(alerts.forEntity(officer, there.id()).get(0).measures()).extracting(CreditAlert.Measure::item)
                .doesNotContain("县级财政资金扶持");
        assertThatThrownBy(() -> measures.create(demo.actor("licheng.officer"), new MeasureForm("SERIOUS", "x", "y",
                "z", "w", "COUNTY", 1, true, null))).isInstanceOf(AccessDeniedProblem.class);
    }

    @Test
    void aWrongMeasureIsRefusedNamingEachFieldAndNothingIsWritten() throws Exception {
        int before = jdbc.sql("select count(*) from credit_measure").query(Integer.class).single();
        mvc.perform(post("/api/v1/credit/measures").with(demo.as("changzhi.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"appliesTo\":\"BLACK\",\"item\":\" \",\"content\":\"措施\",\"target\":\"对象\","
                                + "\"legalBasis\":\"依据\",\"level\":\"WORLD\",\"sortOrder\":-1}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("appliesTo")))
                .andExpect(content().string(containsString("item")))
                .andExpect(content().string(containsString("level")))
                .andExpect(content().string(containsString("sortOrder")));
        // the page shows the form again with the errors, 422
        mvc.perform(post("/credit/measures").with(demo.as("changzhi.office")).with(csrf())
                        .param("appliesTo", "SERIOUS").param("item", "").param("content", "内容")
                        .param("target", "对象").param("legalBasis", "依据").param("level", "CITY"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("measure-form")));
        assertThat(jdbc.sql("select count(*) from credit_measure").query(Integer.class).single()).isEqualTo(before);
        mvc.perform(get("/credit/measures").with(demo.as("licheng.agent"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("告知承诺制")))
                .andExpect(content().string(not(containsString("id=\"new-measure\""))));
    }

    @Test
    void theEntityPageACaseWithItAsPartyAndAClueAboutItShowTheWarningAndTheirApisReturnIt() throws Exception {
        MarketEntity e = fixtures.entity("黎城县警示测试当事人农资有限公司", "140426");
        MarketEntity clean = fixtures.entity("黎城县警示测试守信农资有限公司", "140426");
        fixtures.fact(e.id(), CreditFactKind.SERIOUS_LISTED, "test-listing:" + e.id(), LocalDate.of(2026, 4, 7),
                AlertFixtures.LICHENG, "列入严重违法失信名单：销售假农药");
        // the entity page and GET /api/v1/entities/{id} (its fields unchanged beside creditAlerts)
        mvc.perform(get("/entities/" + e.id()).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("entity-credit-alerts")))
                .andExpect(content().string(containsString("已于 2026-04-07 列入严重违法失信名单")));
        mvc.perform(get("/api/v1/entities/" + e.id()).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(e.name()))
                .andExpect(jsonPath("$.creditAlerts[0].list").value("SERIOUS"))
                .andExpect(jsonPath("$.creditAlerts[0].measures.length()").value(seriousMeasures()));
        mvc.perform(get("/api/v1/entities/" + clean.id()).with(demo.as("licheng.officer")))
                .andExpect(jsonPath("$.creditAlerts.length()").value(0));
        mvc.perform(get("/entities/" + clean.id()).with(demo.as("licheng.officer")))
                .andExpect(content().string(not(containsString("credit-alert-measures"))));
        // a clue whose subject is the listed business (by its USCC)
        String clueJson = mvc.perform(post("/api/v1/clues").with(demo.as("licheng.officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"source":"INSPECTION","subject":"%s","subjectUscc":"%s","content":"检查发现销售假农药。"}
                                """.formatted(e.name(), e.uscc())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long clue = Long.parseLong(clueJson.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/clues/" + clue).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(clue))
                .andExpect(jsonPath("$.subject").value(e.name()))
                .andExpect(jsonPath("$.creditAlerts[0].entityId").value(e.id()));
        mvc.perform(get("/clues/" + clue).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("clue-credit-alerts")))
                .andExpect(content().string(containsString("已于 2026-04-07 列入严重违法失信名单")));
        // a case with the listed business and a clean one as parties: one warning, for the listed one
        String officers = jdbc.sql("select string_agg(id::text, ',' order by id) from app_user"
                + " where username in ('licheng.officer', 'licheng.inspector')").query(String.class).single();
        String caseJson = mvc.perform(post("/api/v1/cases").with(demo.as("licheng.officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"测试：失信当事人","category":"TRADEMARK","productCategory":"农药","caseValue":3000,
                                 "parties":[{"kind":"ENTITY","entityId":%d},{"kind":"ENTITY","entityId":%d}],
                                 "goods":[{"name":"假冒农药","quantity":10,"unitLabel":"瓶","value":3000}],
                                 "officerIds":[%s]}""".formatted(clean.id(), e.id(), officers)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.creditAlerts.length()").value(1))
                .andReturn().getResponse().getContentAsString();
        long caseId = Long.parseLong(caseJson.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/cases/" + caseId).with(demo.as("licheng.officer")))
                .andExpect(jsonPath("$.creditAlerts[0].entityName").value(e.name()))
                .andExpect(jsonPath("$.creditAlerts[0].measures[0].legalBasis").isNotEmpty());
        mvc.perform(get("/cases/" + caseId).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("case-credit-alerts")))
                .andExpect(content().string(containsString("已于 2026-04-07 列入严重违法失信名单")));
    }
}
