package org.shuangda.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shuangda.calendar.WorkingCalendar;
import org.shuangda.identity.Officer;
import org.shuangda.identity.Officers;
import org.shuangda.inspections.markets.KeyMarket;
import org.shuangda.inspections.markets.KeyMarkets;
import org.shuangda.inspections.markets.MarketForm;
import org.shuangda.inspections.records.InspectionRecords;
import org.shuangda.inspections.records.RecordForm;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Two key markets of 黎城县 (a 集贸市场 and a wholesale market, sellers linked) and three inspection records of its
 * 工商局 within the city campaign's open round: a 日常巡查 of the 集贸市场, a 专项检查, and a 联合执法 with the
 * county's 质监局 and 公安局, so the reporter of the 工商局 finds 出动执法人员 and the others offered on her form.
 */
@Component
class InspectionRecordsDemo implements DemoDataStep {

    private final KeyMarkets markets;
    private final InspectionRecords records;
    private final DemoCaseUnits units;
    private final UnitDirectory directory;
    private final Officers officers;
    private final Clock clock;

    InspectionRecordsDemo(KeyMarkets markets, InspectionRecords records, DemoCaseUnits units, UnitDirectory directory,
            Officers officers, Clock clock) {
        this.markets = markets;
        this.records = records;
        this.units = units;
        this.directory = directory;
        this.officers = officers;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 950; // after the city campaign (its open round is the period these records fall in)
    }

    @Override
    public void load(Actor system) {
        DemoCaseUnits.County li = units.county(system, "140426", "licheng");
        KeyMarket bazaar = markets.create(system, new MarketForm("黎城县城关农贸市场", "BAZAAR", li.entity(0),
                "黎城县黎侯镇东街88号", "140426", li.unitId(), 186, 142, "郭建华", "13803551234",
                "蔬菜、肉类、水产、粮油、熟食", "WEEKLY", true, List.of(li.entity(1), li.entity(2), li.entity(3)),
                List.of("A-12", "B-03", ""), null));
        KeyMarket wholesale = markets.create(system, new MarketForm("黎城县商贸物流批发市场", "WHOLESALE", li.entity(4),
                "黎城县黎侯镇北环路6号", "140426", li.unitId(), 64, 58, "申晓燕", "13934567890",
                "日用百货、酒水饮料、小家电", "MONTHLY", true, List.of(li.entity(5), li.entity(6)), List.of("", ""), null));

        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        records.create(system, new RecordForm("ROUTINE", "城关农贸市场日常巡查", day(today, 6), day(today, 6),
                li.unitId(), 2, li.officers(), List.of(), List.of(), List.of(li.entity(1), li.entity(2), li.entity(3)),
                List.of(bazaar.id()), 0, null, 0, null, 0, "一户未公示食品经营许可证",
                "当场责令改正，三日内复查", null));
        records.create(system, new RecordForm("SPECIAL", "批发市场假冒酒类专项检查", day(today, 4), day(today, 4),
                li.unitId(), 2, li.officers(), List.of(), List.of(), List.of(li.entity(5), li.entity(6)),
                List.of(wholesale.id()), 0, null, 0, "涉嫌假冒白酒", 36, "一户销售涉嫌假冒注册商标的白酒",
                "已立案调查", null));

        List<Long> joint = new ArrayList<>();
        List<Integer> sent = new ArrayList<>();
        for (UnitRef u : directory.inRegion("140426")) {
            boolean wanted = u.name().contains("质量技术监督") || u.name().contains("公安");
            if (wanted && u.active() && officers.ofUnit(u.id()).stream().anyMatch(Officer::enabled)) {
                joint.add(u.id());
                sent.add(1);
            }
        }
        if (!joint.isEmpty()) {
            records.create(system, new RecordForm("JOINT", "城乡结合部制售假冒伪劣联合整治", day(today, 3),
                    day(today, 2), li.unitId(), 3, li.officers(), joint, sent, List.of(li.entity(7)), List.of(), 1,
                    "西关村城乡结合部", 1, "假冒洗衣粉、包装物", 420, "发现一处无证生产假冒洗衣粉的窝点",
                    "窝点已捣毁，涉嫌犯罪线索移送公安", null));
        }
    }

    private static String day(LocalDate today, int daysBack) {
        return today.minusDays(daysBack).toString();
    }
}
