package org.shuangda.credit.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.credit.CreditFact;
import org.shuangda.credit.CreditFactKind;
import org.shuangda.credit.CreditFacts;
import org.shuangda.credit.DisplayTier;
import org.shuangda.credit.NewCreditFact;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Credit restoration on the demo data and the real calendar: every application refused for its fact (warning only,
 * minor, revocation type, too early, no longer shown, one already open, outside the scope) with nothing written;
 * the online application followed with its number and code; every officer step allowed and refused through the
 * API and the pages; restoring hides the fact and records a RESTORED fact.
 */
@WebTest
class RestorationTests {

    static final Actor SYSTEM = Actor.system("测试");
    static final byte[] PDF = "%PDF-1.4\n% 罚款缴纳凭证\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired CreditFacts facts;
    @Autowired DisplayPeriods periods;
    @Autowired WorkingCalendar calendar;

    LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    /** A 黎城县 entity with a USCC, away from the ones other tests and the demo use. */
    Map<String, Object> entity(int n) {
        return jdbc.sql("""
                select id, uscc from market_entity where region_code = '140426' and uscc is not null
                 order by id offset :n limit 1""").param("n", 20 + n).query().singleRow();
    }

    /** A penalty fact of the 黎城县工商局 shown from {@code from} for its tier's period. */
    long penalty(long entity, String number, DisplayTier tier, LocalDate from, boolean revocation) {
        Actor officer = demo.actor("licheng.officer");
        LocalDate shownFrom = tier == DisplayTier.NOT_SHOWN ? null : from;
        LocalDate until = shownFrom == null ? null : periods.lastDayShown(tier, from, null);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("decisionNumber", number);
        detail.put("revocation", revocation);
        return facts.record(SYSTEM, new NewCreditFact(entity, CreditFactKind.PENALTY, "cases", "test:restoration:" + number,
                from, officer.unitId(), officer.unitRegionPath(), "行政处罚（测试）" + number, detail, tier, shownFrom,
                until)).orElseThrow();
    }

    long applications() {
        return jdbc.sql("select count(*) from credit_restoration").query(Long.class).single();
    }

    ResultActions applyByApi(String user, Object uscc, String number) throws Exception {
        return mvc.perform(post("/api/v1/credit/restorations").with(demo.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"uscc":"%s","decisionNumber":"%s","applicantName":"王经理","applicantPhone":"13800000001",
                         "commitment":"罚款已缴纳，违法行为已改正，承诺守法经营。"}""".formatted(uscc, number)));
    }

    ResultActions step(String user, long id, String action, String body) throws Exception {
        return mvc.perform(post("/api/v1/credit/restorations/{id}/{a}", id, action).with(demo.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body));
    }

    static long id(ResultActions r, String path) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), path)).longValue();
    }

    @Test
    void anApplicationIsRefusedForItsFactWithTheRuleInWordsAndNothingWritten() throws Exception {
        Map<String, Object> e = entity(0);
        long entity = (Long) e.get("id");
        Object uscc = e.get("uscc");
        LocalDate today = today();
        penalty(entity, "黎工商罚〔修〕警告1号", DisplayTier.NOT_SHOWN, today.minusMonths(5), false);
        penalty(entity, "黎工商罚〔修〕轻微1号", DisplayTier.MINOR, today.minusMonths(1), false);
        penalty(entity, "黎工商罚〔修〕吊销1号", DisplayTier.SERIOUS, today.minusMonths(14), true);
        penalty(entity, "黎工商罚〔修〕早1号", DisplayTier.GENERAL, today.minusMonths(2), false);
        penalty(entity, "黎工商罚〔修〕严重早1号", DisplayTier.SERIOUS, today.minusMonths(11), false);
        penalty(entity, "黎工商罚〔修〕期满1号", DisplayTier.GENERAL, today.minusMonths(13), false);
        penalty(entity, "黎工商罚〔修〕可1号", DisplayTier.GENERAL, today.minusMonths(4), false);
        long before = applications();

        applyByApi("licheng.officer", uscc, "黎工商罚〔修〕警告1号").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field=='decisionNumber')]").exists())
                .andExpect(content().string(containsString("不公示（如仅警告），无需修复")));
        applyByApi("licheng.officer", uscc, "黎工商罚〔修〕轻微1号").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("不适用信用修复")));
        applyByApi("licheng.officer", uscc, "黎工商罚〔修〕吊销1号").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("吊销许可证件等处罚信息不予信用修复")));
        LocalDate earliest = periods.earliestApplication(DisplayTier.GENERAL, today.minusMonths(2), null);
        assertThat(earliest).isAfter(today);
        applyByApi("licheng.officer", uscc, "黎工商罚〔修〕早1号").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("满3个月后方可申请，最早申请日为 " + earliest)));
        applyByApi("licheng.officer", uscc, "黎工商罚〔修〕严重早1号").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("满12个月后方可申请")));
        applyByApi("licheng.officer", uscc, "黎工商罚〔修〕期满1号").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("已停止公示")));
        applyByApi("licheng.officer", uscc, "黎工商罚〔修〕无此号").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field=='decisionNumber')]").exists());
        applyByApi("licheng.officer", "91140426", "黎工商罚〔修〕可1号").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field=='uscc')]").exists())
                .andExpect(content().string(containsString("应为18位，现为8位")));
        applyByApi("pingshun.officer", uscc, "黎工商罚〔修〕可1号").andExpect(status().isNotFound());
        applyByApi("licheng.leader", uscc, "黎工商罚〔修〕可1号").andExpect(status().isForbidden());
        assertThat(applications()).as("nothing written").isEqualTo(before);

        // the public form re-shows itself with the rule and the typed values
        String page = mvc.perform(multipart("/public/credit/restoration").with(csrf()).param("uscc", uscc.toString())
                        .param("decisionNumber", "黎工商罚〔修〕警告1号").param("applicantName", "王经理")
                        .param("applicantPhone", "13800000001").param("commitment", "已履行"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        Document form = Jsoup.parse(page);
        assertThat(form.select("#form-errors").text()).contains("无需修复");
        assertThat(form.select("#decisionNumber").hasClass("is-invalid")).isTrue();
        assertThat(form.select("#applicantName").val()).isEqualTo("王经理");
        assertThat(applications()).isEqualTo(before);

        long first = id(applyByApi("licheng.officer", uscc, "黎工商罚〔修〕可1号").andExpect(status().isCreated())
                .andExpect(jsonPath("$.restoration.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.queryCode").isNotEmpty()), "$.restoration.id");
        applyByApi("licheng.officer", uscc, "黎工商罚〔修〕可1号").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("已有办理中的修复申请")));
        mvc.perform(get("/api/v1/credit/restorations/{id}", first).with(demo.as("pingshun.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/credit/restorations/{id}", first).with(demo.as("pingshun.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/credit/restorations").with(demo.as("pingshun.officer")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("黎工商罚〔修〕可1号"))));
        mvc.perform(get("/api/v1/credit/restorations").with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + first + ")].status").value("SUBMITTED"));
    }

    @Test
    void anOnlineApplicationWithMissingPapersIsAcceptedExtendedAndRestored() throws Exception {
        Map<String, Object> e = entity(1);
        long entity = (Long) e.get("id");
        String uscc = e.get("uscc").toString();
        LocalDate today = today();
        String number = "黎工商罚〔修〕2号";
        long fact = penalty(entity, number, DisplayTier.GENERAL, today.minusMonths(5), false);

        // the receipt is a GET page after the POST: a refresh shows it again, it does not apply twice
        var posted = mvc.perform(multipart("/public/credit/restoration").with(csrf()).param("uscc", uscc)
                        .param("decisionNumber", number).param("applicantName", "王经理")
                        .param("applicantPhone", "13800000002").param("commitment", "罚款已缴纳，承诺守法经营。"))
                .andExpect(status().isSeeOther())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/public/credit/restoration/receipt")).andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) posted.getRequest().getSession(false);
        long applied = applications();
        String receipt = mvc.perform(get("/public/credit/restoration/receipt").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mvc.perform(get("/public/credit/restoration/receipt").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("receipt-number");
        assertThat(applications()).as("the refresh applied nothing").isEqualTo(applied);
        mvc.perform(get("/public/credit/restoration/receipt")).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/public/credit/restoration/track")); // another browser: no receipt, the tracking page
        Document shown = Jsoup.parse(receipt);
        String no = shown.select("#receipt-number").text();
        String code = shown.select("#receipt-code").text();
        assertThat(no).startsWith("XF");
        assertThat(code).hasSize(8);
        long id = jdbc.sql("select id from credit_restoration where number = :n").param("n", no).query(Long.class)
                .single();
        assertThat(jdbc.sql("select accept_due from credit_restoration where id = :id").param("id", id)
                .query(LocalDate.class).single()).isEqualTo(calendar.addWorkingDays(today, 2));

        mvc.perform(get("/public/credit/restoration/track").param("number", no).param("code", "WRONGCOD"))
                .andExpect(content().string(containsString("id=\"not-found\"")));
        mvc.perform(get("/public/credit/restoration/track").param("number", no).param("code", code.toLowerCase()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("待受理")))
                .andExpect(content().string(not(containsString("supplement-form"))));

        // the applicant's step is no officer's; an unknown step is named
        step("licheng.officer", id, "SUPPLEMENT", null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field=='action')]").exists());
        step("licheng.officer", id, "approve", null).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("没有“approve”这一步骤")));
        // not yet accepted: no extension, no decision to restore
        step("licheng.officer", id, "EXTEND", "{\"approval\":\"张局长\"}").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field=='status')]").exists());
        step("licheng.officer", id, "RESTORE", null).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("当前状态为“待受理”，不能办理“准予修复（停止公示）”")));
        step("pingshun.officer", id, "ACCEPT", null).andExpect(status().isNotFound());

        step("licheng.officer", id, "REQUEST_PAPERS", "{\"missingPapers\":\"  \"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field=='missingPapers')]").exists());
        step("licheng.officer", id, "REQUEST_PAPERS", "{\"missingPapers\":\"罚款缴纳凭证\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PAPERS_MISSING"))
                .andExpect(jsonPath("$.acceptDue").doesNotExist());
        step("licheng.officer", id, "ACCEPT", null).andExpect(status().isUnprocessableEntity());
        step("licheng.officer", id, "REFUSE", "{\"reason\":\"材料不全\"}").andExpect(status().isUnprocessableEntity());

        mvc.perform(get("/public/credit/restoration/track").param("number", no).param("code", code))
                .andExpect(content().string(containsString("罚款缴纳凭证")))
                .andExpect(content().string(containsString("supplement-form")));
        mvc.perform(multipart("/public/credit/restoration/track").with(csrf()).param("number", no).param("code", code))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("请至少选择一个材料")));
        mvc.perform(multipart("/public/credit/restoration/track").with(csrf()).param("number", no).param("code", "WRONGCOD")
                        .file(new MockMultipartFile("papers", "凭证.pdf", "application/pdf", PDF)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/public/credit/restoration/track").with(csrf()).param("number", no).param("code", code)
                        .file(new MockMultipartFile("papers", "罚款缴纳凭证.pdf", "application/pdf", PDF)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("材料已补交")));
        mvc.perform(multipart("/public/credit/restoration/track").with(csrf()).param("number", no).param("code", code)
                        .file(new MockMultipartFile("papers", "again.pdf", "application/pdf", PDF)))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("不能办理")));

        String detail = mvc.perform(get("/credit/restorations/{id}", id).with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(detail);
        assertThat(page.select("#restoration-actions button").eachAttr("id"))
                .containsExactly("action-ACCEPT", "action-REQUEST_PAPERS", "action-REFUSE");
        String paperHref = page.select("a[href*=/papers/]").attr("href");
        assertThat(paperHref).isNotEmpty();
        mvc.perform(get(paperHref).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
        mvc.perform(get(paperHref).with(demo.as("pingshun.officer"))).andExpect(status().isNotFound());

        // accepted through the page: the decision clock is 7 working days
        mvc.perform(post("/credit/restorations/{id}/ACCEPT", id).with(demo.as("licheng.officer")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        step("licheng.officer", id, "ACCEPT", null).andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/v1/credit/restorations/{id}", id).with(demo.as("licheng.officer")))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.decideDue").value(calendar.addWorkingDays(today, 7).toString()));

        mvc.perform(post("/credit/restorations/{id}/EXTEND", id).with(demo.as("licheng.officer")).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("form-errors")));
        step("licheng.officer", id, "EXTEND", "{\"approval\":\"张局长批准\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.extensionDays").value(10))
                .andExpect(jsonPath("$.decideDue").value(calendar.addWorkingDays(today, 17).toString()));
        step("licheng.officer", id, "EXTEND", "{\"approval\":\"再批\"}").andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("只能延长一次")));

        step("pingshun.officer", id, "RESTORE", null).andExpect(status().isNotFound());
        assertThat(facts.fact(SYSTEM, fact).shownOn(today)).isTrue();
        step("licheng.officer", id, "RESTORE", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESTORED"))
                .andExpect(jsonPath("$.decidedOn").value(today.toString()));
        CreditFact hidden = facts.fact(SYSTEM, fact);
        assertThat(hidden.shownOn(today)).isFalse();
        assertThat(hidden.hiddenReason()).isEqualTo(Restorations.RESTORED_REASON);
        assertThat(facts.record(SYSTEM, entity)).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(CreditFactKind.RESTORED);
            assertThat(f.sourceRef()).isEqualTo("restoration:" + id);
            assertThat(f.tier()).isEqualTo(DisplayTier.NOT_SHOWN);
        });
        for (String after : new String[] {"RESTORE", "REFUSE", "ACCEPT", "EXTEND", "REQUEST_PAPERS"}) {
            step("licheng.officer", id, after, "{\"reason\":\"x\",\"approval\":\"x\",\"missingPapers\":\"x\"}")
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().string(containsString("准予修复")));
        }
        applyByApi("licheng.officer", uscc, number).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("已停止公示")));
        mvc.perform(get("/api/v1/credit/entities/{id}", entity).with(demo.as("licheng.officer")))
                .andExpect(jsonPath("$.facts[?(@.id == " + fact + ")].shownToday").value(false))
                .andExpect(jsonPath("$.facts[?(@.id == " + fact + ")].restorations[0].status").value("RESTORED"));
        assertThat(jdbc.sql("""
                select (select count(*) from audit_entry where object_type = 'credit_restoration' and object_id = :o)
                     + (select count(*) from audit_pending where object_type = 'credit_restoration' and object_id = :o)""")
                .param("o", String.valueOf(id)).query(Long.class).single())
                .as("created, papers requested, supplemented, accepted, extended, restored").isEqualTo(6);
    }

    @Test
    void aRefusalNeedsItsReasonsLeavesTheFactShownAndAllowsANewApplication() throws Exception {
        Map<String, Object> e = entity(2);
        long entity = (Long) e.get("id");
        String uscc = e.get("uscc").toString();
        LocalDate today = today();
        String number = "黎工商罚〔修〕3号";
        long fact = penalty(entity, number, DisplayTier.SERIOUS, today.minusMonths(13), false);

        long id = id(applyByApi("licheng.officer", uscc, number).andExpect(status().isCreated()), "$.restoration.id");
        step("licheng.officer", id, "REFUSE", "{\"reason\":\"\"}").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field=='reason')]").exists());
        step("licheng.officer", id, "ACCEPT", null).andExpect(status().isOk());
        step("licheng.officer", id, "REQUEST_PAPERS", "{\"missingPapers\":\"x\"}")
                .andExpect(status().isUnprocessableEntity());
        step("licheng.officer", id, "REFUSE", "{\"reason\":\"罚款尚未缴纳完毕\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUSED"))
                .andExpect(jsonPath("$.refusalReason").value("罚款尚未缴纳完毕"));
        step("licheng.officer", id, "RESTORE", null).andExpect(status().isUnprocessableEntity());
        step("licheng.officer", id, "REFUSE", "{\"reason\":\"再次\"}").andExpect(status().isUnprocessableEntity());
        assertThat(facts.fact(SYSTEM, fact).shownOn(today)).isTrue();
        mvc.perform(get("/credit/restorations/{id}", id).with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("罚款尚未缴纳完毕")))
                .andExpect(content().string(not(containsString("action-"))));

        // refused straight from submission (不予受理) too
        long second = id(applyByApi("licheng.officer", uscc, number).andExpect(status().isCreated()),
                "$.restoration.id");
        step("licheng.officer", second, "REFUSE", "{\"reason\":\"申请人非当事人\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUSED"));

        String list = mvc.perform(get("/credit/restorations").param("status", "REFUSED").with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(list).select("#restoration-" + id + ", #restoration-" + second)).hasSize(2);
        mvc.perform(get("/credit/entities/{id}", entity).with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(number)));
    }
}
