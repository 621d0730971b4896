package org.shuangda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangda.shared.AccessDeniedProblem;
import org.shuangda.shared.Actor;
import org.shuangda.shared.InvalidInput;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Historical rounds come in through {@link RoundImport}: each submission reaches its state by the lifecycle's
 * own steps (on time or late from the round's cut-off), accepted figures join the regional totals, every row
 * is audited as the importing office, and a round that is not history yet, a unit the round does not expect,
 * figures that break a rule or a region outside the office's scope leave nothing behind.
 */
@WebTest
class RoundImportTests {

    private static final LocalDate DUE = LocalDate.of(2011, 3, 10);

    @Autowired RoundImport imports;
    @Autowired Rounds rounds;
    @Autowired RoundProgress progress;
    @Autowired Rollups rollups;
    @Autowired Templates templates;
    @Autowired DemoUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private Actor office;
    private long campaign;
    private long template;
    private List<RoundImport.ExpectedUnit> units;

    @BeforeEach
    void campaign() {
        ReportingFixtures.restoreGrants(jdbc);
        office = users.actor("pingshun.office");
        campaign = ReportingFixtures.newCampaign(jdbc, "140425");
        template = templates.list(office).stream().filter(t -> t.code().equals("SHUANGDA_BASIC")).findFirst()
                .orElseThrow().id();
        units = imports.expectedUnits(office, "140425");
        assertThat(units).hasSizeGreaterThanOrEqualTo(3);
    }

    private RoundForm round(LocalDate locksAfter) {
        return new RoundForm(campaign, template, "140425", "补录：第一次数据报送", DUE.minusDays(9), DUE, DUE, null,
                locksAfter);
    }

    private HistoricalSubmission accepted(long unit, Map<String, Object> values) {
        LocalDateTime at = DUE.atTime(9, 30);
        return new HistoricalSubmission(unit, SubmissionStatus.ACCEPTED, at, values,
                Map.of("items_seized", Map.of("食品", 4, "其他", 1)), Map.of(), null, at.plusDays(1), "pingshun.office");
    }

    @Test
    void a_locked_round_comes_in_with_its_submissions_as_they_ended() {
        long a = units.get(0).id(), b = units.get(1).id(), c = units.get(2).id();
        Round round = imports.importHistorical(office, round(DUE.plusDays(3)), List.of(
                accepted(a, Map.of("officers", 12, "items_seized", 5)),
                new HistoricalSubmission(b, SubmissionStatus.RETURNED, DUE.plusDays(1).atTime(10, 0),
                        Map.of("officers", 7), Map.of(), Map.of(), "请核实", null, null),
                new HistoricalSubmission(c, SubmissionStatus.SUBMITTED, DUE.atTime(8, 0), Map.of("officers", 3),
                        Map.of(), Map.of(), null, null, null)));

        assertThat(round.seq()).isEqualTo(1);
        assertThat(rounds.get(office, round.id()).locked()).isTrue();
        Map<Long, RoundProgress.Line> lines = new java.util.HashMap<>();
        progress.lines(office, round.id()).forEach(l -> lines.put(l.unitId(), l));
        assertThat(lines.get(a).status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(lines.get(a).onTime()).isTrue();
        assertThat(lines.get(b).status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(lines.get(b).onTime()).isFalse(); // handed in the day after the cut-off
        assertThat(lines.get(b).returnedReason()).isEqualTo("请核实");
        assertThat(lines.get(c).status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(lines.values()).filteredOn(l -> l.unitId() != a && l.unitId() != b && l.unitId() != c)
                .allMatch(l -> l.status() == null);

        Rollup rollup = rollups.forRound(office, round.id(), null);
        assertThat(rollup.total().values().get("officers")).isEqualByComparingTo("12"); // the accepted one only
        assertThat(rollup.total().acceptedUnits()).isEqualTo(1);

        assertThat(jdbc.sql("""
                select count(*) from audit_entry where actor_username = 'pingshun.office' and summary like '%（历史数据）'
                   and ((object_type = 'report_round' and object_id = :r)
                        or (object_type = 'report_submission' and object_id in (
                            select id::text from report_submission where round_id = :rid)))""")
                .param("r", String.valueOf(round.id())).param("rid", round.id()).query(Long.class).single())
                .isEqualTo(4);
    }

    @Test
    void what_is_not_history_or_not_right_leaves_nothing_behind() {
        long unit = units.get(0).id();
        Map<String, Object> fine = Map.of("officers", 2, "items_seized", 5);
        assertRefused(() -> imports.importHistorical(office, round(LocalDate.now(clock)), List.of(accepted(unit, fine))),
                "locksAfter");
        long otherCounty = imports.expectedUnits(users.actor("licheng.office"), "140426").get(0).id();
        assertRefused(() -> imports.importHistorical(office, round(DUE.plusDays(3)),
                List.of(accepted(unit, fine), accepted(otherCounty, fine))), "submissions[1].unitId");
        assertRefused(() -> imports.importHistorical(office, round(DUE.plusDays(3)),
                List.of(accepted(unit, Map.of("cases_opened", 1, "transferred", 2, "items_seized", 5)))),
                "submissions[0].rules.transfer_le_opened");
        assertRefused(() -> imports.importHistorical(office, round(DUE.plusDays(3)), List.of(
                new HistoricalSubmission(unit, SubmissionStatus.RETURNED, DUE.atTime(9, 0), fine, Map.of(), Map.of(),
                        " ", null, null))), "submissions[0].returnedReason");
        assertRefused(() -> imports.importHistorical(users.actor("licheng.office"), round(DUE.plusDays(3)),
                List.of()), "regionCode");
        assertThatThrownBy(() -> imports.importHistorical(users.actor("pingshun.reporter"), round(DUE.plusDays(3)),
                List.of())).isInstanceOf(AccessDeniedProblem.class);
        assertThat(jdbc.sql("select count(*) from report_round where campaign_id = :c").param("c", campaign)
                .query(Long.class).single()).isZero();
    }

    private static void assertRefused(Runnable importing, String field) {
        assertThatThrownBy(importing::run).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).extracting(InvalidInput.FieldProblem::field).contains(field));
    }
}
