package org.shuangda.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuangda.entities.ResidentIdNumber;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 更正案件信息: the correction page, until the decision, within the handling unit. */
@WebTest
class CaseEditPageTests {

    static final String ID_NUMBER = "14042619850312" + "301";
    static final String FULL_ID = ID_NUMBER + ResidentIdNumber.checkCharFor(ID_NUMBER);

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired Cases cases;
    @Autowired CaseLifecycle lifecycle;
    @Autowired Clock clock;
    @Autowired org.shuangda.privacy.PersonalDataCipher cipher;

    List<String> officers() {
        return jdbc.sql("""
                select u.id::text from app_user u join unit n on n.id = u.unit_id
                 where n.name = '黎城县工商行政管理局' and u.enabled
                   and exists (select 1 from pub_user_permission p where p.user_id = u.id
                                  and p.permission = 'CASE_HANDLE')
                 order by u.id limit 2""").query(String.class).list();
    }

    /** A new case of 黎城县工商局 against a natural person, through the 立案 form. */
    long register(String title) throws Exception {
        List<String> officers = officers();
        String location = mvc.perform(post("/cases").with(demo.as("licheng.officer")).with(csrf())
                        .param("title", title).param("category", "FOOD").param("caseValue", "1200")
                        .param("partyKind", "PERSON").param("personName", "郝某").param("personIdNumber", FULL_ID)
                        .param("personAddress", "黎城县黎侯镇").param("entityId", "")
                        .param("goodsName", "假冒白酒").param("goodsQuantity", "12").param("goodsUnit", "瓶")
                        .param("goodsValue", "1200")
                        .param("officerIds", officers.get(0)).param("officerIds", officers.get(1)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    int version(long id) {
        return jdbc.sql("select version from enforcement_case where id = :id").param("id", id).query(Integer.class).single();
    }

    MockHttpServletRequestBuilder correction(long id, String user, String title, String amount) {
        return correction(id, user, title, amount, "郝某", version(id));
    }

    MockHttpServletRequestBuilder correction(long id, String user, String title, String amount, String person,
            int version) {
        List<String> officers = officers();
        return post("/cases/" + id + "/edit").with(demo.as(user)).with(csrf()).param("version", "" + version)
                .param("title", title).param("category", "FOOD").param("caseValue", amount)
                .param("partyKind", "PERSON", "").param("entityId", "", "").param("personName", person, "")
                .param("personIdNumber", "", "").param("personAddress", "黎城县上遥镇", "")
                .param("goodsName", "假冒白酒", "假冒啤酒", "").param("goodsQuantity", "12", "30", "")
                .param("goodsUnit", "瓶", "箱", "").param("goodsValue", "1200", "900", "")
                .param("officerIds", officers.get(0)).param("officerIds", officers.get(1));
    }

    @Test
    void theFormShowsTheCaseAsStoredButNeverThePersonsFullIdNumber() throws Exception {
        long id = register("更正页面展示案" + UUID.randomUUID());
        mvc.perform(get("/cases/" + id).with(demo.as("licheng.officer")))
                .andExpect(content().string(containsString("/cases/" + id + "/edit")));
        mvc.perform(get("/cases/" + id + "/edit").with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("更正案件信息")))
                .andExpect(content().string(containsString("value=\"郝某\"")))
                .andExpect(content().string(containsString("value=\"假冒白酒\"")))
                .andExpect(content().string(containsString("留空则保持 140426********" + FULL_ID.substring(14))))
                .andExpect(content().string(not(containsString(FULL_ID))));
    }

    @Test
    void aCorrectionChangesDetailsAndGoodsKeepsTheIdNumberAndIsAudited() throws Exception {
        long id = register("更正保存案" + UUID.randomUUID());
        String title = "更正后的案由" + UUID.randomUUID();
        mvc.perform(correction(id, "licheng.officer", title, "2,100.50"))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/cases/" + id));

        var row = jdbc.sql("select title, case_value, version from enforcement_case where id = :id").param("id", id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getBigDecimal(2), rs.getInt(3))).single();
        assertThat(row.get(0)).isEqualTo(title);
        assertThat((BigDecimal) row.get(1)).isEqualByComparingTo("2100.50");
        // the number is kept (as SM4 ciphertext, PartyIdentityTests)
        assertThat(jdbc.sql("select id_number, address from case_party where case_id = :id").param("id", id)
                .query((rs, n) -> cipher.decrypt(Party.ID_NUMBER_FIELD, rs.getString(1)) + "|" + rs.getString(2))
                .list()).containsExactly(FULL_ID + "|黎城县上遥镇");
        assertThat(jdbc.sql("select name from case_goods where case_id = :id order by sort_order").param("id", id)
                .query(String.class).list()).containsExactly("假冒白酒", "假冒啤酒");
        long audited = jdbc.sql("""
                select count(*) from (select object_type, object_id, action from audit_entry
                                      union all select object_type, object_id, action from audit_pending) a
                 where object_type = 'case' and object_id = :id and action = 'UPDATE'""")
                .param("id", String.valueOf(id)).query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void badValuesAndAStaleVersionAreShownOnTheFormAndNothingChanges() throws Exception {
        long id = register("更正校验案" + UUID.randomUUID());
        int version = version(id);
        mvc.perform(correction(id, "licheng.officer", "", "很多")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("金额须为不小于零的数")))
                .andExpect(content().string(containsString("value=\"假冒啤酒\""))); // what was typed stays
        mvc.perform(correction(id, "licheng.officer", "改名案", "100", "郝某", version - 1))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("该记录已被他人修改")));
        // a different person in the party row needs the ID number entered
        mvc.perform(correction(id, "licheng.officer", "改名案", "100", "李某", version))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("身份证号码无效")));
        assertThat(version(id)).isEqualTo(version);
        assertThat(jdbc.sql("select title from enforcement_case where id = :id").param("id", id).query(String.class)
                .single()).startsWith("更正校验案");
    }

    @Test
    void onlyTheHandlingUnitCorrectsAndOnlyBeforeTheDecision() throws Exception {
        long id = register("更正权限案" + UUID.randomUUID());
        mvc.perform(get("/cases/" + id + "/edit").with(demo.as("pingshun.officer")))
                .andExpect(status().is4xxClientError());
        mvc.perform(correction(id, "pingshun.officer", "越权修改", "1")).andExpect(status().is4xxClientError());
        mvc.perform(get("/cases/" + id + "/edit").with(demo.as("licheng.leader")))
                .andExpect(status().is4xxClientError());

        long decided = new CaseFixtures(cases, lifecycle, clock).decided(demo.actor("licheng.officer"),
                CaseFixtures.title("已决定")).id();
        mvc.perform(get("/cases/" + decided + "/edit").with(demo.as("licheng.officer")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("已作出决定或已结束的案件不能再修改")));
        mvc.perform(correction(decided, "licheng.officer", "改名", "1")).andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select title from enforcement_case where id = :id").param("id", decided)
                .query(String.class).single()).isNotEqualTo("改名");
    }
}
