package org.shuangda.reporting.rollups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.reporting.ReportingFixtures;
import org.shuangda.reporting.Round;
import org.shuangda.reporting.rounds.RoundStore;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The completeness a province or the nation gets from the running counts, without its unit list, is the same
 * as the one counted from the list a county gets: on the demo rounds (accepted, returned, late and missing
 * units), for the county, the city, the province and the nation.
 */
@WebTest
class ExpectedUnitsTests {

    @Autowired ExpectedUnits expectedUnits;
    @Autowired RollupBreakdowns breakdowns;
    @Autowired RoundStore rounds;
    @Autowired JdbcClient jdbc;

    @Test
    void counted_completeness_equals_the_one_from_the_unit_list() {
        for (int seq = 1; seq <= 3; seq++) {
            Round round = rounds.find(ReportingFixtures.demoRound(jdbc, seq)).orElseThrow();
            String roundPath = "/140000/140400/140426/";
            for (String[] region : List.of(new String[] {"140426", roundPath}, new String[] {"140400", "/140000/140400/"},
                    new String[] {"140000", "/140000/"})) {
                String path = region[1];
                ExpectedUnits.Counted counted = expectedUnits.under(path, roundPath);
                List<UnitStatus> units = breakdowns.statuses(round.id(), path, roundPath);
                Completeness fromList = RollupBreakdowns.completeness(round, units);
                Completeness fromCounts = expectedUnits.completeness(round, region[0], counted);
                assertThat(counted.total()).isEqualTo(units.size()).isEqualTo(22);
                assertThat(counted.listable()).isTrue();
                assertThat(fromCounts).usingRecursiveComparison().ignoringFields("missingUnits").isEqualTo(fromList);
            }
            if (seq == 3) { // the demo's third round has a missing unit (司法局) and units not yet accepted
                Completeness third = expectedUnits.completeness(round, "000000", expectedUnits.under("/", roundPath));
                assertThat(third.missing()).isEqualTo(1);
                assertThat(third.accepted()).isEqualTo(18);
            }
        }
    }
}
