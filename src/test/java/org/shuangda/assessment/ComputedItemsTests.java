package org.shuangda.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DerivedFigures;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Computed items equal the underlying records for the period: a scheme of the city over its counties with every
 * formula of the list, started on the demo's records; each figure of 黎城县's run is counted again here straight from
 * the tables (plain SQL, the reference) or, where the rule is a module's own (complaints' clocks, inspection records),
 * by asking that module's {@code DerivedFigures} for every unit of the county; each score is the item's maximum times
 * the share, held between 0 and 1, in decimals. The figures show beside the score, with a link to the records where
 * the reader may open them.
 */
@WebTest
class ComputedItemsTests {

    static final String LICHENG = "/140000/140400/140426/";

    @Autowired Schemes schemes;
    @Autowired Runs runs;
    @Autowired DemoUsers demo;
    @Autowired JdbcClient jdbc;
    @Autowired List<DerivedFigures> derived;
    @Autowired UnitDirectory units;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;

    Actor office;
    LocalDate from;
    LocalDate to;
    LocalDate today;

    @BeforeEach
    void setUp() {
        office = demo.actor("changzhi.office");
        today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        from = LocalDate.of(today.getYear(), 1, 1);
        to = LocalDate.of(today.getYear(), 12, 31);
    }

    @Test
    void everyComputedFigureEqualsTheRecordsOfThePeriod() throws Exception {
        Scheme s = schemes.start(office, schemes.create(office,
                TestSchemes.everyFormula(today.getYear(), "数据计分测试方案 " + System.nanoTime())).id());
        RunView licheng = runs.list(office, s.id()).stream().filter(r -> "140426".equals(r.run().regionCode()))
                .findFirst().orElseThrow();
        Map<String, BigDecimal> f = figures(s, licheng.run());

        Map<String, Object> cases = jdbc.sql("""
                select count(*) filter (where c.registered_at::date between :from and :to) as opened,
                       count(*) filter (where c.closed_on between :from and :to) as closed,
                       count(*) filter (where c.registered_at::date between :from and :to and c.case_value >= 100000) as major
                  from enforcement_case c join pub_unit u on u.id = c.unit_id where u.region_path like :p || '%'""")
                .param("from", from).param("to", to).param("p", LICHENG).query().singleRow();
        assertThat(f.get("cases_opened")).isEqualByComparingTo(num(cases.get("opened")));
        assertThat(f.get("cases_closed")).isEqualByComparingTo(num(cases.get("closed")));
        assertThat(f.get("major_cases")).isEqualByComparingTo(num(cases.get("major")));
        assertThat(f.get("transferred")).isEqualByComparingTo(num(jdbc.sql("""
                select count(*) from case_transfer t join pub_unit u on u.id = t.unit_id
                 where u.region_path like :p || '%' and t.handover_at::date between :from and :to""")
                .param("p", LICHENG).param("from", from).param("to", to).query().singleValue()));

        LocalDate dueBy = today.isBefore(to) ? today : to;
        Map<String, Object> rounds = jdbc.sql("""
                select count(*) as expected,
                       count(*) filter (where s.status in ('SUBMITTED', 'ACCEPTED')) as submitted,
                       count(*) filter (where s.status in ('SUBMITTED', 'ACCEPTED') and s.on_time) as on_time
                  from report_round r join pub_region g on g.code = r.region_code
                  join pub_unit u on u.active and u.region_path like g.path || '%'
                  left join report_submission s on s.round_id = r.id and s.unit_id = u.id
                 where r.due_on between :from and :dueBy and u.region_path like :p || '%'""")
                .param("from", from).param("dueBy", dueBy).param("p", LICHENG).query().singleRow();
        assertThat(f.get("report_expected")).isEqualByComparingTo(num(rounds.get("expected")));
        assertThat(f.get("report_submitted")).isEqualByComparingTo(num(rounds.get("submitted")));
        assertThat(f.get("report_on_time")).isEqualByComparingTo(num(rounds.get("on_time")));
        assertThat(f.get("report_expected")).as("the demo's closed round of the city campaign is due this period")
                .isPositive();

        Map<String, Object> tasks = jdbc.sql("""
                select count(*) as due,
                       count(*) filter (where t.completed_at is not null
                                          and (t.completed_at at time zone 'Asia/Shanghai')::date <= t.due_on) as on_time,
                       count(*) filter (where t.supervised) as supervised
                  from campaign_task t join pub_unit u on u.id = t.lead_unit_id
                 where u.region_path like :p || '%' and t.due_on between :from and :dueBy""")
                .param("from", from).param("dueBy", dueBy).param("p", LICHENG).query().singleRow();
        assertThat(f.get("tasks_due")).isEqualByComparingTo(num(tasks.get("due")));
        assertThat(f.get("tasks_on_time")).isEqualByComparingTo(num(tasks.get("on_time")));
        assertThat(f.get("supervised_due")).isEqualByComparingTo(num(tasks.get("supervised")));

        Map<String, Object> penalties = jdbc.sql("""
                select count(*) filter (where p.published_at is not null or :today > p.due_on) as due,
                       count(*) filter (where p.published_at is not null
                                          and (p.published_at at time zone 'Asia/Shanghai')::date <= p.due_on) as on_time
                  from penalty_publication p join pub_unit u on u.id = p.unit_id
                 where u.region_path like :p || '%' and p.decided_on between :from and :to""")
                .param("today", today).param("from", from).param("to", to).param("p", LICHENG).query().singleRow();
        assertThat(f.get("penalties_due")).isEqualByComparingTo(num(penalties.get("due")));
        assertThat(f.get("penalties_published_on_time")).isEqualByComparingTo(num(penalties.get("on_time")));

        String running = " join campaign c on c.id = x.campaign_id join pub_unit u on u.id = x.unit_id"
                + " where u.region_path like :p || '%' and (c.starts_on is null or c.starts_on <= :to)"
                + " and (c.ends_on is null or c.ends_on >= :from)";
        assertThat(f.get("funds_allocated")).isEqualByComparingTo(num(jdbc.sql(
                "select coalesce(sum(x.amount), 0) from fund_allocation x" + running).param("p", LICHENG)
                .param("from", from).param("to", to).query().singleValue()));
        assertThat(f.get("funds_disbursed")).isEqualByComparingTo(num(jdbc.sql(
                "select coalesce(sum(x.amount), 0) from fund_movement x" + running + " and x.kind = 'DISBURSEMENT'")
                .param("p", LICHENG).param("from", from).param("to", to).query().singleValue()));

        Map<String, Object> findings = jdbc.sql("""
                select count(*) as due, count(*) filter (where f.status = 'CLOSED' and f.closed_on <= f.due_on) as on_time
                  from supervision_finding f join supervision_visit v on v.id = f.visit_id
                  join pub_unit u on u.id = v.unit_id
                 where u.region_path like :p || '%' and f.due_on between :from and :dueBy""")
                .param("p", LICHENG).param("from", from).param("dueBy", dueBy).query().singleRow();
        assertThat(f.get("supervision_findings")).isEqualByComparingTo(num(findings.get("due")));
        assertThat(f.get("supervision_findings_on_time")).isEqualByComparingTo(num(findings.get("on_time")));

        // the modules' own rules (complaints' clocks, inspection records' shares): their DerivedFigures per unit, added up
        List<UnitRef> county = units.inRegion("140426");
        assertThat(f.get("filings_closed")).isEqualByComparingTo(sum(county, "derived.source.complaints", "filings_closed"));
        assertThat(f.get("filings_closed_on_time"))
                .isEqualByComparingTo(sum(county, "derived.source.complaints", "filings_closed_on_time"));
        assertThat(f.get("joint_actions")).isEqualByComparingTo(sum(county, "derived.source.inspections", "joint_actions"));
        assertThat(f.get("software_installed")).isEqualByComparingTo(sum(county, "derived.source.software", "software_installed"));

        // each score is the share of the maximum, held between 0 and 1; no data: full points (the items say FULL)
        Scorecard card = licheng.card();
        assertThat(points(card, s, "REPORT_TIMELINESS")).isEqualByComparingTo(share(f, "report_on_time", "report_expected", 1));
        assertThat(points(card, s, "REPORT_COMPLETENESS")).isEqualByComparingTo(share(f, "report_submitted", "report_expected", 1));
        assertThat(points(card, s, "CASES_TARGET")).isEqualByComparingTo(share(f, "cases_opened", null, 10));
        assertThat(points(card, s, "TASKS_ON_TIME")).isEqualByComparingTo(share(f, "tasks_on_time", "tasks_due", 1));
        assertThat(points(card, s, "COMPLAINTS_ON_TIME")).isEqualByComparingTo(share(f, "filings_closed_on_time",
                "filings_closed", 1));
        BigDecimal computedTotal = s.items().stream().filter(i -> i.kind() == ItemKind.COMPUTED)
                .map(i -> card.points().get(i.id())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(card.computed()).isEqualByComparingTo(computedTotal);

        // beside the score: the figures, and the link to the records for a reader who may open them
        mvc.perform(get("/assessment/runs/" + licheng.run().id()).with(demo.as("changzhi.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("按时报送次数")))
                .andExpect(content().string(Matchers.containsString("href=\"/reporting\"")));
    }

    Map<String, BigDecimal> figures(Scheme s, Run run) {
        Map<String, BigDecimal> all = new java.util.HashMap<>();
        for (Run.RunItem i : run.items()) {
            if (i.figures() != null) {
                i.figures().forEach((k, v) -> all.put(k, v == null ? BigDecimal.ZERO : v));
            }
        }
        return all;
    }

    BigDecimal sum(List<UnitRef> county, String label, String code) {
        BigDecimal total = BigDecimal.ZERO;
        for (DerivedFigures d : derived) {
            if (!d.sourceLabel().equals(label)) {
                continue;
            }
            for (UnitRef u : county) {
                BigDecimal v = d.figuresFor(u.id(), from, to).get(code);
                total = v == null ? total : total.add(v);
            }
        }
        return total;
    }

    static BigDecimal points(Scorecard card, Scheme s, String key) {
        Scheme.Item item = s.items().stream().filter(i -> key.equals(i.formulaKey())).findFirst().orElseThrow();
        return card.points().get(item.id());
    }

    /** 5 points × min(1, max(0, a / b)) (b null: a / divisor); no data (b = 0): the full 5. */
    static BigDecimal share(Map<String, BigDecimal> f, String a, String b, int divisor) {
        BigDecimal top = f.get(a);
        BigDecimal bottom = b == null ? BigDecimal.valueOf(divisor) : f.get(b);
        if (bottom.signum() == 0) {
            return new BigDecimal("5.00");
        }
        BigDecimal ratio = top.divide(bottom, java.math.MathContext.DECIMAL64).min(BigDecimal.ONE).max(BigDecimal.ZERO);
        return new BigDecimal("5").multiply(ratio).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal num(Object o) {
        return new BigDecimal(String.valueOf(o));
    }
}
