package org.shuangda.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuangda.identity.Officer;
import org.shuangda.identity.Officers;
import org.shuangda.inspections.draw.DrawMath;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.Permission;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Targets and samplers of a plan drawn at random (issue 17 item 1), with the inspections draw's arithmetic: the pool
 * frozen and hashed before the entropy, the draw reproducible from what it kept, at least the plan's number of samplers
 * per target and all of the plan's unit, a redraw only with a reason, the bad input answered 422 with nothing written,
 * another county kept out (404), and a sample of a drawn target taking the drawn samplers. Each test draws under a
 * plan of its own (last year's, so that the demo's plan stays the sample form's first and no other test's sample
 * lands on a drawn target).
 */
@WebTest
class SamplingDrawTests {

    static final String ENTROPY = "31415926535897932384";

    @Autowired SamplingDraws draws;
    @Autowired SamplingDrawStore store;
    @Autowired SamplingPlans plans;
    @Autowired Samples samples;
    @Autowired SamplingFixtures fx;
    @Autowired Officers officers;
    @Autowired UnitDirectory units;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    SamplingPlan plan(Actor by, Long unitId, int samplers) {
        int year = fx.workingDaysAgo(0).getYear() - 1;
        return plans.create(by, new PlanForm(year, "抽样对象随机抽取测试计划" + System.nanoTime() % 1_000_000, "FOOD", unitId,
                List.of("CIRCULATION", "CATERING", "PRODUCTION"), null, null, samplers, "", List.of(
                        new PlanForm.CategoryForm("粮食加工品", 6, List.of("铅"), "GB 2762-2022"),
                        new PlanForm.CategoryForm("酒类", 3, List.of("甲醇"), "GB 2757-2012")),
                List.of(fx.labNamed("山西省食品药品检验所").id()), null));
    }

    SamplingPlan plan() {
        return plan(fx.officer(), null, 2);
    }

    long draws() {
        return jdbc.sql("select (select count(*) from sampling_draw) + (select count(*) from sampling_draw_pool)")
                .query(Long.class).single();
    }

    ResultActions postJson(String user, String path, String json) throws Exception {
        return mvc.perform(post(path).with(demo.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void the_pool_is_hashed_before_the_entropy_and_the_draw_is_recomputed_from_what_it_kept() {
        SamplingPlan plan = plan();
        SamplingDrawPool pool = draws.freeze(fx.officer(), plan.id(),
                new SamplingDraws.PoolForm("粮食加工品", "CIRCULATION", null, null, null));
        // the pool: the region's entities of 批发和零售业 (流通环节), ascending, and the unit's samplers
        List<Long> expected = jdbc.sql("""
                        select id from pub_entity_grading where region_path like :p || '%' and industry = 'F'
                         order by id""").param("p", plan.regionPath()).query(Long.class).list();
        assertThat(pool.entityIds()).isEqualTo(expected).isSorted();
        assertThat(pool.poolHash()).isEqualTo(DrawMath.idsHash(SamplingDraws.longs(expected)));
        assertThat(pool.targetCount()).isEqualTo(6);
        assertThat(pool.samplersPerTarget()).isEqualTo(2);
        assertThat(pool.drawn()).isFalse();
        assertThat(draws.pending(fx.officer(), plan.id())).extracting(SamplingDrawPool::id).contains(pool.id());

        SamplingDraw d = draws.draw(fx.officer(), plan.id(),
                new SamplingDraws.DrawForm(pool.id(), "3141 5926 5358 9793 2384", "县局门户网站直播摇号", null));
        assertThat(d.entropy()).isEqualTo(ENTROPY);
        assertThat(d.entropyBy()).contains("licheng.officer");
        assertThat(d.seq()).isEqualTo(1);
        assertThat(d.current()).isTrue();
        assertThat(d.targets()).hasSize(6);
        assertThat(d.poolHash()).isEqualTo(pool.poolHash());

        // recomputed by hand from the published rule and the recorded inputs
        long[] ids = SamplingDraws.longs(store.pool(d.poolId()).orElseThrow().entityIds());
        long[] people = SamplingDraws.longs(store.pool(d.poolId()).orElseThrow().officerIds());
        String seed = DrawMath.seed(DrawMath.idsHash(ids), pool.id(), d.entropy());
        assertThat(d.seed()).isEqualTo(seed);
        List<DrawMath.Pick> targets = DrawMath.pick(seed, ids, 6);
        assertThat(d.targets()).extracting(SamplingDraw.Target::entityId)
                .containsExactlyElementsOf(targets.stream().map(DrawMath.Pick::id).toList());
        for (SamplingDraw.Target t : d.targets()) {
            assertThat(t.samplerIds()).containsExactlyElementsOf(DrawMath.pick(seed + "|I|" + t.entityId(), people, 2)
                    .stream().map(DrawMath.Pick::id).toList());
            assertThat(t.entityName()).isNotBlank();
        }
        assertThat(SamplingDraws.verify(d, store.pool(d.poolId()).orElseThrow())).isTrue();
        assertThat(draws.verify(fx.officer(), plan.id(), d.id())).isTrue();
        // the same inputs always give the same result; a changed one does not verify
        assertThat(SamplingDraws.compute(pool.id(), ids, pool.poolHash(), people, 6, 2, ENTROPY).resultHash())
                .isEqualTo(d.resultHash());
        SamplingDraw forged = new SamplingDraw(d.id(), d.poolId(), d.planId(), d.category(), d.seq(), d.stage(),
                d.entityType(), d.industry(), d.poolSize(), d.poolHash(), d.officerIds(), d.officerHash(),
                d.samplersPerTarget(), "31415926535897932385", d.entropySource(), d.entropyBy(), d.seed(),
                d.resultHash(), d.reason(), d.drawnBy(), d.drawnAt(), d.current(), d.targets());
        assertThat(SamplingDraws.verify(forged, store.pool(d.poolId()).orElseThrow())).isFalse();
        // append-only and audited
        assertThatThrownBy(() -> jdbc.sql("update sampling_draw set entropy = '11111111111111111111' where id = :id")
                .param("id", d.id()).update()).hasMessageContaining("append-only");
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry
                         where (object_type = 'sampling_draw' and object_id = :d)
                            or (object_type = 'sampling_draw_pool' and object_id = :p)""")
                .param("d", String.valueOf(d.id())).param("p", String.valueOf(pool.id())).query(Long.class).single())
                .isEqualTo(2);
        // a pool is drawn once
        assertThatThrownBy(() -> draws.draw(fx.officer(), plan.id(),
                new SamplingDraws.DrawForm(pool.id(), ENTROPY, "再抽一次", "理由")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("poolId");
    }

    @Test
    void every_target_has_at_least_the_plans_samplers_and_all_of_them_are_of_the_plans_unit() {
        SamplingPlan plan = plan(fx.officer(), null, 3);
        long[] pool = draws.samplerPool(plan);
        assertThat(pool).isNotEmpty();
        for (long id : pool) {
            Officer o = officers.find(id).orElseThrow();
            assertThat(o.unit().id()).isEqualTo(plan.unitId());
            assertThat(o.enabled()).isTrue();
            assertThat(o.holds(Permission.SAMPLING_HANDLE)).isTrue();
        }
        // 黎城县工商局's officer, inspector and head at least (other tests may add people to the unit)
        assertThat(pool.length).isGreaterThanOrEqualTo(3);
        SamplingDrawPool frozen = draws.freeze(fx.officer(), plan.id(),
                new SamplingDraws.PoolForm("酒类", null, null, 12, null));
        assertThat(frozen.samplersPerTarget()).isEqualTo(3);
        assertThat(frozen.officerIds()).containsExactlyElementsOf(java.util.Arrays.stream(pool).boxed().toList());
        SamplingDraw d = draws.draw(fx.officer(), plan.id(),
                new SamplingDraws.DrawForm(frozen.id(), "27182818284590452353", "公证处现场摇号", null));
        assertThat(d.targets()).hasSize(12);
        Set<Long> unitPeople = new HashSet<>(frozen.officerIds());
        for (SamplingDraw.Target t : d.targets()) {
            assertThat(t.samplerIds()).hasSize(3).doesNotHaveDuplicates();
            assertThat(unitPeople).containsAll(t.samplerIds());
        }
        // over many entropies: never fewer than 2 samplers, never anyone outside the unit's pool
        long[] entities = SamplingDraws.longs(frozen.entityIds());
        for (int i = 0; i < 40; i++) {
            String entropy = String.format("%020d", 12_345_678_901L + i * 7919L);
            SamplingDraws.Outcome o = SamplingDraws.compute(frozen.id(), entities, frozen.poolHash(), pool, 5, 2,
                    entropy);
            assertThat(o.targets()).hasSize(5);
            o.samplers().values().forEach(list -> {
                assertThat(list).hasSize(2);
                assertThat(unitPeople).containsAll(list.stream().map(DrawMath.Pick::id).toList());
            });
        }
        // another county's officer is in no pool of this plan
        long other = demo.actor("pingshun.officer").userId();
        assertThat(d.targets()).allSatisfy(t -> assertThat(t.samplerIds()).doesNotContain(other));
    }

    @Test
    void a_second_draw_of_a_category_needs_a_reason_and_is_counted() throws Exception {
        SamplingPlan plan = plan();
        SamplingDrawPool first = draws.freeze(fx.officer(), plan.id(),
                new SamplingDraws.PoolForm("粮食加工品", null, "INDIVIDUAL_BUSINESS", 3, null));
        SamplingDraw one = draws.draw(fx.officer(), plan.id(),
                new SamplingDraws.DrawForm(first.id(), ENTROPY, "摇号机", null));
        SamplingDrawPool second = draws.freeze(fx.officer(), plan.id(),
                new SamplingDraws.PoolForm("粮食加工品", null, "INDIVIDUAL_BUSINESS", 3, null));
        long before = draws();
        postJson("licheng.officer", "/api/v1/sampling/plans/" + plan.id() + "/draws",
                "{\"poolId\": " + second.id() + ", \"entropy\": \"" + ENTROPY + "\", \"entropySource\": \"摇号机\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("理由")));
        assertThat(draws()).isEqualTo(before);
        // another category is a first draw of its own, no reason asked
        SamplingDrawPool wine = draws.freeze(fx.officer(), plan.id(), new SamplingDraws.PoolForm("酒类", null, null, 2,
                null));
        assertThat(draws.draw(fx.officer(), plan.id(), new SamplingDraws.DrawForm(wine.id(), ENTROPY, "摇号机", null))
                .seq()).isEqualTo(1);
        postJson("licheng.officer", "/api/v1/sampling/plans/" + plan.id() + "/draws",
                "{\"poolId\": " + second.id() + ", \"entropy\": \"" + ENTROPY + "\", \"entropySource\": \"摇号机\","
                        + " \"reason\": \"首次抽中的两户已注销\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.seq").value(2))
                .andExpect(jsonPath("$.reason").value("首次抽中的两户已注销"))
                .andExpect(jsonPath("$.current").value(true));
        List<SamplingDraw> all = draws.list(fx.officer(), plan.id());
        assertThat(all).filteredOn(d -> d.category().equals("粮食加工品")).extracting(SamplingDraw::seq)
                .containsExactly(2, 1);
        assertThat(all).filteredOn(d -> d.id() == one.id()).singleElement()
                .satisfies(d -> assertThat(d.current()).isFalse());
        assertThat(all).filteredOn(d -> d.seq() == 2).singleElement()
                .satisfies(d -> assertThat(d.redraws()).isEqualTo(1));
        // the page shows the redraw count and its reason, the pool hash of a pool waiting
        SamplingDrawPool waiting = draws.freeze(fx.officer(), plan.id(),
                new SamplingDraws.PoolForm("酒类", null, null, 1, null));
        mvc.perform(get("/sampling/plans/" + plan.id()).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("重新抽取 1 次")))
                .andExpect(content().string(containsString("首次抽中的两户已注销")))
                .andExpect(content().string(containsString(waiting.poolHash())))
                .andExpect(content().string(containsString("id=\"pool-" + waiting.id() + "\"")))
                .andExpect(content().string(containsString("重新抽取的理由（本类别已抽取 1 次）")));
    }

    @Test
    void bad_input_is_refused_with_the_field_and_nothing_is_written() throws Exception {
        SamplingPlan plan = plan();
        String pools = "/api/v1/sampling/plans/" + plan.id() + "/draws/pools";
        // entropy shorter than 20 digits and no source
        SamplingDrawPool pool = draws.freeze(fx.officer(), plan.id(),
                new SamplingDraws.PoolForm("粮食加工品", null, null, 2, null));
        long before = draws();
        postJson("licheng.officer", "/api/v1/sampling/plans/" + plan.id() + "/draws",
                "{\"poolId\": " + pool.id() + ", \"entropy\": \"1234 5678 9012\", \"entropySource\": \"x\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("entropy")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("entropySource")))
                .andExpect(jsonPath("$.errors[0].reason", containsString("20")));
        // a pool of another plan
        SamplingPlan other = plan();
        postJson("licheng.officer", "/api/v1/sampling/plans/" + other.id() + "/draws",
                "{\"poolId\": " + pool.id() + ", \"entropy\": \"" + ENTROPY + "\", \"entropySource\": \"摇号机\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("poolId"));
        // an empty pool: no 其他组织 of 制造业 in 黎城县 (the demo's 协会 are S)
        assertThat(jdbc.sql("""
                        select count(*) from pub_entity_grading where region_path like :p || '%'
                           and industry = 'C' and entity_type = 'OTHER_ORGANIZATION'""")
                .param("p", plan.regionPath()).query(Long.class).single()).isZero();
        postJson("licheng.officer", pools,
                "{\"category\": \"粮食加工品\", \"stage\": \"PRODUCTION\", \"entityType\": \"OTHER_ORGANIZATION\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("pool"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("名录为空")));
        // more targets than the pool, a category not in the plan, a stage not in the plan, an unknown type
        postJson("licheng.officer", pools, "{\"category\": \"粮食加工品\", \"count\": 1000000}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("count"));
        postJson("licheng.officer", pools, "{\"category\": \"乳制品\", \"stage\": \"ONLINE\", \"entityType\": \"X\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("category")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("stage")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("entityType")));
        // fewer samplers than asked: one more than the unit has who may sample
        int people = draws.samplerPool(plan).length;
        assertThat(people).isBetween(2, SamplingDraws.MAX_SAMPLERS - 1);
        postJson("licheng.officer", pools, "{\"category\": \"粮食加工品\", \"samplersPerTarget\": " + (people + 1) + "}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("samplers"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("只有 " + people + " 人")));
        // fewer than the plan's own number per target
        postJson("licheng.officer", pools, "{\"category\": \"粮食加工品\", \"samplersPerTarget\": 1}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("samplersPerTarget"));
        assertThat(draws()).isEqualTo(before);

        // a plan of a unit where nobody may sample (the county's 公安局), and of one with fewer than asked (商务中心)
        Actor office = demo.actor("licheng.office");
        long police = units.named("黎城县公安局").get(0).id();
        SamplingPlan policePlan = plan(office, police, 2);
        assertThatThrownBy(() -> draws.freeze(office, policePlan.id(),
                new SamplingDraws.PoolForm("粮食加工品", null, null, null, null)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).field()).isEqualTo("samplers"))
                .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).reason())
                        .isEqualTo("sampling.draw.invalid.noSamplers"));
        SamplingPlan officePlan = plan(office, office.unitId(), 2);
        int inOffice = draws.samplerPool(officePlan).length;
        assertThat(inOffice).isBetween(1, SamplingDraws.MAX_SAMPLERS - 1);
        assertThatThrownBy(() -> draws.freeze(office, officePlan.id(),
                new SamplingDraws.PoolForm("粮食加工品", null, null, null, Math.max(2, inOffice + 1))))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).reason())
                        .isEqualTo("sampling.draw.invalid.fewSamplers"));
        assertThat(draws()).isEqualTo(before);
    }

    @Test
    void another_countys_officer_neither_sees_nor_draws_and_a_leader_only_reads() throws Exception {
        SamplingPlan plan = plan();
        SamplingDrawPool pool = draws.freeze(fx.officer(), plan.id(),
                new SamplingDraws.PoolForm("粮食加工品", null, null, 2, null));
        SamplingDraw d = draws.draw(fx.officer(), plan.id(), new SamplingDraws.DrawForm(pool.id(), ENTROPY, "摇号", null));
        String base = "/api/v1/sampling/plans/" + plan.id() + "/draws";
        long before = draws();
        mvc.perform(get(base).with(demo.as("pingshun.officer"))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/" + d.id()).with(demo.as("pingshun.officer"))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/pools/" + pool.id()).with(demo.as("pingshun.officer")))
                .andExpect(status().isNotFound());
        postJson("pingshun.officer", base + "/pools", "{\"category\": \"粮食加工品\"}").andExpect(status().isNotFound());
        postJson("pingshun.officer", base, "{\"poolId\": " + pool.id() + ", \"entropy\": \"" + ENTROPY
                + "\", \"entropySource\": \"摇号\", \"reason\": \"试图重抽\"}").andExpect(status().isNotFound());
        mvc.perform(get("/sampling/plans/" + plan.id()).with(demo.as("pingshun.officer")))
                .andExpect(status().isNotFound());
        assertThat(draws()).isEqualTo(before);
        // the county's own read the draws; the verification agrees
        mvc.perform(get(base).with(demo.as("licheng.officer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(d.id()))
                .andExpect(jsonPath("$[0].targets.length()").value(2))
                .andExpect(jsonPath("$[0].targets[0].samplers.length()").value(2));
        mvc.perform(get(base + "/" + d.id() + "/verification").with(demo.as("licheng.leader")))
                .andExpect(status().isOk()).andExpect(content().string("true"));
        postJson("licheng.leader", base + "/pools", "{\"category\": \"粮食加工品\"}").andExpect(status().isForbidden());
        mvc.perform(get("/sampling/plans/" + plan.id()).with(demo.as("licheng.leader"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(d.seed())))
                .andExpect(content().string(not(containsString("id=\"freeze-form\""))));
    }

    @Test
    void a_sample_of_a_drawn_target_takes_the_drawn_samplers_and_an_undrawn_one_keeps_its_own() throws Exception {
        SamplingPlan plan = plan();
        SamplingDrawPool pool = draws.freeze(fx.officer(), plan.id(),
                new SamplingDraws.PoolForm("粮食加工品", "CIRCULATION", null, 2, null));
        SamplingDraw d = draws.draw(fx.officer(), plan.id(), new SamplingDraws.DrawForm(pool.id(), ENTROPY, "摇号", null));
        SamplingDraw.Target t = d.targets().get(0);

        // the form opened from the draw: entity, category, stage filled in, the samplers shown, not ticked
        mvc.perform(get("/sampling/samples/new").param("planId", String.valueOf(plan.id()))
                        .param("drawId", String.valueOf(d.id())).param("entityId", String.valueOf(t.entityId()))
                        .with(demo.as("licheng.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"drawn-samplers\"")))
                .andExpect(content().string(containsString("value=\"" + t.entityId() + "\"")))
                .andExpect(content().string(containsString(t.samplers().get(0).name())))
                .andExpect(content().string(not(containsString("id=\"sampler-"))));

        // samplers other than the drawn ones are refused, nothing written
        List<Long> others = draws.samplerPool(plan).length > 2 ? java.util.Arrays.stream(draws.samplerPool(plan))
                .boxed().filter(id -> !t.samplerIds().contains(id)).limit(1).toList() : List.of();
        long samplesBefore = jdbc.sql("select count(*) from sampling_sample").query(Long.class).single();
        List<Long> wrong = new java.util.ArrayList<>(others);
        wrong.add(t.samplerIds().get(0));
        assertThatThrownBy(() -> samples.record(fx.officer(), draft(plan, t.entityId(), wrong)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("samplerIds");
        assertThat(jdbc.sql("select count(*) from sampling_sample").query(Long.class).single()).isEqualTo(samplesBefore);

        // none given: the drawn ones
        SampleView s = samples.record(fx.officer(), draft(plan, t.entityId(), List.of()));
        assertThat(s.sample().site().samplerIds()).containsExactlyInAnyOrderElementsOf(t.samplerIds());
        SamplingDraw after = draws.get(fx.officer(), plan.id(), d.id());
        assertThat(after.target(t.entityId()).orElseThrow().sampleId()).isEqualTo(s.id());
        assertThat(after.target(t.entityId()).orElseThrow().sampleNumber()).isEqualTo(s.sample().number());
        assertThat(after.targets().get(1).sampleId()).isNull();

        // an entity no draw chose: the samplers typed, as before
        long undrawn = jdbc.sql("""
                        select id from pub_entity_grading where region_path like :p || '%' and not (id = any(:drawn))
                         order by id limit 1""").param("p", plan.regionPath())
                .param("drawn", d.targets().stream().map(SamplingDraw.Target::entityId).toArray(Long[]::new))
                .query(Long.class).single();
        SampleView free = samples.record(fx.officer(), draft(plan, undrawn, fx.samplers()));
        assertThat(free.sample().site().samplerIds()).containsExactlyInAnyOrderElementsOf(fx.samplers());
        assertThat(jdbc.sql("select count(*) from sampling_sample_draw where sample_id = :id").param("id", free.id())
                .query(Long.class).single()).isZero();
        mvc.perform(get("/sampling/samples/new").param("planId", String.valueOf(plan.id()))
                        .with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"sampler-")));
    }

    SampleDraft draft(SamplingPlan plan, long entityId, List<Long> samplers) {
        java.time.LocalDate today = fx.workingDaysAgo(0);
        return new SampleDraft(plan.id(), "粮食加工品", "CIRCULATION", entityId, null, null, null, null, null, today,
                "货架", samplers, "封D1", "抽取测试小米", "测试牌", "1kg", "D" + System.nanoTime(), today.minusDays(10),
                today.plusMonths(8), "2件", new BigDecimal("10.00"), null, null, null, null, "1件", "1件", "样品室B架",
                fx.labNamed("山西省食品药品检验所").id());
    }
}
