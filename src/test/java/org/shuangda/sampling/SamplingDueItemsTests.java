package org.shuangda.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.shared.DueItem;
import org.shuangda.shared.DueItems;
import org.shuangda.shared.Permission;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily notices of sampling's clocks: a sample recorded today is due at its lab in 5 working days, noticed to the
 * sampling unit's people who handle sampling; a sample the lab is testing is noticed to the lab's unit; nothing is
 * noticed for a window (the business's) or a clock already met.
 */
@WebTest
class SamplingDueItemsTests {

    @Autowired SamplingFixtures fx;
    @Autowired SampleSteps steps;
    @Autowired SamplingClocks clocks;
    @Autowired WorkingCalendar calendar;
    @Autowired List<DueItems> sources;

    List<DueItem> due() {
        return sources.stream().filter(s -> s.getClass().getSimpleName().startsWith("SamplingDueItems"))
                .flatMap(s -> s.dueBy(clocks.today(), calendar.addWorkingDays(clocks.today(), 25)).stream()).toList();
    }

    @Test
    void the_step_due_is_noticed_to_the_unit_whose_step_it_is() {
        SampleView recorded = fx.recorded("山西省食品药品检验所", null, null, null, clocks.today());
        SampleView testing = fx.recorded("山西省检验检测中心", null, null, null, clocks.today());
        steps.send(fx.officer(), testing.id(), clocks.today());
        steps.receive(fx.lab("lab.center"), testing.id(), clocks.today());
        List<DueItem> items = due();
        DueItem toLab = items.stream().filter(i -> i.itemId().equals(recorded.id() + ":sampling.food.to-lab"))
                .findFirst().orElseThrow();
        assertThat(toLab.unitId()).isEqualTo(fx.officer().unitId());
        assertThat(toLab.actOn()).isEqualTo(Permission.SAMPLING_HANDLE);
        assertThat(toLab.due()).isEqualTo(calendar.addWorkingDays(clocks.today(), 5));
        assertThat(toLab.link()).isEqualTo("/sampling/samples/" + recorded.id());
        DueItem report = items.stream().filter(i -> i.itemId().equals(testing.id() + ":sampling.food.report"))
                .findFirst().orElseThrow();
        assertThat(report.unitId()).isEqualTo(fx.labNamed("山西省检验检测中心").unitId());
        assertThat(report.actOn()).isEqualTo(Permission.SAMPLING_LAB);
        assertThat(items).noneMatch(i -> i.itemId().equals(testing.id() + ":sampling.food.to-lab"));
        assertThat(items).noneMatch(i -> i.itemId().endsWith(":sampling.food.retest-request"));
    }
}
