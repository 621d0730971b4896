package org.shuangda.demo;


import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.shuangda.complaints.Category;
import org.shuangda.complaints.FilingHandling;
import org.shuangda.complaints.FilingIntake;
import org.shuangda.complaints.FilingReceipt;
import org.shuangda.complaints.FilingRequest;
import org.shuangda.complaints.FilingRouting;
import org.shuangda.complaints.Outcome;
import org.shuangda.complaints.PublicTracking;
import org.shuangda.complaints.RefusalGround;
import org.shuangda.complaints.RoutingTable;
import org.shuangda.identity.ApiTokens;
import org.shuangda.identity.Users;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.platform.Settings;
import org.shuangda.shared.Actor;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Complaints and tips: 12315 agents for both counties, a few routing rules, and about twenty filings across
 * channels, tracks and states — one overdue (imported as received 20 days ago), a merged duplicate pair, a tip
 * turned into a clue, a closed complaint with a rating. Everything goes through the complaints services; the
 * handling steps act as the county's enforcement officer (the assigned handler, a person who can sign in).
 * The tracking number and query code of one filing are kept as a platform setting for the start-up banner.
 */
@Component
class ComplaintsDemo implements DemoDataStep {

    static final String SAMPLE_KEY = "demo.complaints.sample";

    private final Users users;
    private final FilingIntake intake;
    private final FilingHandling handling;
    private final FilingRouting routing;
    private final RoutingTable table;
    private final PublicTracking tracking;
    private final UserDetailsService accounts;
    private final Clock clock;
    private final UnitDirectory units;
    private final Settings settings;

    /** licheng.agent's: what a call-centre system files with (an administrator's token takes no filings). */
    static final String AGENT_TOKEN = "sd_demo_agent_token_0123456789abcdef";

    private final ApiTokens tokens;

    ComplaintsDemo(ApiTokens tokens, Users users, FilingIntake intake, FilingHandling handling, FilingRouting routing,
            RoutingTable table, PublicTracking tracking, UserDetailsService accounts, Clock clock, UnitDirectory units,
            Settings settings) {
        this.tokens = tokens;
        this.users = users;
        this.intake = intake;
        this.handling = handling;
        this.routing = routing;
        this.table = table;
        this.tracking = tracking;
        this.accounts = accounts;
        this.clock = clock;
        this.units = units;
        this.settings = settings;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public void load(Actor system) {
        List<org.shuangda.identity.UserView> agents = users.createAll(system, DemoAccounts.AGENTS.stream()
                .map(a -> a.form(unit(a.unitName()), IdentityDemo.PASSWORD)).toList());
        // demo accounts keep the published password: not sent to the 修改密码 page at first sign-in
        users.waivePasswordChange(system, agents.stream().map(org.shuangda.identity.UserView::id).toList());
        tokens.store(system, agents.get(0).id(), "演示令牌（12315热线） demo hotline token", AGENT_TOKEN);
        table.put(system, "140426", Category.AGRICULTURE, unit("黎城县农业委员会"), "种子、化肥、农药");
        table.put(system, "140426", Category.COPYRIGHT, unit("黎城县文化广电新闻出版局"), "盗版出版物");
        table.put(system, "140426", Category.DRUG, unit("黎城县食品药品监督管理局"), null);
        table.put(system, "140425", Category.AGRICULTURE, unit("平顺县农业委员会"), null);
        Actor agent = person("licheng.agent");
        Actor officer = person("licheng.officer");
        Actor office = person("licheng.office");

        // a tip accepted and turned into a clue (the cases module registers it)
        FilingReceipt clue = file(agent, "REPORT", "12315", "COUNTERFEIT", "140426", "黎城县惠民百货超市",
                "该超市长期销售假冒“汾酒”，包装粗糙，价格明显低于市场价，仓库在超市后院。", "王建国", "13935501234");
        handling.accept(officer, clue.id());
        handling.referToCases(officer, clue.id());

        // a complaint mediated and closed, rated by the consumer
        FilingReceipt mediated = file(agent, "COMPLAINT", "12315", "QUALITY", "140426", "黎城县家电城",
                "购买的电饭煲使用一周即无法加热，商家拒绝退换。", "李淑芬", "13803551122");
        handling.accept(officer, mediated.id());
        handling.close(officer, mediated.id(), Outcome.MEDIATED, "经调解，商家同意更换新品并赔偿交通费。");
        tracking.rate(mediated.trackingNo(), mediated.queryCode(), 5, "处理及时，满意。", "demo");

        // a duplicate pair against the same farm-supply shop, merged
        FilingReceipt first = file(agent, "REPORT", "12315", "COUNTERFEIT", "140426", "黎城县鑫源农资经营部",
                "鑫源农资经营部销售假冒复合肥料，包装袋上的商标与正品不一致。", "赵国强", "13703550001");
        FilingReceipt second = file(agent, "REPORT", "12330", "COUNTERFEIT", "140426", "黎城县鑫源农资经营部",
                "鑫源农资经营部销售假冒复合肥，商标与正品不一致，农户已经受骗。", null, null);
        handling.accept(officer, first.id());
        routing.merge(officer, second.id(), first.id());

        // overdue: a complaint received 20 days ago that nobody decided on within 7 working days
        intake.importReceived(agent, request("COMPLAINT", "12315", "PRICE", "140426", "黎城县兴隆加油站",
                "加油站油价高于公示价格，收费不开发票。", "孙志刚", "13603559876"), LocalDateTime.now(clock).minusDays(20));

        // refused, answered, re-routed
        FilingReceipt refused = file(agent, "COMPLAINT", "12315", "OTHER", "140426", "黎城县某装修公司",
                "三年前装修的房屋出现裂缝，要求赔偿。", "周红", "13503550033");
        handling.refuse(officer, refused.id(), RefusalGround.TIME_BARRED, "已超过投诉时效。");
        FilingReceipt enquiry = file(agent, "ENQUIRY", "12315", "TRADEMARK", "140426", "",
                "如何辨别正品商标标识？", "吴敏", "13403550044");
        handling.answer(officer, enquiry.id(), "可在国家知识产权局商标局网站查询注册信息，并核对防伪标识。");
        file(agent, "REPORT", "12315", "AGRICULTURE", "140426", "黎城县丰收种业门市",
                "门市销售的玉米种子没有标签，发芽率很低。", "郑伟", "13303550055");
        FilingReceipt rerouted = file(agent, "REPORT", "12390", "OTHER", "140426", "黎城县新华书刊亭",
                "书刊亭出售盗版教辅图书。", null, null);
        routing.reroute(office, rerouted.id(), unit("黎城县文化广电新闻出版局"), "涉及盗版出版物");

        // more open filings across channels and both counties
        file(agent, "COMPLAINT", "12365", "QUALITY", "140426", "黎城县顺达建材店", "购买的防水涂料检测不合格。", "冯涛", "13203550066");
        file(agent, "REPORT", "12312", "TRADEMARK", "140426", "黎城县时尚服饰店", "店内销售假冒知名运动品牌鞋服。", null, null);
        file(agent, "COMPLAINT", "LETTER", "FOOD", "140426", "黎城县好味道餐馆", "餐馆使用过期食材，就餐后腹泻。", "何丽", "13103550077");
        file(agent, "REPORT", "VISIT", "DRUG", "140426", "黎城县康宁药店", "药店无处方销售处方药。", "许明", "13003550088");
        file(agent, "ENQUIRY", "12330", "PATENT", "140426", "", "个人发明如何申请专利保护？", "高峰", "15903550099");
        file(agent, "COMPLAINT", "12315", "QUALITY", "140425", "平顺县大众电器行", "新买的冰箱制冷效果差，商家推诿。", "杨林", "15803550010");
        file(agent, "REPORT", "12315", "COUNTERFEIT", "140425", "平顺县百姓超市", "超市销售假冒品牌洗衣粉。", null, null);
        file(agent, "REPORT", "12315", "AGRICULTURE", "140425", "平顺县绿野农资店", "销售来源不明的农药，标签不全。", "段勇", "15703550020");
        file(agent, "COMPLAINT", "12315", "PRICE", "140425", "平顺县太行宾馆", "宾馆收费与标价不符。", "乔慧", "15603550030");
        FilingReceipt sample = file(agent, "REPORT", "WEB", "COUNTERFEIT", "140426", "黎城县东关烟酒店",
                "东关烟酒店出售假冒名酒，疑似有固定的进货渠道。", "马丽", "15503550040");
        handling.accept(officer, sample.id());
        settings.put(SAMPLE_KEY, sample.trackingNo() + " / " + sample.queryCode());
    }

    private FilingReceipt file(Actor agent, String track, String channel, String category, String region,
            String target, String content, String name, String phone) {
        return intake.fromAgent(agent, request(track, channel, category, region, target, content, name, phone));
    }

    private static FilingRequest request(String track, String channel, String category, String region,
            String target, String content, String name, String phone) {
        return new FilingRequest(track, channel, category, content, region, target, null, "CONSUMER", name == null,
                name, phone, null, null, null);
    }

    /** A demo user as the actor of a step, so the handler recorded is a person who can sign in. */
    private Actor person(String username) {
        return (Actor) accounts.loadUserByUsername(username);
    }

    private long unit(String name) {
        List<UnitRef> named = units.named(name);
        if (named.size() != 1) {
            throw new IllegalStateException(named.size() + " demo units named " + name);
        }
        return named.get(0).id();
    }
}
