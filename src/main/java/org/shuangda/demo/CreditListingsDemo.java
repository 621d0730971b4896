package org.shuangda.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.credit.listings.AbnormalDraft;
import org.shuangda.credit.listings.AbnormalGround;
import org.shuangda.credit.listings.CreditListings;
import org.shuangda.credit.listings.Listing;
import org.shuangda.credit.listings.ListingAction;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The credit lists of the demo: a 黎城县 enterprise on the 经营异常名录 for a missing annual report (listed within
 * its 10 working days, on the public page), and one unreachable at its address after two unsigned registered
 * letters, its listing still to decide (a to-do of the 工商局).
 */
@Component
class CreditListingsDemo implements DemoDataStep {

    private final CreditListings listings;
    private final DemoCaseUnits units;
    private final WorkingCalendar calendar;
    private final Clock clock;

    CreditListingsDemo(CreditListings listings, DemoCaseUnits units, WorkingCalendar calendar, Clock clock) {
        this.listings = listings;
        this.units = units;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public void load(Actor system) {
        DemoCaseUnits.County li = units.county(system, "140426", "licheng");
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        int year = today.getYear() - 2; // its report was due on 30 June of last year
        long report = listings.recordAbnormal(system, new AbnormalDraft(li.entity(7), AbnormalGround.ANNUAL_REPORT, year,
                null, null, List.of(), "截至公示期满未报送" + year + "年度报告", li.unitId())).listing().id();
        listings.act(system, report, ListingAction.LIST, new Listing.Step(calendar.addWorkingDays(
                LocalDate.of(year + 1, 6, 30), 6), "按期未公示年度报告，列入经营异常名录"), null);

        LocalDate first = today.minusDays(30);
        listings.recordAbnormal(system, new AbnormalDraft(li.entity(5), AbnormalGround.UNREACHABLE, null, null, null,
                List.of(new AbnormalDraft.Letter(first, first.plusDays(6), false),
                        new AbnormalDraft.Letter(first.plusDays(18), calendar.addWorkingDays(first.plusDays(18), 4),
                                false)), "两次挂号信均因“查无此人”退回", li.unitId()));
    }
}
