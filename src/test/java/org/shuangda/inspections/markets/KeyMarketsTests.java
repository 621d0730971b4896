package org.shuangda.inspections.markets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The key-market directory: the director encrypted and masked, sellers linked, scope, 422s, the XLSX export audited. */
@WebTest
class KeyMarketsTests {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;

    private List<Long> entities(int n) {
        return jdbc.sql("select id from market_entity where region_code = '140426' order by id desc limit :n")
                .param("n", n).query(Long.class).list();
    }

    @Test
    void the_office_adds_a_market_whose_director_is_stored_encrypted_and_shown_masked() throws Exception {
        List<Long> e = entities(3);
        long aic = jdbc.sql("select id from unit where name = '黎城县工商行政管理局'").query(Long.class).single();
        // kept by the office, supervised by the county's 工商局
        String body = """
                {"name": "测试集贸市场", "kind": "BAZAAR", "operatorEntityId": %d, "address": "黎城县测试路1号", "unitId": %d,
                 "regionCode": "140426", "stalls": 40, "sellers": 35, "directorName": "欧阳明远",
                 "directorPhone": "13812345678", "goods": "蔬菜、粮油", "frequency": "WEEKLY",
                 "sellerIds": [%d, %d], "sellerStalls": ["A-1", ""]}""".formatted(e.get(0), aic, e.get(1), e.get(2));
        String json = mvc.perform(post("/api/v1/markets").with(users.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.directorNameMasked").value("欧**"))
                .andExpect(jsonPath("$.directorPhoneMasked").value("138****5678"))
                .andExpect(jsonPath("$.sellerEntities", Matchers.hasSize(2)))
                .andExpect(jsonPath("$.sellerEntities[?(@.stall == 'A-1')].entityId").value(Matchers.contains(e.get(1).intValue())))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("欧阳明远", "13812345678");
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String stored = jdbc.sql("select director_name || ' ' || director_phone from key_market where id = :id")
                .param("id", id).query(String.class).single();
        assertThat(stored).doesNotContain("欧阳", "13812345678");

        // another county's office does not see it; the 工商局's officer reads it
        mvc.perform(get("/api/v1/markets/" + id).with(users.as("pingshun.office"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/markets").with(users.as("pingshun.office")))
                .andExpect(jsonPath("$[?(@.id == " + id + ")]", Matchers.hasSize(0)));
        mvc.perform(get("/api/v1/markets/" + id).with(users.as("licheng.officer"))).andExpect(status().isOk());
        // an officer reads but does not keep the directory
        mvc.perform(post("/api/v1/markets").with(users.as("licheng.officer")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());

        // an edit with a blank director keeps the stored one; a stale version is refused
        String edit = body.replace("\"directorName\": \"欧阳明远\",", "\"directorName\": \"\",")
                .replace("\"directorPhone\": \"13812345678\",", "").replace("}", ", \"version\": 0}");
        mvc.perform(put("/api/v1/markets/" + id).with(users.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(edit.replace("测试集贸市场", "测试集贸市场（东区）")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.directorNameMasked").value("欧**"))
                .andExpect(jsonPath("$.directorPhoneMasked").value("138****5678"));
        mvc.perform(put("/api/v1/markets/" + id).with(users.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(edit))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void bad_input_names_every_field_and_stores_nothing() throws Exception {
        long before = jdbc.sql("select count(*) from key_market").query(Long.class).single();
        mvc.perform(post("/api/v1/markets").with(users.as("licheng.office")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "", "kind": "CASTLE", "operatorEntityId": 999999999, "address": "x",
                                 "regionCode": "999999", "stalls": -1, "directorPhone": "call me",
                                 "frequency": "DAILY"}"""))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("name", "kind", "operatorEntityId",
                        "regionCode", "stalls", "sellers", "directorPhone", "frequency")));
        assertThat(jdbc.sql("select count(*) from key_market").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void the_list_page_sorts_and_exports_and_the_export_is_audited() throws Exception {
        mvc.perform(get("/inspections/markets").with(users.as("licheng.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-sortable")))
                .andExpect(content().string(Matchers.containsString("黎城县城关农贸市场")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("13803551234"))));
        long exports = exports();
        byte[] file = mvc.perform(get("/inspections/markets/export").param("kind", "BAZAAR").with(users.as("licheng.office")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(file).startsWith('P', 'K');
        assertThat(exports()).isEqualTo(exports + 1);
    }

    private long exports() {
        return jdbc.sql("""
                select (select count(*) from audit_entry where action = 'EXPORT' and object_type = 'key_market')
                     + (select count(*) from audit_pending where action = 'EXPORT' and object_type = 'key_market')""")
                .query(Long.class).single();
    }

    @Test
    void the_form_page_shows_every_problem_again_with_422_and_the_api_is_documented() throws Exception {
        mvc.perform(get("/inspections/markets/new").with(users.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"market-form\"")));
        mvc.perform(get("/inspections/markets/new").with(users.as("licheng.officer"))).andExpect(status().isForbidden());
        mvc.perform(post("/inspections/markets").with(users.as("licheng.office")).with(csrf())
                        .param("name", "").param("kind", "BAZAAR").param("frequency", "MONTHLY").param("address", "某路")
                        .param("regionCode", "140426").param("stalls", "10").param("sellers", "")
                        .param("directorPhone", "电话"))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("联系电话只能包含数字")))
                .andExpect(content().string(Matchers.containsString("id=\"form-errors\"")));
        long market = jdbc.sql("select id from key_market where name = '黎城县城关农贸市场'").query(Long.class).single();
        mvc.perform(get("/inspections/markets/" + market + "/edit").with(users.as("licheng.office")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("已登记 郭*")));
        // saving the page form (its chips carry no stalls) keeps the stalls on record
        var sellers = jdbc.sql("select entity_id from key_market_seller where market_id = :m order by entity_id")
                .param("m", market).query(Long.class).list();
        var stalls = jdbc.sql("select stall from key_market_seller where market_id = :m order by entity_id")
                .param("m", market).query(String.class).list();
        var m = jdbc.sql("select operator_entity_id, unit_id, version from key_market where id = :m").param("m", market)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        mvc.perform(post("/inspections/markets/" + market).with(users.as("licheng.office")).with(csrf())
                        .param("name", "黎城县城关农贸市场").param("kind", "BAZAAR").param("frequency", "WEEKLY")
                        .param("operatorEntityId", Long.toString(m[0])).param("unitId", Long.toString(m[1]))
                        .param("address", "黎城县黎侯镇东街88号").param("regionCode", "140426").param("stalls", "190")
                        .param("sellers", "142").param("version", Long.toString(m[2]))
                        .param("sellerIds", sellers.stream().map(String::valueOf).toArray(String[]::new)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select stall from key_market_seller where market_id = :m order by entity_id")
                .param("m", market).query(String.class).list()).isEqualTo(stalls);
        assertThat(jdbc.sql("select stalls from key_market where id = :m").param("m", market).query(Integer.class)
                .single()).isEqualTo(190);
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/api/v1/markets")))
                .andExpect(content().string(Matchers.containsString("/api/v1/inspections/records")));
    }

    @Autowired MarketTodos todos;

    @Test
    void a_market_whose_required_inspection_falls_due_within_a_week_is_a_to_do_of_its_inspectors() {
        // the demo's 集贸市场 (weekly) was inspected six days ago; its wholesale market (monthly) four days ago
        String bazaar = "/inspections/markets/" + jdbc.sql("select id from key_market where name = '黎城县城关农贸市场'")
                .query(Long.class).single();
        String wholesale = "/inspections/markets/" + jdbc.sql("select id from key_market where name = '黎城县商贸物流批发市场'")
                .query(Long.class).single();
        var links = todos.todosFor(users.actor("licheng.officer")).stream().map(org.shuangda.shared.TodoItem::href)
                .toList();
        assertThat(links).contains(bazaar).doesNotContain(wholesale);
        assertThat(todos.todosFor(users.actor("pingshun.officer")).stream().map(org.shuangda.shared.TodoItem::href))
                .doesNotContain(bazaar);
        assertThat(todos.todosFor(users.actor("licheng.leader"))).isEmpty(); // reads, does not inspect
        // the market says when it was last checked and when it is due next
        var last = jdbc.sql("""
                select max(r.ended_on) from inspection_record r join inspection_record_market x on x.record_id = r.id
                 where x.market_id = :m""").param("m", Long.parseLong(bazaar.replaceFirst(".*/", "")))
                .query(java.time.LocalDate.class).single();
        try {
            mvc.perform(get("/api/v1" + bazaar.replace("/inspections", "")).with(users.as("licheng.officer")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.lastInspectedOn").value(last.toString()))
                    .andExpect(jsonPath("$.nextInspectionDue").value(last.plusWeeks(1).toString()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        // the whole province's office (scope everything) sees it too
        assertThat(todos.todosFor(users.actor("shanxi.office")).stream().map(org.shuangda.shared.TodoItem::href))
                .contains(bazaar);
    }
}
