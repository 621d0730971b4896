package org.shuangda.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuangda.leadership.MinutesForm.DecisionForm;
import org.shuangda.organization.LeadingGroup;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Work groups under the county's leading group, and a decision given to one (its lead leads, members cooperate). */
@WebTest
class WorkGroupsTests {

    @Autowired WorkGroups workGroups;
    @Autowired Meetings meetings;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void aDecisionGivenToAWorkGroupIsLedByItsLeadUnitWithItsMembersCooperating() throws Exception {
        Actor office = demo.actor("licheng.office");
        LeadingGroup group = meetings.groupsToManage(office).get(0);
        long commerce = unit("黎城县工商行政管理局");
        long police = unit("黎城县公安局");
        String name = "案件查办指导组" + System.nanoTime() % 100000;
        WorkGroup saved = workGroups.save(office, new WorkGroup(null, group.id(), null, null, name,
                "指导重大案件查办，协调行刑衔接。", commerce, null, List.of(
                        new WorkGroup.Member(WorkGroup.Role.HEAD, "张某某", "副局长", commerce, null),
                        new WorkGroup.Member(WorkGroup.Role.MEMBER, "李某某", "副局长", police, null)), 0));
        assertThat(saved.leadUnitName()).isEqualTo("黎城县工商行政管理局");
        assertThat(saved.members()).extracting(WorkGroup.Member::unitName).containsExactly("黎城县工商行政管理局",
                "黎城县公安局");

        // the same name twice, a member without a name, no lead: refused in words, nothing written
        InvalidInput refused = catchInvalid(() -> workGroups.save(office, new WorkGroup(null, group.id(), null, null,
                name, "", null, null, List.of(new WorkGroup.Member(WorkGroup.Role.MEMBER, " ", "", police, null)), 0)));
        assertThat(refused.problems()).extracting(InvalidInput.FieldProblem::field)
                .containsExactlyInAnyOrder("name", "leadUnitId", "members[0].personName");
        assertThat(workGroups.list(office)).filteredOn(w -> w.name().equals(name)).hasSize(1);

        Meeting m = meetings.create(office, new MeetingForm(group.id(), null, MeetingKind.SPECIAL, "专题会" + name,
                LocalDateTime.of(2026, 10, 12, 9, 0), "县政府会议室", "县长助理", List.of(), List.of(), 0));
        meetings.convene(office, m.id());
        Meeting held = meetings.recordAttendance(office, m.id(), Set.of(commerce, police));
        Meeting written = meetings.writeMinutes(office, m.id(), new MinutesForm("", "", "", "", List.of(
                new DecisionForm("梳理近三年未移送案件。", null, List.of(), LocalDate.of(2026, 12, 31), saved.id())),
                held.version()));
        Meeting.Decision d = written.decisions().get(0);
        assertThat(d.leadUnitId()).isEqualTo(commerce);
        assertThat(d.cooperatorIds()).containsExactly(police);
        assertThat(d.workGroupName()).isEqualTo(name);
        assertThat(MinutesDocx.responsibility(d)).startsWith("责任工作组：" + name + "；牵头单位：黎城县工商行政管理局；配合单位：黎城县公安局");

        // a group with a decision given to it stays
        assertThat(catchInvalid(() -> workGroups.delete(office, saved.id())).problems())
                .extracting(InvalidInput.FieldProblem::field).containsExactly("id");
        // another county does not see it
        assertThatThrownBy(() -> workGroups.get(demo.actor("pingshun.office"), saved.id()))
                .isInstanceOf(NotFoundProblem.class);
        mvc.perform(get("/api/v1/work-groups/" + saved.id()).with(demo.as("pingshun.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/work-groups/" + saved.id()).with(demo.as("licheng.officer"))).andExpect(status().isOk());
    }

    private long unit(String name) {
        return jdbc.sql("select id from unit where name = :n").param("n", name).query(Long.class).single();
    }

    private static InvalidInput catchInvalid(Runnable r) {
        try {
            r.run();
        } catch (InvalidInput e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }
}
