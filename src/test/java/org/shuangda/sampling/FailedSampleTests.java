package org.shuangda.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.shared.TodoItem;
import org.shuangda.shared.TodoProvider;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A failed sample: the notice generated as DOCX from the data; the follow-ups given to the units where the seller and
 * the producer are registered (another county gets its own in its to-dos and message centre, nobody else does; a
 * producer outside the platform is listed and pushed); a follow-up that finds a violation opens a clue in cases by
 * event, linked back; the final failure becomes a credit fact of both businesses by event.
 */
@WebTest
class FailedSampleTests {

    @Autowired SamplingFixtures fx;
    @Autowired FollowUps followUps;
    @Autowired SampleSteps steps;
    @Autowired SamplingSweep sweep;
    @Autowired SamplingClocks clocks;
    @Autowired List<TodoProvider> todos;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    record Producer(String name, String uscc) {
    }

    Producer pingshunProducer(int index) {
        return jdbc.sql("""
                        select name, uscc from pub_entity_grading where region_code = '140425' and uscc is not null
                         order by id offset :i limit 1""").param("i", index)
                .query((rs, n) -> new Producer(rs.getString(1), rs.getString(2))).single();
    }

    List<TodoItem> todosOf(String user) {
        return todos.stream().flatMap(t -> t.todosFor(demo.actor(user)).stream()).toList();
    }

    @Test
    void the_producers_county_follows_it_up_and_nobody_else_and_a_violation_becomes_a_clue() {
        Producer p = pingshunProducer(30);
        SampleView s = fx.servedAgo("山西省食品药品检验所", "lab.food", 1, false, p.name(), p.uscc(), "140425");
        List<FollowUp> both = followUps.ofSample(s.id());
        FollowUp seller = both.stream().filter(f -> f.subject() == FollowUp.Subject.SELLER).findFirst().orElseThrow();
        FollowUp producer = both.stream().filter(f -> f.subject() == FollowUp.Subject.PRODUCER).findFirst()
                .orElseThrow();
        assertThat(seller.unitName()).isEqualTo("黎城县工商行政管理局");
        assertThat(producer.unitName()).isEqualTo("平顺县工商行政管理局");
        assertThat(producer.state()).isEqualTo(FollowUp.State.OPEN);
        // the food follow-up runs 90 days from the day the failure reached the bureau
        assertThat(followUps.clock(producer).due()).isEqualTo(clocks.due("sampling.food.follow-up",
                s.sample().lab().reportedOn(), producer.regionPath()));
        assertThat(followUps.rectifyClock(producer)).isEmpty(); // food rules have no rectification period
        // the same follow-up under product-quality rules: the business's 60 days (art.46) before the re-check at 75
        FollowUp quality = asProductQuality(producer);
        assertThat(followUps.clock(quality).key()).isEqualTo("sampling.quality.recheck");
        ClockView rectify = followUps.rectifyClock(quality).orElseThrow();
        assertThat(rectify.key()).isEqualTo("sampling.quality.rectify");
        assertThat(rectify.window()).isTrue();
        assertThat(rectify.due()).isEqualTo(clocks.due("sampling.quality.rectify", quality.startedOn(),
                quality.regionPath())).isBefore(followUps.clock(quality).due());
        String link = "/sampling/follow-ups/" + producer.id();
        assertThat(todosOf("pingshun.officer")).anyMatch(t -> t.href().equals(link));
        assertThat(todosOf("licheng.officer")).noneMatch(t -> t.href().equals(link))
                .anyMatch(t -> t.href().equals("/sampling/follow-ups/" + seller.id()));
        assertThat(todosOf("pingshun.office")).noneMatch(t -> t.href().equals(link));
        assertThat(followUps.list(demo.actor("pingshun.officer"), true)).extracting(FollowUp::id)
                .contains(producer.id()).doesNotContain(seller.id());
        assertThatThrownBy(() -> followUps.get(demo.actor("pingshun.officer"), seller.id()))
                .isInstanceOf(NotFoundProblem.class);
        // the message centre reached the other county's unit, and only it
        assertThat(jdbc.sql("""
                        select array_agg(distinct u.name) from inbox_message m join pub_unit u on u.id = m.unit_id
                         where m.link = :link""").param("link", link).query(String.class).single())
                .isEqualTo("{平顺县工商行政管理局}");
        // 黎城县 may not record 平顺县's follow-up
        assertThatThrownBy(() -> followUps.record(fx.officer(), producer.id(), new FollowUps.Outcome(true, true,
                "下架", false, null, null))).isInstanceOf(InvalidInput.class);
        FollowUp done = followUps.record(demo.actor("pingshun.officer"), producer.id(), new FollowUps.Outcome(true,
                true, "责令召回同批次产品", true, "生产者未按标准组织生产，涉嫌违法", null));
        assertThat(done.state()).isEqualTo(FollowUp.State.DONE);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(followUps.get(demo.actor("pingshun.officer"), producer.id()).clueNumber()).isNotNull());
        FollowUp linked = followUps.get(demo.actor("pingshun.officer"), producer.id());
        assertThat(jdbc.sql("select source || ' ' || source_ref || ' ' || unit_id from clue where id = :id")
                .param("id", linked.clueId()).query(String.class).single())
                .isEqualTo("SAMPLING 抽检核查处置#" + producer.id() + " " + producer.unitId());
    }

    @Test
    void a_producer_outside_the_platform_is_listed_and_pushed_and_the_final_failure_is_a_credit_fact_of_both() {
        SampleView outside = fx.servedAgo("山西省食品药品检验所", "lab.food", 1, false, "石家庄某厂",
                "91130102MA0000001A", "130102");
        FollowUp pushed = followUps.ofSample(outside.id()).stream()
                .filter(f -> f.subject() == FollowUp.Subject.PRODUCER).findFirst().orElseThrow();
        assertThat(pushed.state()).isEqualTo(FollowUp.State.OUTSIDE);
        assertThat(pushed.unitId()).isNull();
        assertThat(followUps.push(fx.officer(), pushed.id(), "河北省石家庄市长安区市场监督管理局").state())
                .isEqualTo(FollowUp.State.PUSHED);

        Producer p = pingshunProducer(31);
        SampleView s = fx.servedAgo("山西省食品药品检验所", "lab.food", 9, false, p.name(), p.uscc(), "140425");
        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from credit_fact where kind = 'SAMPLE_FAILED' and source_module = 'sampling'
                           and source_ref like :ref""").param("ref", "sample:" + s.id() + "#%")
                .query(Long.class).single()).isEqualTo(2));
        assertThat(jdbc.sql("""
                        select detail ->> 'role' from credit_fact f join pub_entity_grading e on e.id = f.entity_id
                         where f.source_ref like :ref and e.uscc = :uscc""").param("ref", "sample:" + s.id() + "#%")
                .param("uscc", p.uscc()).query(String.class).single()).isEqualTo("PRODUCER");
        // still within its window: the sweep leaves it
        SampleView open = fx.servedAgo("山西省食品药品检验所", "lab.food", 1, false, null, null, null);
        sweep.sweep();
        assertThat(jdbc.sql("select state from sampling_sample where id = :id").param("id", open.id())
                .query(String.class).single()).isEqualTo("NOTIFIED");
    }

    @Test
    void the_failure_notice_is_generated_from_the_data_and_its_download_is_audited() throws Exception {
        SampleView s = fx.servedAgo("山西省食品药品检验所", "lab.food", 1, false, null, null, null);
        byte[] docx = mvc.perform(get("/api/v1/sampling/samples/" + s.id() + "/notice.docx")
                        .with(demo.as("licheng.officer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", SamplingDownloads_DOCX))
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            text = words.getText();
        }
        assertThat(text).contains("食品安全抽样检验结果通知书", s.sample().site().entityName(), "测试小米", "菌落总数",
                "N-" + s.id(), "R-" + s.id(), "山西省食品药品检验所", "7个工作日内",
                org.shuangda.shared.documents.OfficialDocx.chineseDate(clocks.retestLastDay(s.sample())));
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where action = 'EXPORT' and object_type = 'sampling_notice'
                           and object_id = :id and actor_username = 'licheng.officer'""")
                .param("id", String.valueOf(s.id())).query(Long.class).single()).isPositive();
        // the sampling record (抽样单) of the same sample, also from the data
        byte[] record = mvc.perform(get("/sampling/samples/" + s.id() + "/record.docx").with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(record));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("抽样单", s.sample().number(), "测试小米", "样品室A架",
                    "/sampling/samples/" + s.id());
        }
        // another county does not get this one
        mvc.perform(get("/api/v1/sampling/samples/" + s.id() + "/notice.docx").with(demo.as("pingshun.officer")))
                .andExpect(status().isNotFound());
    }

    static final String SamplingDownloads_DOCX =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A copy of the follow-up with the product-quality kind (records have no withers). */
    static FollowUp asProductQuality(FollowUp f) {
        try {
            var components = FollowUp.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals("kind") ? SamplingKind.PRODUCT_QUALITY
                        : components[i].getAccessor().invoke(f);
            }
            return FollowUp.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
