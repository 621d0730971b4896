package org.shuangda.demo;

import org.shuangda.shared.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shuangda.organization.LeadingGroup;
import org.shuangda.organization.LeadingGroup.Member;
import org.shuangda.organization.LeadingGroup.Position;
import org.shuangda.organization.LeadingGroups;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.springframework.stereotype.Component;

/**
 * Each county's 双打 leading group shaped like seed 001's: a 县长助理 leads, the government office's deputy
 * director deputises, the deputy heads of the member units sit in it, and the office is hosted by the
 * 商务中心. Every name is invented.
 */
@Component
class LeadingGroupDemo implements DemoDataStep {

    private record Seat(Position position, String title, String unitSuffix) {
    }

    private static final List<Seat> SEATS = List.of(
            new Seat(Position.LEADER, "县长助理", "人民政府办公室"),
            new Seat(Position.DEPUTY_LEADER, "县政府办公室副主任、县法制办主任", "人民政府办公室"),
            new Seat(Position.MEMBER, "县发改局副局长", "发展和改革局"),
            new Seat(Position.MEMBER, "县经信局副局长", "经济和信息化局"),
            new Seat(Position.MEMBER, "县公安局常务副局长", "公安局"),
            new Seat(Position.MEMBER, "县监察局副局长", "监察局"),
            new Seat(Position.MEMBER, "县司法局副局长", "司法局"),
            new Seat(Position.MEMBER, "县科技局副局长", "科学技术局"),
            new Seat(Position.MEMBER, "县林业局副局长", "林业局"),
            new Seat(Position.MEMBER, "县农委副主任", "农业委员会"),
            new Seat(Position.MEMBER, "县商务中心主任", "商务中心"),
            new Seat(Position.MEMBER, "县文化广电新闻出版局纪检组长", "文化广电新闻出版局"),
            new Seat(Position.MEMBER, "县卫生局副局长", "卫生局"),
            new Seat(Position.MEMBER, "县物价局局长", "物价局"),
            new Seat(Position.MEMBER, "县国税局副局长", "国家税务局"),
            new Seat(Position.MEMBER, "县地税局副局长", "地方税务局"),
            new Seat(Position.MEMBER, "县工商局副局长", "工商行政管理局"),
            new Seat(Position.MEMBER, "县质监局副局长", "质量技术监督局"),
            new Seat(Position.MEMBER, "县财政局副局长", "财政局"),
            new Seat(Position.MEMBER, "县委宣传部报告员", "委宣传部"),
            new Seat(Position.MEMBER, "县法院副院长", "人民法院"),
            new Seat(Position.MEMBER, "县检察院副检察长", "人民检察院"),
            new Seat(Position.MEMBER, "县食品药品监管局副局长", "食品药品监督管理局"),
            new Seat(Position.OFFICE_DIRECTOR, "领导小组办公室主任（兼）", "商务中心"));

    private static final List<String> SURNAMES = List.of("韩", "宋", "冯", "许", "邓", "曹", "彭", "曾", "萧", "田",
            "董", "潘", "袁", "蔡", "蒋", "余", "于", "杜", "叶", "程", "魏", "苏", "吕", "丁");
    private static final List<String> GIVEN = List.of("立新", "文博", "建平", "国栋", "志刚", "海燕", "红梅", "晓东",
            "春生", "秀兰", "卫国", "玉华", "永强", "丽萍", "振宇", "长青", "桂芳", "宏伟", "明亮", "素珍", "向阳",
            "金山", "爱民", "光明");

    private final LeadingGroups groups;
    private final UnitDirectory units;

    LeadingGroupDemo(LeadingGroups groups, UnitDirectory units) {
        this.groups = groups;
        this.units = units;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public void load(Actor system) {
        group(system, "140426", "黎城县", 0);
        group(system, "140425", "平顺县", 7);
    }

    private void group(Actor system, String code, String county, int nameShift) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < SEATS.size(); i++) {
            Seat seat = SEATS.get(i);
            String person = SURNAMES.get((i + nameShift) % SURNAMES.size()) + GIVEN.get((i * 5 + nameShift) % GIVEN.size());
            members.add(new Member(seat.position(), person, seat.title(), unitId(county, seat.unitSuffix()), null));
        }
        groups.save(system, new LeadingGroup(null, county + "打击侵犯知识产权和制售假冒伪劣商品专项行动领导小组", code, null,
                unitId(county, "商务中心"), null, members.get(members.size() - 1).personName(),
                "0355-" + (code.equals("140426") ? "6" : "8") + "100168",
                "负责领导全县打击侵犯知识产权和制售假冒伪劣商品专项行动，推动建立长效工作机制；督促检查各部门专项行动落实情况；"
                        + "督办侵犯知识产权和制售假冒伪劣商品重大案件。",
                LocalDate.of(2010, 12, 20), members, 0));
    }

    private long unitId(String county, String suffix) {
        String name = suffix.startsWith("委") ? "中共" + county + suffix : county + suffix;
        return units.named(name).stream().map(UnitRef::id).findFirst().orElseThrow();
    }
}
