package org.shuangda.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuangda.inspections.draw.DrawMath;
import org.shuangda.shared.InvalidInput;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The re-test lab drawn at random: from the published labs with the sample's kind in scope, never the first lab nor a
 * lab tied to the applicant, reproducible from what the draw kept (pool hash, entropy, seed, the lab's key), each
 * draw logged and audited; bad entropy refused.
 */
@WebTest
class RetestDrawTests {

    @Autowired SamplingFixtures fx;
    @Autowired SampleSteps steps;
    @Autowired SamplingClocks clocks;
    @Autowired RetestDraws draws;
    @Autowired Laboratories labs;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;

    Sample accepted(String lab, String labUser, String applicantUscc) {
        SampleView s = fx.recorded(lab, null, null, null, clocks.today());
        fx.reported(s, labUser, SampleResult.FAIL, clocks.today(), false);
        steps.serveNotice(fx.officer(), s.id(), new SampleSteps.NoticeForm(null, clocks.today(), "店长"));
        steps.requestRetest(fx.officer(), s.id(), new SampleSteps.RetestRequest(clocks.today(), "申请人",
                applicantUscc, null));
        return steps.acceptRetest(fx.officer(), s.id(), clocks.today());
    }

    @Test
    void the_pool_leaves_out_the_first_lab_and_the_same_inputs_always_draw_the_same_lab() {
        Sample s = accepted("山西省食品药品检验所", "lab.food", null);
        RetestDraws.Pool pool = draws.pool(s);
        assertThat(pool.excluded()).containsEntry(s.labId(), "FIRST_LAB");
        assertThat(pool.ids()).doesNotContain(s.labId()).isSorted();
        RetestDraw draw = steps.drawRetestLab(fx.officer(), s.id(), "2718 2818 2845 9045 2353", "现场摇号机");
        assertThat(draw.entropy()).isEqualTo("27182818284590452353");
        assertThat(RetestDraws.verify(draw)).isTrue();
        assertThat(draws.verify(fx.officer(), draw.id())).isTrue();
        // recomputed by hand from the published rule
        String hash = DrawMath.idsHash(pool.ids());
        String seed = DrawMath.seed(hash, s.id(), "27182818284590452353");
        assertThat(draw.poolHash()).isEqualTo(hash);
        assertThat(draw.seed()).isEqualTo(seed);
        assertThat(DrawMath.pick(seed, pool.ids(), 1).get(0).id()).isEqualTo(draw.chosenLabId());
        // a draw that was tampered with does not verify
        RetestDraw forged = new RetestDraw(draw.id(), draw.sampleId(), draw.seq(), draw.poolIds(), draw.excluded(),
                draw.poolHash(), draw.entropy(), draw.entropySource(), draw.seed(), s.labId(), "", draw.chosenKey(),
                draw.drawnBy(), draw.drawnAt());
        assertThat(RetestDraws.verify(forged)).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'sampling_retest_draw'"
                + " and object_id = :id").param("id", String.valueOf(draw.id())).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void over_many_entropies_every_eligible_lab_is_drawn_and_never_the_first_or_a_tied_one() {
        Sample s = accepted("山西省食品药品检验所", "lab.food", null);
        long[] pool = draws.pool(s).ids();
        assertThat(pool.length).isGreaterThanOrEqualTo(2);
        Set<Long> chosen = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            String entropy = String.format("%020d", 98_765_432_101L + i * 7919L);
            chosen.add(DrawMath.pick(DrawMath.seed(DrawMath.idsHash(pool), s.id(), entropy), pool, 1).get(0).id());
        }
        assertThat(chosen).doesNotContain(s.labId());
        assertThat(chosen).containsExactlyInAnyOrder(java.util.Arrays.stream(pool).boxed().toArray(Long[]::new));

        String applicant = "91140426TIEDLAB" + String.format("%03d", s.id() % 1000);
        Sample tied = accepted("山西省食品药品检验所", "lab.food", applicant);
        Laboratory center = fx.labNamed("山西省检验检测中心");
        labs.tie(demo.actor("shanxi.office"), center.id(), new Laboratory.Tie(applicant, "申请人", "SHAREHOLDING", "持股"));
        RetestDraws.Pool without = draws.pool(tied);
        assertThat(without.excluded()).containsEntry(center.id(), "TIED").containsEntry(tied.labId(), "FIRST_LAB");
        RetestDraw draw = steps.drawRetestLab(fx.officer(), tied.id(), "11111111112222222222", "公开摇号");
        assertThat(draw.chosenLabId()).isNotIn(center.id(), tied.labId());
    }

    @Test
    void bad_entropy_is_refused_and_nothing_is_drawn() {
        Sample s = accepted("山西省食品药品检验所", "lab.food", null);
        assertThatThrownBy(() -> steps.drawRetestLab(fx.officer(), s.id(), "123", "x"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("entropy").hasMessageContaining("entropySource");
        assertThat(draws.ofSample(fx.officer(), s.id())).isEmpty();
        List<Long> none = jdbc.sql("select id from sampling_retest_draw where sample_id = :id").param("id", s.id())
                .query(Long.class).list();
        assertThat(none).isEmpty();
    }
}
