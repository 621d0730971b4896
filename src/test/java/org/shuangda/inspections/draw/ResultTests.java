package org.shuangda.inspections.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Results on the real database: only a drawn inspector records one, every checklist point is answered, the
 * publication clock is 20 working days on the calendar, each result is a credit fact (无法联系 with its code), a
 * finding that needs enforcement becomes a clue in cases and the two are linked, and a published result shows on
 * the public side with persons masked.
 */
@WebTest
class ResultTests {

    @Autowired DemoUsers demo;
    @Autowired Items items;
    @Autowired Plans plans;
    @Autowired InspectionTasks tasks;
    @Autowired Draws draws;
    @Autowired Results results;
    @Autowired WorkingCalendar calendar;
    @Autowired JdbcClient jdbc;

    Draw drawn() {
        Actor office = demo.actor("licheng.office");
        Actor officer = demo.actor("licheng.officer");
        long item = items.create(office, new ItemDraft(officer.unitId(), "住所与经营场所", "《企业公示信息抽查办法》第十四条",
                "GENERAL", List.of("住所真实", "公示信息真实"))).id();
        Plan plan = plans.create(office, new PlanDraft(2026, "结果测试计划", officer.unitId(), true,
                List.of(demo.actor("pingshun.officer").unitId()), ""));
        Task task = tasks.create(officer, new TaskDraft(plan.id(), "住所抽查", List.of(item), false, "140426", null,
                new BigDecimal("3"), null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null));
        draws.prepare(officer, task.id());
        return draws.draw(officer, task.id(), new Draws.EntropyInput("16180339887498948482045868", "测试", null));
    }

    Actor user(long id) {
        return demo.actor(jdbc.sql("select username from app_user where id = :id").param("id", id)
                .query(String.class).single());
    }

    ResultDraft draft(ResultCode code, boolean enforce, LocalDate on) {
        return new ResultDraft(code.name(), List.of(new ResultDraft.PointOutcome("住所真实", "FAIL", "门店已搬离"),
                new ResultDraft.PointOutcome("公示信息真实", "PASS", "")), "现场无人", false, enforce, on);
    }

    @Test
    void only_a_drawn_inspector_records_and_the_finding_becomes_a_clue_and_a_credit_fact() {
        Draw draw = drawn();
        Draw.DrawnTarget target = draw.targets().get(0);
        Actor inspector = user(target.inspectors().get(0).officerId());
        long[] pool = draws.pool(demo.actor("licheng.officer"), draw.taskId()).orElseThrow().inspectorIds();
        long outsider = Arrays.stream(pool).filter(o -> target.inspectors().stream().noneMatch(i -> i.officerId() == o))
                .findFirst().orElseThrow();
        LocalDate on = results.today().minusDays(1);
        long before = jdbc.sql("select count(*) from inspection_result").query(Long.class).single();
        assertThatThrownBy(() -> results.record(user(outsider), draw.id(), target.entityId(),
                draft(ResultCode.UNREACHABLE, true, on)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("inspector");
        // every point must be answered
        assertThatThrownBy(() -> results.record(inspector, draw.id(), target.entityId(), new ResultDraft(
                "UNREACHABLE", List.of(), "", true, false, on))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("points");
        assertThat(jdbc.sql("select count(*) from inspection_result").query(Long.class).single()).isEqualTo(before);
        assertThat(results.assignments(inspector)).anyMatch(a -> a.drawId() == draw.id()
                && a.entityId() == target.entityId() && a.resultId() == null);

        InspectionResult r = results.record(inspector, draw.id(), target.entityId(),
                draft(ResultCode.UNREACHABLE, true, on));
        assertThat(r.publishDue()).isEqualTo(calendar.addWorkingDays(on, 20));
        assertThat(r.signed()).isFalse();
        assertThatThrownBy(() -> results.record(inspector, draw.id(), target.entityId(),
                draft(ResultCode.NO_PROBLEM, false, on))).isInstanceOf(InvalidInput.class);

        assertThat(jdbc.sql("select detail ->> 'code' from credit_fact where source_ref = :ref and kind = 'INSPECTION_RESULT'")
                .param("ref", "inspection_result:" + r.id()).query(String.class).single()).isEqualTo("UNREACHABLE");
        assertThat(jdbc.sql("select detail ->> 'negative' from credit_fact where source_ref = :ref")
                .param("ref", "inspection_result:" + r.id()).query(String.class).single()).isEqualTo("true");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(results.get(demo.actor("licheng.officer"), r.id()).clueNumber()).isNotNull());
        InspectionResult linked = results.get(demo.actor("licheng.officer"), r.id());
        assertThat(jdbc.sql("select source || ' ' || source_ref || ' ' || number from clue where id = :id")
                .param("id", linked.clueId()).query(String.class).single())
                .isEqualTo("INSPECTION 双随机抽查结果#" + r.id() + " " + linked.clueNumber());
    }

    @Test
    void a_result_is_published_once_and_the_public_sees_it_with_its_due_date_kept() {
        Draw draw = drawn();
        Draw.DrawnTarget target = draw.targets().get(1);
        Actor inspector = user(target.inspectors().get(1).officerId());
        InspectionResult r = results.record(inspector, draw.id(), target.entityId(),
                draft(ResultCode.CORRECTED, false, results.today()));
        assertThat(results.list(demo.actor("licheng.officer"), true)).extracting(InspectionResult::id).contains(r.id());
        assertThat(results.published(500)).extracting(InspectionResult::id).doesNotContain(r.id());
        results.publish(demo.actor("licheng.officer"), r.id());
        assertThatThrownBy(() -> results.publish(demo.actor("licheng.officer"), r.id())).isInstanceOf(InvalidInput.class);
        assertThat(results.published(500)).extracting(InspectionResult::id).contains(r.id());
        assertThat(results.list(demo.actor("pingshun.office"), false)).extracting(InspectionResult::id)
                .doesNotContain(r.id());
    }

    @Test
    void a_bare_personal_name_of_an_individual_business_is_masked_in_public() {
        assertThat(PublicMask.entity("张三丰", "INDIVIDUAL_BUSINESS")).isEqualTo("张某某");
        assertThat(PublicMask.entity("黎城县惠民百货超市", "INDIVIDUAL_BUSINESS")).isEqualTo("黎城县惠民百货超市");
        assertThat(PublicMask.entity("王五", "ENTERPRISE")).isEqualTo("王五");
    }
}
