package org.shuangda.inspections.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Items, plans, tasks and the draw on the real database with the demo's 黎城县 (150 entities; the 工商局's three
 * officers who may inspect): the frozen pool and its hash, ratios and floors, the refusals (no entropy, ratio over
 * 100%, too few inspectors after 回避, a redraw without reason or approval), the redraw kept beside the first
 * draw, the audit trail, and scope.
 */
@WebTest
class DrawServiceTests {

    @Autowired DemoUsers demo;
    @Autowired org.shuangda.identity.Officers officers;
    @Autowired Items items;
    @Autowired Plans plans;
    @Autowired InspectionTasks tasks;
    @Autowired Draws draws;
    @Autowired JdbcClient jdbc;
    @Autowired org.shuangda.inspections.markets.KeyMarkets markets;
    @Autowired org.shuangda.entities.MarketEntities entities;

    Actor office() {
        return demo.actor("licheng.office");
    }

    Actor officer() {
        return demo.actor("licheng.officer");
    }

    long item(String name) {
        return items.create(office(), new ItemDraft(officer().unitId(), name, "《企业公示信息抽查办法》第四条",
                "GENERAL", List.of("年度报告公示信息", "即时信息公示"))).id();
    }

    Plan plan() {
        return plans.create(office(), new PlanDraft(2026, "2026年度双随机抽查计划", officer().unitId(), false, List.of(), ""));
    }

    /** Joint with 平顺县's 工商局: six officers, as three would often run out after 回避 (cases, earlier draws). */
    Plan jointPlan() {
        return plans.create(office(), new PlanDraft(2026, "2026年度联合抽查计划", officer().unitId(), true,
                List.of(demo.actor("pingshun.officer").unitId()), ""));
    }

    Task task(Plan plan, long itemId, boolean targeted, String type, BigDecimal ratio) {
        return tasks.create(officer(), new TaskDraft(plan.id(), "企业公示信息抽查", List.of(itemId), targeted, "140426",
                type, ratio, ratio, ratio, ratio, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), null));
    }

    static final String ENTROPY = "31415926535897932384626433";

    /** The unit's enabled officers who may inspect, as identity has them now. */
    int inspecting(long unitId) {
        return (int) officers.ofUnit(unitId).stream()
                .filter(o -> o.enabled() && o.permissions().contains(org.shuangda.shared.Permission.INSPECTION_HANDLE))
                .count();
    }

    @Test
    void a_prepared_pool_shows_its_hash_and_the_draw_takes_at_least_one_per_grade_with_two_inspectors_each() {
        Task task = tasks.create(officer(), new TaskDraft(jointPlan().id(), "不定向抽查", List.of(item("公示信息")), false,
                "140426", null, null, null, null, null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31), null));
        assertThat(task.ratios()).containsExactly(300, 500, 2000, 10000);
        FrozenPool pool = draws.prepare(officer(), task.id());
        assertThat(pool.poolHash()).isEqualTo(DrawMath.poolHash(pool.entityIds(), pool.grades()));
        assertThat(pool.size()).isGreaterThanOrEqualTo(150);
        // every enabled officer of both 工商局 who may inspect (other tests may add one to a unit)
        assertThat(pool.inspectorIds()).hasSize(inspecting(officer().unitId())
                + inspecting(demo.actor("pingshun.officer").unitId()));
        assertThat(tasks.get(officer(), task.id()).state()).isEqualTo(TaskState.PREPARED);

        assertThatThrownBy(() -> draws.draw(officer(), task.id(), new Draws.EntropyInput("12345", "现场", null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("entropy");
        assertThat(draws.draws(officer(), task.id())).isEmpty();

        DrawReceipt receipt = draws.draw(officer(), task.id(), new Draws.EntropyInput(ENTROPY, "现场摇号机", null));
        Draw draw = draws.get(officer(), receipt.id());
        assertThat(receipt.targets()).isEqualTo(draw.targets().size());
        assertThat(receipt.targetsPerGrade().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(draw.targets().size());
        assertThat(receipt.resultHash()).isEqualTo(draw.resultHash());
        for (int g = 0; g < 4; g++) {
            char grade = DrawMath.GRADES.charAt(g);
            long drawn = draw.targets().stream().filter(t -> t.grade().charAt(0) == grade).count();
            assertThat(drawn).isEqualTo(DrawMath.quota(pool.perGrade()[g], task.ratios()[g]));
            if (pool.perGrade()[g] > 0) {
                assertThat(drawn).isGreaterThanOrEqualTo(1);
            }
        }
        assertThat(draw.targets()).allSatisfy(t -> assertThat(t.inspectors()).hasSize(2));
        assertThat(draw.entropyBy()).contains("licheng.officer");
        // the server's record is what the verifier recomputes from the published inputs
        DrawInputs inputs = draws.inputs(draw.id());
        DrawMath.Outcome again = DrawMath.draw(inputs.poolHash(), task.id(), inputs.entropy(), inputs.poolIds(),
                inputs.poolGrades(), inputs.ratios(), inputs.inspectors(), inputs.exclusions(), 2);
        assertThat(again.resultHash()).isEqualTo(draw.resultHash());
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'inspection_draw' and object_id = :id")
                .param("id", String.valueOf(draw.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_ratio_over_100_or_zero_is_refused_on_its_field_and_nothing_is_written() {
        long before = jdbc.sql("select count(*) from inspection_task").query(Long.class).single();
        Plan plan = plan();
        long itemId = item("比例");
        assertThatThrownBy(() -> tasks.create(officer(), new TaskDraft(plan.id(), "错误比例", List.of(itemId), false,
                "140426", null, new BigDecimal("120"), BigDecimal.ZERO, null, null, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(InvalidInput.FieldProblem::field)
                        .containsExactly("ratioA", "ratioB"));
        assertThat(jdbc.sql("select count(*) from inspection_task").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_target_with_fewer_than_two_inspectors_after_conflicts_refuses_the_draw_and_names_it() {
        Task task = task(plan(), item("合作社"), true, "FARMERS_COOPERATIVE", new BigDecimal("100"));
        FrozenPool pool = draws.prepare(officer(), task.id());
        long entity = pool.entityIds()[0];
        long[] inspectors = pool.inspectorIds();
        // all but one of the unit's inspectors are out: declared conflicts, and the entity's 网格 officer
        for (int i = 0; i < inspectors.length - 2; i++) {
            draws.declareConflict(officer(), inspectors[i], entity, "RELATIVE", "配偶经营");
        }
        draws.assignSupervisor(office(), entity, inspectors[inspectors.length - 2]);
        String name = jdbc.sql("select name from market_entity where id = :id").param("id", entity)
                .query(String.class).single();
        assertThatThrownBy(() -> draws.draw(officer(), task.id(), new Draws.EntropyInput(ENTROPY, "现场", null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat((String) ((InvalidInput) e).problems().get(0).args()[2]).contains(name));
        assertThat(draws.draws(officer(), task.id())).isEmpty();
        assertThat(tasks.get(officer(), task.id()).state()).isEqualTo(TaskState.PREPARED);
    }

    @Test
    void conflicts_exclude_the_officer_and_a_redraw_needs_reason_and_upper_level_approval_and_keeps_the_first() {
        Task task = task(jointPlan(), item("重抽"), false, null, new BigDecimal("10"));
        FrozenPool pool = draws.prepare(officer(), task.id());
        Draw first = draws.get(officer(), draws.draw(officer(), task.id(), new Draws.EntropyInput(ENTROPY, "现场", null)).id());
        Draw.DrawnTarget target = first.targets().get(0);
        long excluded = target.inspectors().get(0).officerId();
        draws.declareConflict(officer(), excluded, target.entityId(), "BUSINESS_TIE", "");

        assertThatThrownBy(() -> draws.draw(officer(), task.id(), new Draws.EntropyInput(ENTROPY + "1", "现场", null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("redrawRequestId");
        assertThatThrownBy(() -> draws.requestRedraw(officer(), task.id(), " ")).isInstanceOf(InvalidInput.class);
        RedrawRequest request = draws.requestRedraw(officer(), task.id(), "摇号现场停电，结果未当场公布");
        assertThatThrownBy(() -> draws.draw(officer(), task.id(),
                new Draws.EntropyInput(ENTROPY + "1", "现场", request.id())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("redrawRequestId");
        // the county's own office is not the level above its 工商局
        assertThatThrownBy(() -> draws.approveRedraw(office(), request.id())).isInstanceOf(InvalidInput.class);
        // the request waits in the city's to-dos (and in nobody's at the county), gone once approved
        Actor city = demo.actor("changzhi.office");
        assertThat(draws.redrawsToApprove(city)).extracting(PendingRedraw::requestId).contains(request.id());
        assertThat(draws.redrawsToApprove(office())).extracting(PendingRedraw::requestId)
                .doesNotContain(request.id());
        assertThat(draws.redrawsToApprove(officer())).isEmpty();
        draws.approveRedraw(city, request.id());
        assertThat(draws.redrawsToApprove(city)).extracting(PendingRedraw::requestId)
                .doesNotContain(request.id());

        Draw second = draws.get(officer(), draws.draw(officer(), task.id(),
                new Draws.EntropyInput(ENTROPY + "1", "现场", request.id())).id());
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.redrawReason()).contains("停电");
        assertThat(draws.draws(officer(), task.id())).extracting(Draw::id).containsExactly(first.id(), second.id());
        assertThat(tasks.get(officer(), task.id()).redraws()).isEqualTo(1);
        // when the redraw draws the entity again, the declared conflict keeps the officer away (and is published)
        second.targets().stream().filter(t -> t.entityId() == target.entityId()).findFirst().ifPresent(t -> {
            assertThat(t.inspectors()).extracting(Draw.DrawnInspector::officerId).doesNotContain(excluded);
            assertThat(draws.inputs(second.id()).exclusions().get(target.entityId())).contains(excluded);
        });
        // the same entropy gives another result after one digit changed: not the same targets
        assertThat(second.resultHash()).isNotEqualTo(first.resultHash());
        // the request is used up
        assertThatThrownBy(() -> draws.draw(officer(), task.id(),
                new Draws.EntropyInput(ENTROPY + "2", "现场", request.id()))).isInstanceOf(InvalidInput.class);
        assertThat(pool.poolHash()).isEqualTo(second.poolHash());
    }

    @Test
    void a_targeted_task_draws_among_a_key_markets_operator_and_sellers_or_by_credit_listing_only() {
        var market = markets.list(officer(), "城关农贸市场", null).get(0);
        var full = markets.get(officer(), market.id());
        java.util.Set<Long> inside = new java.util.HashSet<>();
        inside.add(full.operatorEntityId());
        full.sellerEntities().forEach(s -> inside.add(s.entityId()));
        Plan plan = plan();
        long item = item("重点市场");
        Task byMarket = tasks.create(officer(), new TaskDraft(plan.id(), "农贸市场定向抽查", List.of(item), true,
                "140426", null, null, null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), null,
                market.id(), null));
        assertThat(byMarket.filterMarketName()).isEqualTo(market.name());
        FrozenPool pool = draws.prepare(officer(), byMarket.id());
        assertThat(java.util.Arrays.stream(pool.entityIds()).boxed().toList()).containsExactlyInAnyOrderElementsOf(inside);

        // listed and not listed split the county's pool in two, the listed half being exactly who is listed now
        java.util.Set<Long> listedNow = new java.util.HashSet<>(jdbc.sql("select entity_id from pub_credit_listed")
                .query(Long.class).list());
        Task listed = tasks.create(officer(), new TaskDraft(plan.id(), "失信主体定向抽查", List.of(item), true, "140426",
                null, null, null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), null, null, "LISTED"));
        Task notListed = tasks.create(officer(), new TaskDraft(plan.id(), "守信主体定向抽查", List.of(item), true,
                "140426", null, null, null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), null, null,
                "NOT_LISTED"));
        Task all = task(plan, item, false, null, new BigDecimal("5"));
        java.util.List<Long> everyone = frozen(draws.prepare(officer(), all.id()));
        java.util.List<Long> clean = frozen(draws.prepare(officer(), notListed.id()));
        assertThat(clean).doesNotContainAnyElementsOf(listedNow);
        java.util.List<Long> onList = everyone.stream().filter(listedNow::contains).toList();
        if (onList.isEmpty()) { // nobody of the county is listed: the pool is empty and the freeze says so
            assertThatThrownBy(() -> draws.prepare(officer(), listed.id())).isInstanceOf(InvalidInput.class);
        } else {
            assertThat(frozen(draws.prepare(officer(), listed.id()))).containsExactlyInAnyOrderElementsOf(onList);
        }
        assertThat(clean.size() + onList.size()).isEqualTo(everyone.size());

        // a market outside the task's region, an unknown market and a made-up list value: refused on the field
        assertThatThrownBy(() -> tasks.create(officer(), new TaskDraft(plan.id(), "定向", List.of(item), true, "140426",
                null, null, null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), null, -5L, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("marketId");
        assertThatThrownBy(() -> tasks.create(officer(), new TaskDraft(plan.id(), "定向", List.of(item), true, "140426",
                null, null, null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), null, null, "SOMETIMES")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("listed");
        assertThatThrownBy(() -> tasks.create(officer(), new TaskDraft(plan.id(), "定向", List.of(item), true, "140426",
                null, null, null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("entityType");
    }

    @Test
    void a_targeted_task_by_industry_draws_among_the_entities_of_that_section_only() {
        Actor admin = demo.actor("admin");
        java.util.List<Long> catering = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            catering.add(entities.create(admin, new org.shuangda.entities.EntityDraft("黎城县行业抽查测试饭店" + System.nanoTime(),
                    null, false, null, "INDIVIDUAL_BUSINESS", null, "140426", null, null, null, null, null, null, "h"))
                    .id());
        }
        assertThat(entities.get(admin, catering.get(0)).industry()).isEqualTo(org.shuangda.entities.Industry.H);
        Plan plan = plan();
        long item = item("餐饮");
        Task byIndustry = tasks.create(officer(), new TaskDraft(plan.id(), "餐饮业定向抽查", List.of(item), true, "140426",
                null, null, null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), null, null, null, "H"));
        assertThat(byIndustry.filterIndustry()).isEqualTo("H");
        java.util.List<Long> pool = frozen(draws.prepare(officer(), byIndustry.id()));
        assertThat(pool).containsAll(catering);
        assertThat(pool).allSatisfy(id -> assertThat(entities.get(admin, id).industry())
                .isEqualTo(org.shuangda.entities.Industry.H));
        assertThatThrownBy(() -> tasks.create(officer(), new TaskDraft(plan.id(), "定向", List.of(item), true, "140426",
                null, null, null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), null, null, null, "Z")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("industry");
        // an entity's industry must be a section: refused on the field
        assertThatThrownBy(() -> entities.create(admin, new org.shuangda.entities.EntityDraft("黎城县行业错误测试商行",
                null, false, null, "ENTERPRISE", null, "140426", null, null, null, null, null, null, "餐饮")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("industry");
    }

    private static java.util.List<Long> frozen(FrozenPool pool) {
        return java.util.Arrays.stream(pool.entityIds()).boxed().toList();
    }

    @Test
    void the_own_units_officers_are_the_inspector_pool_and_a_joint_plan_shows_in_the_share() {
        Task own = task(plan(), item("名录库"), false, null, new BigDecimal("5"));
        assertThat(draws.prepare(officer(), own.id()).inspectorIds()).hasSize(inspecting(officer().unitId()));
        JointShare before = plans.jointShare(office(), 2026);
        task(jointPlan(), item("联合"), false, null, new BigDecimal("5"));
        JointShare after = plans.jointShare(office(), 2026);
        assertThat(after.tasks()).isEqualTo(before.tasks() + 1);
        assertThat(after.jointTasks()).isEqualTo(before.jointTasks() + 1);
    }

    @Test
    void an_item_used_by_a_task_keeps_its_text_and_an_edit_makes_the_next_revision() {
        long itemId = item("版本");
        Task t = task(plan(), itemId, false, null, new BigDecimal("5"));
        InspectionItem used = items.get(office(), itemId);
        assertThat(used.used()).isTrue();
        InspectionItem edited = items.update(office(), itemId, new ItemDraft(null, "版本（修订）", used.legalBasis(),
                "KEY", List.of("新的要点")), true, used.version());
        assertThat(edited.revision()).isEqualTo(used.revision() + 1);
        assertThat(tasks.itemsOf(officer(), t.id())).singleElement()
                .satisfies(i -> assertThat(i.checklist()).containsExactly("年度报告公示信息", "即时信息公示"));
        assertThatThrownBy(() -> items.update(office(), itemId, new ItemDraft(null, "x", "y", "KEY", List.of("z")),
                true, used.version())).isInstanceOf(InvalidInput.class).hasMessageContaining("version");
    }

    @Test
    void another_county_neither_sees_nor_draws_the_task() {
        Task task = task(plan(), item("范围"), false, null, new BigDecimal("5"));
        Actor other = demo.actor("pingshun.officer");
        assertThatThrownBy(() -> tasks.get(other, task.id())).isInstanceOf(NotFoundProblem.class);
        assertThatThrownBy(() -> draws.prepare(other, task.id())).isInstanceOf(NotFoundProblem.class);
        assertThat(tasks.list(other, null)).extracting(Task::id).doesNotContain(task.id());
        assertThat(plans.list(other, null)).extracting(Plan::id).doesNotContain(task.planId());
    }
}
