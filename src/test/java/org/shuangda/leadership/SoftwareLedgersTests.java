package org.shuangda.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shuangda.campaigns.CampaignDirectory;
import org.shuangda.campaigns.Tasks;
import org.shuangda.leadership.SoftwareLedger.Category;
import org.shuangda.leadership.SoftwareLedger.Entry;
import org.shuangda.shared.Actor;
import org.shuangda.shared.DerivedFigures;
import org.shuangda.shared.InvalidInput;
import org.shuangda.shared.NotFoundProblem;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A unit keeps its software ledger; fewer licences than installations need a rectification; the self-check's totals
 * become the period's figures offered to reporting; the office sees the rates rolled up and its inspection's
 * findings become a rectification task led by the unit; another county sees nothing.
 */
@WebTest
class SoftwareLedgersTests {

    @Autowired SoftwareLedgers ledgers;
    @Autowired List<DerivedFigures> derived;
    @Autowired CampaignDirectory campaigns;
    @Autowired Tasks tasks;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void theLedgersRatesRollUpAndFeedReportingAndAnInspectionBecomesATask() throws Exception {
        Actor officer = demo.actor("licheng.officer"); // 工商局: keeps its own ledger
        long commerce = officer.unitId();
        ledgers.saveComputers(officer, commerce, 40);
        ledgers.saveEntry(officer, commerce, entry(Category.OS, "Windows 10 专业版", 40, 40, ""));
        ledgers.saveEntry(officer, commerce, entry(Category.OFFICE, "WPS Office 2019", 40, 30, "12月底前补购10套授权"));
        ledgers.saveEntry(officer, commerce, entry(Category.SECURITY, "360 杀毒", 40, 50, ""));

        InvalidInput refused = catchInvalid(() -> ledgers.saveEntry(officer, commerce,
                entry(Category.OTHER, "CAD 2020", 5, 2, " ")));
        assertThat(refused.problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("rectification");

        SoftwareLedger ledger = ledgers.ledger(officer, commerce);
        assertThat(ledger.entries()).hasSize(3);
        // covered: 40 + 30 + 40 of 120 installed
        assertThat(ledger.covered()).isEqualTo(110);
        assertThat(ledger.licensedRate()).isEqualByComparingTo("91.7");

        ledgers.selfCheck(officer, commerce, "已完成年度自查");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, BigDecimal> figures = derived.stream().filter(d -> d instanceof SoftwareFigures).findFirst()
                .orElseThrow().figuresFor(commerce, today.withDayOfYear(1), today);
        assertThat(figures).containsEntry("software_computers", BigDecimal.valueOf(40))
                .containsEntry("software_installed", BigDecimal.valueOf(120))
                .containsEntry("software_covered", BigDecimal.valueOf(110));
        assertThat(figures.get("software_licensed_rate")).isEqualByComparingTo("91.7");
        // a period without a check has no figures
        assertThat(derived.stream().filter(d -> d instanceof SoftwareFigures).findFirst().orElseThrow()
                .figuresFor(commerce, LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31))).isEmpty();

        Actor office = demo.actor("licheng.office");
        SoftwareLedgers.Overview overview = ledgers.overview(office);
        assertThat(overview.units()).extracting(SoftwareStore.UnitTotals::unitId).contains(commerce);
        assertThat(overview.installed()).isGreaterThanOrEqualTo(120);

        long plan = campaigns.findByTitle(today.minusWeeks(3).getYear() + "年黎城县“双打”工作方案").orElseThrow().id();
        SoftwareLedger inspected = ledgers.inspect(office, commerce, "WPS 授权不足10套", today.plusDays(20), plan);
        SoftwareLedger.Check check = inspected.checks().get(0);
        assertThat(check.kind()).isEqualTo(SoftwareLedger.CheckKind.INSPECTION);
        assertThat(check.taskId()).isNotNull();
        assertThat(tasks.get(officer, check.taskId()).task().leadUnitId()).isEqualTo(commerce);
        assertThat(tasks.get(officer, check.taskId()).task().dueOn()).isEqualTo(today.plusDays(20));

        // the unit cannot inspect itself, another unit cannot read it, another county's office neither
        assertThatThrownBy(() -> ledgers.inspect(officer, commerce, "", null, null)).isInstanceOf(NotFoundProblem.class);
        assertThatThrownBy(() -> ledgers.ledger(demo.actor("licheng.police"), commerce))
                .isInstanceOf(NotFoundProblem.class);
        mvc.perform(get("/api/v1/software-ledger/units/" + commerce).with(demo.as("pingshun.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/software/units/" + commerce).with(demo.as("licheng.office"))).andExpect(status().isOk());
        mvc.perform(get("/software").with(demo.as("licheng.officer")))
                .andExpect(status().is3xxRedirection());
    }

    private static Entry entry(Category category, String product, int installed, int licensed, String rectification) {
        return new Entry(null, category, product, installed, licensed, LocalDate.of(2027, 12, 31), null, null,
                rectification, 0);
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
