package org.shuangda.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.DerivedFigures;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Figures and publication: reporting's 抽检批次 and 抽检合格批次 (合格率) through DerivedFigures equal the sample records
 * of the unit for a round's period; the figures by category and stage add up; the public page and the published query
 * show only final results (a failure after its re-test window), failures first, persons masked, without signing in.
 */
@WebTest
class FiguresAndPublicationTests {

    @Autowired SamplingFixtures fx;
    @Autowired List<DerivedFigures> derived;
    @Autowired SamplingFigures figures;
    @Autowired PublishedSamplingResults published;
    @Autowired Samples samples;
    @Autowired SampleSteps steps;
    @Autowired SamplingSweep sweep;
    @Autowired SamplingClocks clocks;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    DerivedFigures sampling() {
        return derived.stream().filter(d -> d.sourceLabel().equals("derived.source.sampling")).findFirst()
                .orElseThrow();
    }

    @Test
    void the_derived_figures_equal_the_sample_records_for_a_rounds_period() {
        long unit = fx.officer().unitId();
        // the demo's open city-wide round: its period, as reporting offers figures for it
        record Period(LocalDate from, LocalDate to) {
        }
        fx.reported(fx.recorded("山西省食品药品检验所", null, null, null, clocks.today()), "lab.food",
                SampleResult.PASS, clocks.today(), false);
        SampleView failed = fx.servedAgo("山西省食品药品检验所", "lab.food", 9, false, null, null, null);
        sweep.sweep();
        // a round of the demo whose period holds final batches of the unit (the latest such), else this month
        Period round = jdbc.sql("""
                        select r.period_from, r.period_to from report_round r
                         where exists (select 1 from sampling_sample s where s.unit_id = :unit
                                          and s.final_on between r.period_from and r.period_to)
                         order by r.period_to desc limit 1""").param("unit", unit)
                .query((rs, n) -> new Period(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .optional().orElse(new Period(clocks.today().withDayOfMonth(1), clocks.today()));
        long[] records = jdbc.sql("""
                        select count(*), count(*) filter (where final_result = 'PASS') from sampling_sample
                         where unit_id = :unit and final_result is not null and final_on between :from and :to""")
                .param("unit", unit).param("from", round.from()).param("to", round.to())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        Map<String, BigDecimal> offered = sampling().figuresFor(unit, round.from(), round.to());
        assertThat(records[0]).isPositive();
        assertThat(offered.get("samples")).isEqualByComparingTo(BigDecimal.valueOf(records[0]));
        assertThat(offered.get("samples_passed")).isEqualByComparingTo(BigDecimal.valueOf(records[1]));
        assertThat(offered.get("pass_rate")).isEqualByComparingTo(BigDecimal.valueOf(records[1] * 100.0 / records[0])
                .setScale(2, java.math.RoundingMode.HALF_UP));
        // the same through the figures of the unit, by category and stage adding up
        SamplingFigures.Figures f = figures.of(fx.officer(), null, unit, round.from(), round.to());
        assertThat(f.total().batches()).isEqualTo(records[0]);
        assertThat(f.total().passed()).isEqualTo(records[1]);
        assertThat(f.byCategory().stream().mapToLong(SamplingFigures.Line::batches).sum()).isEqualTo(records[0]);
        assertThat(f.byStage().stream().mapToLong(SamplingFigures.Line::failed).sum())
                .isEqualTo(records[0] - records[1]);
        LocalDate failedOn = samples.get(fx.officer(), failed.id()).sample().finalOn();
        if (!failedOn.isAfter(round.to()) && !failedOn.isBefore(round.from())) {
            assertThat(f.failedItems()).extracting(SamplingFigures.Line::key).contains("菌落总数");
        }
        assertThat(f.population()).isEqualTo(163000);
        assertThat(f.targetPerThousand()).isEqualByComparingTo("4.00");
        // a unit without any final batch in the period is offered nothing
        assertThat(sampling().figuresFor(demo.actor("pingshun.officer").unitId(), round.from(), round.to())).isEmpty();
        // another county's figures are not the reader's to see
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> figures.of(demo.actor("pingshun.officer"), null, unit,
                round.from(), round.to())).isInstanceOf(org.shuangda.shared.NotFoundProblem.class);
    }

    @Test
    void publication_waits_for_the_retest_window_shows_failures_first_and_masks_persons() throws Exception {
        // a stallholder not in the directory, sampled under his own name
        SampleView stall = samples.record(fx.officer(), new SampleDraft(fx.planId(), "食用农产品", "CIRCULATION", null,
                "张三丰", null, "黎城县农贸市场12号摊位", "140426", null, fx.workingDaysAgo(15), "摊位", fx.samplers(),
                "封S1", "芹菜", null, "散装", "S" + System.nanoTime(), null, null, "1kg", new BigDecimal("6.00"), null,
                null, null, null, "1份", "1份", "样品室", fx.labNamed("山西省食品药品检验所").id()));
        LocalDate sampled = fx.workingDaysAgo(15);
        steps.send(fx.officer(), stall.id(), sampled);
        steps.receive(fx.lab("lab.food"), stall.id(), sampled);
        steps.report(fx.lab("lab.food"), stall.id(), new SampleSteps.ReportForm("FAIL", List.of("毒死蜱"), false,
                "RS-" + stall.id(), fx.workingDaysAgo(4), fx.workingDaysAgo(3)), SamplingFixtures.pdf());
        steps.serveNotice(fx.officer(), stall.id(), new SampleSteps.NoticeForm(null, fx.workingDaysAgo(2), "张三丰"));
        // within its re-test window: not published
        assertThat(published.latest(500)).extracting(PublicResult::id).doesNotContain(stall.id());
        mvc.perform(get("/public/sampling")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("RS-" + stall.id()))));
        // the window closed: published, with the person's name masked
        jdbc.sql("update sampling_sample set served_on = :d where id = :id").param("d", fx.workingDaysAgo(9))
                .param("id", stall.id()).update();
        sweep.sweep();
        List<PublicResult> all = published.latest(500);
        PublicResult mine = all.stream().filter(r -> r.id() == stall.id()).findFirst().orElseThrow();
        assertThat(mine.sampledUnit()).isEqualTo("张某某");
        assertThat(mine.failedItems()).containsExactly("毒死蜱");
        assertThat(mine.result()).isEqualTo(SampleResult.FAIL);
        // failures first
        int lastFail = -1;
        int firstPass = Integer.MAX_VALUE;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).result() == SampleResult.FAIL) {
                lastFail = i;
            } else {
                firstPass = Math.min(firstPass, i);
            }
        }
        assertThat(lastFail).isLessThan(firstPass);
        String page = mvc.perform(get("/public/sampling")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("张某某", "毒死蜱", "芹菜").doesNotContain("张三丰");
        // samplers are never named in public
        for (String name : stall.sample().site().samplerNames()) {
            assertThat(page).doesNotContain(name);
        }
        // the published query by entity: the demo's failed 花生油 of a directory business
        String uscc = jdbc.sql("""
                        select entity_uscc from sampling_sample where final_result = 'FAIL' and entity_uscc is not null
                         order by id limit 1""").query(String.class).single();
        assertThat(published.ofEntity(uscc)).isNotEmpty().allMatch(r -> r.result() != null);
        assertThat(published.ofEntity("not a code")).isEmpty();
        mvc.perform(get("/public/sampling").param("uscc", uscc)).andExpect(status().isOk());
    }
}
