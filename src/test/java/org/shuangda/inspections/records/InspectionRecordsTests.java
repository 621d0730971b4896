package org.shuangda.inspections.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DerivedFigures;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Inspection records: what reporting is offered (the right unit, the right period, a joint action's results once),
 * the refusal of more officers than a unit has, scope, and the API. Records are dated in a past year of their own
 * (2021), apart from the demo's.
 */
@WebTest
class InspectionRecordsTests {

    @Autowired InspectionRecords records;
    @Autowired List<DerivedFigures> sources;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private long unit(String name) {
        return jdbc.sql("select id from unit where name = :n").param("n", name).query(Long.class).single();
    }

    private long user(String username) {
        return jdbc.sql("select id from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    private List<Long> entities(int n) {
        return jdbc.sql("select e.id from market_entity e where e.region_code = '140426' order by e.id limit :n")
                .param("n", n).query(Long.class).list();
    }

    private DerivedFigures inspections() {
        return sources.stream().filter(s -> s.sourceLabel().equals("derived.source.inspections")).findFirst()
                .orElseThrow();
    }

    private static RecordForm form(String kind, String from, String to, Integer leadOfficers, List<Long> officers,
            List<Long> jointUnits, List<Integer> jointOfficers, List<Long> entities, int areas, int dens) {
        return new RecordForm(kind, "测试检查" + kind, from, to, null, leadOfficers, officers, jointUnits, jointOfficers,
                entities, List.of(), areas, null, dens, null, 0, null, null, null);
    }

    @Test
    void records_feed_the_unit_that_took_part_for_the_period_of_their_first_day() {
        Actor officer = users.actor("licheng.officer");
        long aic = unit("黎城县工商行政管理局");
        long police = unit("黎城县公安局");
        List<Long> named = List.of(user("licheng.officer"), user("licheng.inspector"));
        List<Long> checked = entities(3);
        // a 联合执法 of two days, the police sending one officer a day; a patrol the same month; one the next month
        records.create(officer, form("JOINT", "2021-03-10", "2021-03-11", 3, named, List.of(police), List.of(1),
                checked, 2, 1));
        records.create(officer, form("ROUTINE", "2021-03-31", "2021-03-31", null, named, List.of(), List.of(),
                checked.subList(0, 1), 0, 0));
        records.create(officer, form("ROUTINE", "2021-04-01", "2021-04-01", null, named, List.of(), List.of(),
                checked, 5, 5));

        Map<String, BigDecimal> march = inspections().figuresFor(aic, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31));
        assertThat(march.get("officers")).isEqualByComparingTo("8");          // 3 × 2 days + 2 × 1 day
        assertThat(march.get("entities_checked")).isEqualByComparingTo("3");  // distinct: the patrol's was checked before
        assertThat(march.get("markets_checked")).isEqualByComparingTo("0");
        assertThat(march.get("areas_rectified")).isEqualByComparingTo("2");
        assertThat(march.get("dens_destroyed")).isEqualByComparingTo("1");
        assertThat(march.get("joint_actions")).isEqualByComparingTo("1");

        // the police get their own officer-days and the joint action, not the lead unit's results
        Map<String, BigDecimal> policeMarch = inspections().figuresFor(police, LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 3, 31));
        assertThat(policeMarch.get("officers")).isEqualByComparingTo("2");
        assertThat(policeMarch.get("joint_actions")).isEqualByComparingTo("1");
        assertThat(policeMarch.get("entities_checked")).isEqualByComparingTo("0");
        assertThat(policeMarch.get("dens_destroyed")).isEqualByComparingTo("0");

        Map<String, BigDecimal> april = inspections().figuresFor(aic, LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30));
        assertThat(april.get("officers")).isEqualByComparingTo("2");
        assertThat(april.get("dens_destroyed")).isEqualByComparingTo("5");
        assertThat(april.get("joint_actions")).isEqualByComparingTo("0");

        // a unit or a period without records is offered nothing (no "0" beside what it typed)
        assertThat(inspections().figuresFor(aic, LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 31))).isEmpty();
        assertThat(inspections().figuresFor(unit("平顺县工商行政管理局"), LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 3, 31))).isEmpty();
    }

    @Test
    void more_officers_than_the_unit_has_is_refused_with_the_unit_and_both_numbers_and_nothing_is_stored() {
        Actor officer = users.actor("licheng.officer");
        long has = jdbc.sql("select count(*) from app_user where unit_id = :u and enabled")
                .param("u", unit("黎城县工商行政管理局")).query(Long.class).single();
        long before = jdbc.sql("select count(*) from inspection_record").query(Long.class).single();
        assertThatThrownBy(() -> records.create(officer, form("ROUTINE", "2021-06-01", "2021-06-01", (int) has + 1,
                List.of(), List.of(), List.of(), List.of(), 0, 0)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo("leadOfficers");
                            assertThat(p.reason()).isEqualTo("records.error.moreOfficersThanUnit");
                            assertThat(p.args()).containsExactly("黎城县工商行政管理局", (int) has + 1, has);
                        }));
        // a joint unit likewise
        long police = unit("黎城县公安局");
        long policeHas = jdbc.sql("select count(*) from app_user where unit_id = :u and enabled").param("u", police)
                .query(Long.class).single();
        assertThatThrownBy(() -> records.create(officer, form("JOINT", "2021-06-01", "2021-06-01", 1, List.of(),
                List.of(police), List.of((int) policeHas + 3), List.of(), 0, 0)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.field()).isEqualTo("jointOfficers")));
        assertThat(jdbc.sql("select count(*) from inspection_record").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void api_answers_422_in_words_and_keeps_other_counties_out() throws Exception {
        mvc.perform(post("/api/v1/inspections/records").with(users.as("licheng.officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "JOINT", "title": "", "startedOn": "2021-07-02", "endedOn": "2021-07-01",
                                 "leadOfficers": 99}"""))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("title", "endedOn", "leadOfficers",
                        "jointUnitIds")))
                .andExpect(jsonPath("$.errors[?(@.field == 'leadOfficers')].reason",
                        Matchers.hasItem(Matchers.containsString("多于该单位在册人员"))));

        String created = mvc.perform(post("/api/v1/inspections/records").with(users.as("licheng.officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind": "SPECIAL", "title": "范围测试", "startedOn": "2021-08-02",
                                 "endedOn": "2021-08-03", "leadOfficers": 1}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.officerTimes").value(2))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/api/v1/inspections/records/" + id).with(users.as("pingshun.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inspections/records?from=2021-08-01&to=2021-08-31").with(users.as("pingshun.officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + id + ")]", Matchers.hasSize(0)));
        mvc.perform(get("/api/v1/inspections/records?from=2021-08-01&to=2021-08-31").with(users.as("licheng.office")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + id + ")]", Matchers.hasSize(1)));
        assertThatThrownBy(() -> records.get(users.actor("pingshun.office"), id)).isInstanceOf(NotFoundProblem.class);
        // the change is in the audit trail
        assertThat(jdbc.sql("""
                        select (select count(*) from audit_entry where object_type = 'inspection_record' and object_id = :id)
                             + (select count(*) from audit_pending where object_type = 'inspection_record' and object_id = :id)""")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_edit_needs_the_version_read_and_is_audited_with_before_and_after() {
        Actor officer = users.actor("licheng.officer");
        InspectionRecord created = records.create(officer, form("ROUTINE", "2021-09-01", "2021-09-01", 1, List.of(),
                List.of(), List.of(), List.of(), 0, 0));
        RecordForm edit = new RecordForm("SPECIAL", "改为专项检查", "2021-09-01", "2021-09-02", null, 1, List.of(),
                List.of(), List.of(), List.of(), List.of(), 0, null, 0, null, 0, null, null, created.version());
        InspectionRecord edited = records.update(officer, created.id(), edit);
        assertThat(edited.kind()).isEqualTo(RecordKind.SPECIAL);
        assertThat(edited.officerTimes()).isEqualTo(2);
        assertThatThrownBy(() -> records.update(officer, created.id(), edit))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("version"));
        assertThatThrownBy(() -> records.update(users.actor("pingshun.officer"), created.id(), edit))
                .isInstanceOf(NotFoundProblem.class);
    }

    @Test
    void the_pages_list_show_and_refuse_in_words() throws Exception {
        long demo = jdbc.sql("select id from inspection_record where title = '城乡结合部制售假冒伪劣联合整治'")
                .query(Long.class).single();
        mvc.perform(get("/inspections/records").with(users.as("licheng.office"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("城乡结合部制售假冒伪劣联合整治")));
        mvc.perform(get("/inspections/records/" + demo).with(users.as("licheng.leader"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("黎城县公安局")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"edit-record\""))));
        mvc.perform(get("/inspections/records/" + demo).with(users.as("pingshun.office"))).andExpect(status().isNotFound());
        mvc.perform(get("/inspections/records/" + demo + "/edit").with(users.as("licheng.officer"))).andExpect(status().isOk());
        mvc.perform(post("/inspections/records").with(users.as("licheng.officer")).with(csrf())
                        .param("kind", "JOINT").param("title", "无单位的联合执法").param("startedOn", "2021-10-01")
                        .param("endedOn", "2021-10-01").param("leadOfficers", "1")
                        .param("jointUnit", "", "", "", "").param("jointCount", "", "", "", ""))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("联合执法须至少填写一个参加单位")));
        // problems and follow-up are paragraphs: line breaks pass the input gate
        mvc.perform(post("/inspections/records").with(users.as("licheng.officer")).with(csrf())
                        .param("kind", "ROUTINE").param("title", "分段记录").param("startedOn", "2021-10-02")
                        .param("endedOn", "2021-10-02").param("leadOfficers", "1")
                        .param("problems", "一、未亮证经营\n二、台账缺失").param("followUp", "责令整改\n七日内复查"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select problems from inspection_record where title = '分段记录'").query(String.class).single())
                .isEqualTo("一、未亮证经营\n二、台账缺失");
    }
}
