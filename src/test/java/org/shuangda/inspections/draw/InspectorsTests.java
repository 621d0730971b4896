package org.shuangda.inspections.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inspector pool: the county's officers who may inspect, from identity, with the certificate and specialties
 * entered here; a lapsed certificate keeps the officer out of a pool frozen afterwards; bad input named; scope.
 */
@WebTest
class InspectorsTests {

    @Autowired Inspectors inspectors;
    @Autowired Items items;
    @Autowired Plans plans;
    @Autowired InspectionTasks tasks;
    @Autowired Draws draws;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void aLapsedCertificateKeepsTheOfficerOutOfTheNextPoolAndItsRenewalBringsHimBack() {
        Actor office = demo.actor("licheng.office");
        Actor officer = demo.actor("licheng.officer");
        List<Inspector> pool = inspectors.list(office);
        assertThat(pool).extracting(Inspector::officerId).contains(officer.userId());
        assertThat(pool).extracting(Inspector::unitName).allMatch(n -> n.startsWith("黎城县"));

        long item = items.create(office, new ItemDraft(officer.unitId(), "执法证测试事项", "《企业公示信息抽查办法》第四条",
                "GENERAL", List.of("年报公示"))).id();
        Plan plan = plans.create(office, new PlanDraft(2026, "执法证测试计划", officer.unitId(), false, List.of(), ""));
        Inspector lapsed = inspectors.save(office, officer.userId(), new Inspectors.InspectorForm("14040001",
                LocalDate.now().minusDays(10), List.of("FOOD", "TRADEMARK_IP"), null));
        assertThat(lapsed.specialties()).containsExactly(Specialty.FOOD, Specialty.TRADEMARK_IP);
        Task task = task(officer, plan, item);
        long[] frozen = draws.prepare(officer, task.id()).inspectorIds();
        assertThat(Arrays.stream(frozen).boxed().toList()).doesNotContain(officer.userId());

        inspectors.save(office, officer.userId(), new Inspectors.InspectorForm("14040001",
                LocalDate.now().plusYears(3), List.of("FOOD"), lapsed.version()));
        long[] renewed = draws.prepare(officer, task(officer, plan, item).id()).inspectorIds();
        assertThat(Arrays.stream(renewed).boxed().toList()).contains(officer.userId());
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'inspection_inspector' and object_id = :id")
                .param("id", String.valueOf(officer.userId())).query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void badInputIsNamedAndAnotherCountyCannotTouchTheOfficer() {
        Actor office = demo.actor("licheng.office");
        long officer = demo.actor("licheng.officer").userId();
        assertThatThrownBy(() -> inspectors.save(office, officer, new Inspectors.InspectorForm(" ", null,
                List.of("COOKING"), null))).isInstanceOf(InvalidInput.class).hasMessageContaining("certificateNo")
                .hasMessageContaining("certificateUntil").hasMessageContaining("specialties");
        assertThatThrownBy(() -> inspectors.save(demo.actor("pingshun.office"), officer, new Inspectors.InspectorForm(
                "1", LocalDate.now().plusYears(1), List.of(), null))).isInstanceOf(NotFoundProblem.class);
        assertThat(inspectors.list(demo.actor("pingshun.office"))).extracting(Inspector::officerId)
                .doesNotContain(officer);
    }

    @Test
    void thePageListsThePoolAndTheFormSavesOrSaysWhy() throws Exception {
        long officer = demo.actor("licheng.officer").userId();
        String page = mvc.perform(get("/inspections/inspectors").with(demo.as("licheng.office")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("inspector-" + officer).contains("执法检查人员名录库");
        mvc.perform(post("/inspections/inspectors/" + officer).with(demo.as("licheng.office")).with(csrf())
                        .param("certificateNo", "").param("certificateUntil", ""))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/inspections/inspectors/" + officer).with(demo.as("licheng.office")).with(csrf())
                        .param("certificateNo", "14040099").param("certificateUntil", LocalDate.now().plusYears(2).toString())
                        .param("specialties", "PRICE"))
                .andExpect(status().is3xxRedirection());
        assertThat(inspectors.list(demo.actor("licheng.office")).stream().filter(i -> i.officerId() == officer)
                .findFirst().orElseThrow().certificateNo()).isEqualTo("14040099");
    }

    private Task task(Actor officer, Plan plan, long item) {
        return tasks.create(officer, new TaskDraft(plan.id(), "执法证测试任务", List.of(item), false, "140426", null,
                new BigDecimal("3"), null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null));
    }
}
