package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 查封扣押 as a record through the case page's form: items, place, numbered decision, the clock from the decision;
 * 422s naming the row and field with nothing written; the release stops the clock; both audited.
 */
@WebTest
class SeizureRecordTests {

    @Autowired Cases cases;
    @Autowired CaseLifecycle lifecycle;
    @Autowired CaseClocks clocks;
    @Autowired SeizureRecords seizures;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aSeizureWithItemsIsRecordedNumberedAuditedAndItsReleaseStopsTheClock() throws Exception {
        Actor officer = demo.actor("licheng.officer");
        CaseView c = new CaseFixtures(cases, lifecycle, clock).investigating(officer, CaseFixtures.title("查封"));
        String today = LocalDate.now(clock).toString();
        mvc.perform(post("/cases/" + c.id() + "/seize").with(csrf()).with(demo.as("licheng.officer"))
                        .param("measure", "DETAIN").param("place", "黎城县黎侯镇某仓库").param("decisionNumber", "")
                        .param("seizureDecidedOn", today)
                        .param("itemName", "盗版影视光盘", "包装盒", "").param("itemSpec", "DVD-9", "", "")
                        .param("itemQuantity", "800", "50", "").param("itemUnit", "张", "个", "")
                        .param("itemValue", "2400", "0", ""))
                .andDo(res -> assertThat(res.getResponse().getStatus()).as(errors(res.getResponse()
                        .getContentAsString())).isEqualTo(302));
        SeizureRecord r = seizures.latest(officer, c.id()).orElseThrow();
        assertThat(r.items()).extracting(SeizureItem::name).containsExactly("盗版影视光盘", "包装盒");
        assertThat(r.totalValue()).isEqualByComparingTo("2400");
        assertThat(r.decisionNumber()).as("numbered by the unit's abbreviation").matches(".+强〔\\d{4}〕\\d+号");
        assertThat(r.measure()).isEqualTo(SeizureMeasure.DETAIN);
        CaseView held = cases.find(officer, c.id());
        assertThat(clocks.seizure(held)).as("the 30-day clock runs").isPresent();
        assertThat(held.timeline()).anyMatch(t -> t.text().contains("实施扣押") && t.text().contains(r.decisionNumber()));
        mvc.perform(get("/cases/" + c.id()).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("黎城县黎侯镇某仓库")))
                .andExpect(content().string(containsString(r.decisionNumber())));
        assertThat(audits("case-seizure", r.id())).isEqualTo(1);

        mvc.perform(post("/cases/" + c.id() + "/release").with(csrf()).with(demo.as("licheng.officer"))
                .param("reason", "").param("disposal", "RETURNED")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请填写解除查封扣押的理由")));
        mvc.perform(post("/cases/" + c.id() + "/release").with(csrf()).with(demo.as("licheng.officer"))
                .param("reason", "经检验非侵权商品").param("disposal", "RETURNED")).andExpect(status().is3xxRedirection());
        CaseView released = cases.find(officer, c.id());
        assertThat(clocks.seizure(released)).as("the release stops the clock").isEmpty();
        SeizureRecord after = seizures.latest(officer, c.id()).orElseThrow();
        assertThat(after.released()).isTrue();
        assertThat(after.disposal()).isEqualTo(SeizureDisposal.RETURNED);
        assertThat(after.releaseReason()).isEqualTo("经检验非侵权商品");
        assertThat(audits("case-seizure", r.id())).isEqualTo(2);
    }

    @Test
    void badRowsAnswer422NamingTheRowAndFieldAndWriteNothing() throws Exception {
        Actor officer = demo.actor("licheng.officer");
        CaseView c = new CaseFixtures(cases, lifecycle, clock).investigating(officer, CaseFixtures.title("查封"));
        String today = LocalDate.now(clock).toString();
        mvc.perform(post("/cases/" + c.id() + "/seize").with(csrf()).with(demo.as("licheng.officer"))
                        .param("measure", "SEAL").param("place", "门市").param("seizureDecidedOn", today)
                        .param("itemName", "", "", "").param("itemQuantity", "", "", "").param("itemValue", "", "", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("查封扣押清单至少须有一行物品")));
        mvc.perform(post("/cases/" + c.id() + "/seize").with(csrf()).with(demo.as("licheng.officer"))
                        .param("measure", "SEAL").param("place", "门市").param("seizureDecidedOn", today)
                        .param("itemName", "白酒", "啤酒").param("itemSpec", "", "").param("itemQuantity", "10", "0")
                        .param("itemUnit", "瓶", "箱").param("itemValue", "-5", "100"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("清单第1行：价值须不小于0元（填写的是-5）")))
                .andExpect(content().string(containsString("清单第2行：数量须大于0（填写的是0）")))
                // the rows come back as typed, to be corrected rather than typed again
                .andExpect(content().string(containsString("value=\"白酒\"")))
                .andExpect(content().string(containsString("value=\"啤酒\"")))
                .andExpect(content().string(containsString("value=\"-5\"")));
        assertThat(seizures.latest(officer, c.id())).isEmpty();
        assertThat(clocks.seizure(cases.find(officer, c.id()))).isEmpty();
        assertThat(cases.find(officer, c.id()).timeline()).noneMatch(t -> t.text().contains("查封"));
    }

    /** The page's error box, to say why a form was refused. */
    private static String errors(String html) {
        int at = html.indexOf("id=\"case-errors\"");
        return at < 0 ? "(no errors shown)" : html.substring(at, Math.min(html.length(), at + 600));
    }

    private long audits(String kind, long id) {
        // on the chain, or still waiting for the chain lock (audit_pending): committed either way
        return jdbc.sql("""
                select (select count(*) from audit_entry where object_type = :k and object_id = :id)
                     + (select count(*) from audit_pending where object_type = :k and object_id = :id)""")
                .param("k", kind).param("id", String.valueOf(id)).query(Long.class).single();
    }
}
