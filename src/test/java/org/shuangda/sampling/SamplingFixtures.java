package org.shuangda.sampling;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.shared.Actor;
import org.shuangda.support.DemoUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Samples of the demo's plan and labs for the tests, reached by walking the real steps. */
@Component
public class SamplingFixtures {

    static final byte[] PDF = "%PDF-1.4\n% test report\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private final DemoUsers demo;
    private final Samples samples;
    private final SampleSteps steps;
    private final Laboratories labs;
    private final JdbcClient jdbc;
    private final SamplingClocks clocks;
    private final org.shuangda.calendar.WorkingCalendar calendar;

    SamplingFixtures(DemoUsers demo, Samples samples, SampleSteps steps, Laboratories labs, JdbcClient jdbc,
            SamplingClocks clocks, org.shuangda.calendar.WorkingCalendar calendar) {
        this.clocks = clocks;
        this.calendar = calendar;
        this.demo = demo;
        this.samples = samples;
        this.steps = steps;
        this.labs = labs;
        this.jdbc = jdbc;
    }

    public Actor officer() {
        return demo.actor("licheng.officer");
    }

    public Actor lab(String username) {
        return demo.actor(username);
    }

    long planId() {
        return jdbc.sql("select id from sampling_plan where title like '%黎城县食品安全监督抽检计划' order by id limit 1")
                .query(Long.class).single();
    }

    Laboratory labNamed(String name) {
        return labs.list(officer()).stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    List<Long> samplers() {
        return jdbc.sql("select id from app_user where username in ('licheng.officer', 'licheng.inspector') order by id")
                .query(Long.class).list();
    }

    long entity(String regionCode, int index) {
        return jdbc.sql("""
                        select id from pub_entity_grading where region_code = :r order by id offset :i limit 1""")
                .param("r", regionCode).param("i", index).query(Long.class).single();
    }

    /** A sample recorded today for the lab named, with a producer in {@code producerRegion} (null: none). */
    SampleView recorded(String labName, String producerName, String producerUscc, String producerRegion,
            LocalDate sampledOn) {
        return samples.record(officer(), new SampleDraft(planId(), "粮食加工品", "CIRCULATION", entity("140426", 40),
                null, null, null, null, null, sampledOn, "货架", samplers(), "封T1", "测试小米", "测试牌", "1kg",
                "T" + System.nanoTime(), sampledOn.minusDays(10), sampledOn.plusMonths(8), "2件",
                new BigDecimal("10.00"), producerName, null, producerUscc, producerRegion, "1件", "1件",
                "样品室A架", labNamed(labName).id()));
    }

    /** The day {@code n} working days before today. */
    LocalDate workingDaysAgo(int n) {
        LocalDate d = clocks.today();
        while (n > 0) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                n--;
            }
        }
        return d;
    }

    /** A sample failed and served {@code servedAgo} working days ago, with the producer given, dates in the past. */
    SampleView servedAgo(String lab, String labUser, int servedAgo, boolean micro, String producerName,
            String producerUscc, String producerRegion) {
        LocalDate sampled = workingDaysAgo(servedAgo + 6);
        SampleView s = recorded(lab, producerName, producerUscc, producerRegion, sampled);
        steps.send(officer(), s.id(), sampled);
        steps.receive(lab(labUser), s.id(), sampled);
        steps.report(lab(labUser), s.id(), new SampleSteps.ReportForm("FAIL", List.of("菌落总数"), micro,
                "R-" + s.id(), workingDaysAgo(servedAgo + 2), workingDaysAgo(servedAgo + 1)), pdf());
        steps.serveNotice(officer(), s.id(), new SampleSteps.NoticeForm("N-" + s.id(), workingDaysAgo(servedAgo),
                "店长"));
        return samples.get(officer(), s.id());
    }

    static SampleFiles.Upload pdf() {
        return new SampleFiles.Upload("report.pdf", PDF.length, new ByteArrayInputStream(PDF));
    }

    /** Walks a sample sent on {@code day} through receipt and a report of {@code result} concluded on {@code day}. */
    Sample reported(SampleView s, String labUser, SampleResult result, LocalDate day, boolean micro) {
        steps.send(officer(), s.id(), day);
        steps.receive(lab(labUser), s.id(), day);
        return steps.report(lab(labUser), s.id(), new SampleSteps.ReportForm(result.name(),
                result == SampleResult.FAIL ? List.of("铅（以Pb计）") : List.of(), micro, "R-" + s.id(), day, day),
                pdf());
    }
}
