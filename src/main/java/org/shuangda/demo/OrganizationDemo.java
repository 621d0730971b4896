package org.shuangda.demo;

import org.shuangda.shared.Actor;
import static org.shuangda.organization.UnitType.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangda.organization.UnitForm;
import org.shuangda.organization.UnitType;
import org.shuangda.organization.Units;
import org.springframework.stereotype.Component;

/**
 * 长治市 (140400) with seed 001's county 黎城县 (140426) and its sibling 平顺县 (140425): the member units of the
 * county 双打 leading group as the 2011 plan lists them. County 工商, 公安 and 检察院 sit below their city
 * counterparts, so a city bureau's "unit subtree" scope reaches both counties' branches.
 */
@Component
class OrganizationDemo implements DemoDataStep {

    record CountyUnit(String suffix, UnitType type, String shortSuffix, String cityParent) {
    }

    static final Map<String, UnitType> CITY_UNITS = new LinkedHashMap<>();
    static {
        CITY_UNITS.put("长治市商务局", COMMERCE);
        CITY_UNITS.put("长治市市场监督管理局", MARKET_SUPERVISION);
        CITY_UNITS.put("长治市公安局", PUBLIC_SECURITY);
        CITY_UNITS.put("长治市人民检察院", PROCURATORATE);
    }

    static final Map<String, String> CITY_SHORT_NAMES = Map.of("长治市商务局", "长商", "长治市市场监督管理局", "长市监",
            "长治市公安局", "长公", "长治市人民检察院", "长检");

    static final List<CountyUnit> COUNTY_UNITS = List.of(
            new CountyUnit("人民政府办公室", GOVERNMENT_OFFICE, "政办", null),
            new CountyUnit("商务中心", COMMERCE, "商", null),
            new CountyUnit("发展和改革局", DEVELOPMENT_REFORM, "发改", null),
            new CountyUnit("经济和信息化局", INDUSTRY_INFORMATION, "经信", null),
            new CountyUnit("公安局", PUBLIC_SECURITY, "公", "长治市公安局"),
            new CountyUnit("监察局", SUPERVISION, "监", null),
            new CountyUnit("司法局", JUSTICE, "司", null),
            new CountyUnit("科学技术局", SCIENCE_TECHNOLOGY, "科", null),
            new CountyUnit("林业局", FORESTRY, "林", null),
            new CountyUnit("农业委员会", AGRICULTURE, "农", null),
            new CountyUnit("文化广电新闻出版局", CULTURE_COPYRIGHT, "文", null),
            new CountyUnit("卫生局", HEALTH, "卫", null),
            new CountyUnit("物价局", PRICE, "价", null),
            new CountyUnit("国家税务局", TAXATION, "国税", null),
            new CountyUnit("地方税务局", TAXATION, "地税", null),
            new CountyUnit("工商行政管理局", MARKET_SUPERVISION, "工商", "长治市市场监督管理局"),
            new CountyUnit("质量技术监督局", QUALITY_SUPERVISION, "质监", null),
            new CountyUnit("财政局", FINANCE, "财", null),
            new CountyUnit("委宣传部", PUBLICITY, "宣", null),
            new CountyUnit("人民法院", COURT, "法", null),
            new CountyUnit("人民检察院", PROCURATORATE, "检", "长治市人民检察院"),
            new CountyUnit("食品药品监督管理局", DRUG_ADMINISTRATION, "食药监", null));

    static final Map<String, String> COUNTIES = Map.of("140426", "黎城县", "140425", "平顺县");

    private final Units units;

    OrganizationDemo(Units units) {
        this.units = units;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void load(Actor system) {
        Map<String, Long> city = new LinkedHashMap<>();
        CITY_UNITS.forEach((name, type) -> city.put(name,
                units.create(system, new UnitForm(name, CITY_SHORT_NAMES.get(name), type, "140400", null, null,
                        "0355-20000" + city.size(), "长治市潞州区")).id()));
        for (String code : List.of("140426", "140425")) {
            String county = COUNTIES.get(code);
            String prefix = county.substring(0, 1);
            int n = 0;
            for (CountyUnit unit : COUNTY_UNITS) {
                String name = unit.suffix().startsWith("委") ? "中共" + county + unit.suffix() : county + unit.suffix();
                units.create(system, new UnitForm(name, prefix + unit.shortSuffix(), unit.type(), code,
                        unit.cityParent() == null ? null : city.get(unit.cityParent()), null,
                        "0355-" + (code.equals("140426") ? "6" : "8") + String.format("%06d", 100 + n++),
                        county + "城区"));
            }
        }
    }
}
