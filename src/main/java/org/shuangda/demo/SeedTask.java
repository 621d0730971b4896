package org.shuangda.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A task of seed 001's 任务分解 with its lead (牵头) and cooperating (配合) units as demo unit suffixes
 * (the plan's 县工商局 is the demo's 工商行政管理局, 质监 质量技术监督局, 县农业局 农业委员会, 县商务局 商务中心).
 *
 * @param supervisedEvery for a 督办 task, progress every so many working days; else null
 */
record SeedTask(String key, String section, String title, String description, String lead, List<String> cooperators,
        LocalDate dueOn, Integer supervisedEvery) {

    private static final String PRODUCTION = "（一）加强对生产环节的专项治理";
    private static final String CIRCULATION = "（二）加强对流通环节的市场监管";
    private static final String INTERNET = "（三）加强互联网领域的专项治理";
    private static final String CRIMINAL = "（四）加大刑事司法打击力度";
    private static final String SOFTWARE = "（五）在政府机关全面使用正版软件";
    private static final LocalDate IMPLEMENTATION_ENDS = LocalDate.of(2011, 1, 16);
    private static final LocalDate CAMPAIGN_ENDS = LocalDate.of(2011, 1, 21);

    static final List<SeedTask> LICHENG = List.of(
            new SeedTask("print", PRODUCTION, "印刷复制企业监管",
                    "负责对印刷复制各类出版物、印刷品、光盘、计算机软件及包装装潢、商标标识标签企业的监管，严厉查处非法印刷复制和非法加印、"
                            + "出售标识标签等印刷品的行为，情节严重的吊销经营许可证。取缔无证照经营地下印刷复制窝点。",
                    "文化广电新闻出版局", List.of("公安局", "工商行政管理局", "质量技术监督局"), IMPLEMENTATION_ENDS, null),
            new SeedTask("quality", PRODUCTION, "产品质量监管",
                    "严格审查生产企业资质，坚决取缔无证生产，依法查处以假充真、冒用地理标志名称和专用标志的行为。",
                    "质量技术监督局", List.of(), IMPLEMENTATION_ENDS, null),
            new SeedTask("seed", PRODUCTION, "种子生产源头治理",
                    "针对玉米、小麦、小米等重点品种，加强品种真实性鉴定，重点打击无证和“套牌”生产、销售授权品种的行为。"
                            + "依法查处滥用、冒用、仿造农产品地理标志登记证书、产品名称、专用标志的行为。",
                    "农业委员会", List.of(), IMPLEMENTATION_ENDS, null),
            new SeedTask("plant", PRODUCTION, "植物新品种权保护", "做好植物新品种权保护工作。", "林业局", List.of(),
                    IMPLEMENTATION_ENDS, null),
            new SeedTask("market", CIRCULATION, "市场巡查和商标专用权保护",
                    "加大市场巡查力度，严厉打击仿冒知名商品特有的名称、包装等行为；严厉查处侵犯注册商标和地理标志专用权的违法行为，"
                            + "制止恶意商标抢注行为；明确市场开办者、经营者及经营管理者责任，加强监管和检查。",
                    "工商行政管理局", List.of(), IMPLEMENTATION_ENDS, 5),
            new SeedTask("copyright", CIRCULATION, "版权执法专项行动",
                    "会同有关部门深入开展版权执法专项行动，负责对图书、软件、音像制品的市场巡查，严厉打击侵权盗版行为。",
                    "文化广电新闻出版局", List.of("公安局", "工商行政管理局"), IMPLEMENTATION_ENDS, null),
            new SeedTask("patent", CIRCULATION, "打击专利侵权和假冒专利", "加大对专利领域群体、恶意侵权及假冒专利行为的打击力度。",
                    "科学技术局", List.of(), IMPLEMENTATION_ENDS, null),
            new SeedTask("trade", CIRCULATION, "商贸流通企业管理和规范",
                    "要求企业加强配送商品管理，防止侵权商品进入我县流通领域。", "商务中心", List.of(), IMPLEMENTATION_ENDS, null),
            new SeedTask("drugs", CIRCULATION, "打击制售假冒伪劣药品",
                    "加大对制售假冒伪劣药品、扰乱药品经营使用秩序行为的打击力度。", "食品药品监督管理局", List.of(),
                    IMPLEMENTATION_ENDS, null),
            new SeedTask("price", CIRCULATION, "市场价格监管", "规范经营者价格行为，严肃查处价格欺诈等违法行为。", "物价局",
                    List.of(), IMPLEMENTATION_ENDS, null),
            new SeedTask("foreign", INTERNET, "涉外知识产权和展会知识产权保护",
                    "加大对查实的进出口侵犯知识产权企业的处罚力度，严格执行展会知识产权保护法、做好重要展会知识产权保护工作。",
                    "商务中心", List.of("科学技术局"), IMPLEMENTATION_ENDS, null),
            new SeedTask("online", INTERNET, "网络知识产权保护",
                    "严厉打击互联网侵权盗版，重点打击影视剧作品侵权盗版行为；负责网络购物、电话购物和电视购物活动监管。",
                    "工商行政管理局", List.of("文化广电新闻出版局"), IMPLEMENTATION_ENDS, null),
            new SeedTask("av", INTERNET, "视听节目服务网站正版节目监管", "负责对视听节目服务网站播放正版节目的监管工作。",
                    "文化广电新闻出版局", List.of(), IMPLEMENTATION_ENDS, null),
            new SeedTask("police", CRIMINAL, "侵权假冒犯罪立案侦查",
                    "对侵犯知识产权和制售假冒伪劣商品犯罪及相关商业贿赂活动及时立案侦查，重点查办情节严重、影响恶劣的侵犯知识产权犯罪案件；"
                            + "对行政执法部门移送的涉嫌犯罪案件及时审查。",
                    "公安局", List.of(), CAMPAIGN_ENDS, null),
            new SeedTask("transfer", CRIMINAL, "涉嫌犯罪案件及时移送",
                    "在行政执法过程中，对符合刑事立案追诉标准、涉嫌犯罪的，及时移送公安机关；对现场查获、行为人可能逃匿销毁证据的，"
                            + "立即商请公安机关提前介入调查。",
                    "工商行政管理局", List.of("科学技术局", "文化广电新闻出版局", "商务中心", "国家税务局", "地方税务局",
                            "质量技术监督局", "农业委员会", "公安局"), CAMPAIGN_ENDS, null),
            new SeedTask("supervision", CRIMINAL, "移送涉嫌犯罪案件监督", "负责对行政执法机关移送涉嫌犯罪案件的监督。", "监察局",
                    List.of(), CAMPAIGN_ENDS, null),
            new SeedTask("lawyers", CRIMINAL, "指导律师辩护代理", "指导律师依法做好侵犯知识产权和制售假冒伪劣商品犯罪案件的辩护代理工作。",
                    "司法局", List.of(), CAMPAIGN_ENDS, null),
            new SeedTask("prosecution", CRIMINAL, "审查批捕、审查起诉和立案监督", "履行审查批捕、审查起诉、诉讼监督和立案监督职责。",
                    "人民检察院", List.of(), CAMPAIGN_ENDS, null),
            new SeedTask("trial", CRIMINAL, "侵权假冒案件审理", "做好侵犯知识产权和制售假冒伪劣商品案件的审理工作。", "人民法院",
                    List.of(), CAMPAIGN_ENDS, null),
            new SeedTask("genuine", SOFTWARE, "政府机关软件正版化检查",
                    "各级政府机关对本单位使用计算机软件情况开展自查自纠，文化广电新闻出版局会同有关部门进行重点检查。",
                    "文化广电新闻出版局", List.of("财政局"), CAMPAIGN_ENDS, null),
            new SeedTask("funds", SOFTWARE, "正版软件采购资金保障", "对需要采购的正版软件，县财政给予必要的资金保障。", "财政局",
                    List.of(), CAMPAIGN_ENDS, null));

    static final List<SeedTask> PINGSHUN = List.of(
            new SeedTask("market", CIRCULATION, "集贸市场侵权假冒商品整治", "对集贸市场、商品集散地开展拉网式检查。",
                    "工商行政管理局", List.of("质量技术监督局"), LocalDate.of(2011, 1, 14), null),
            new SeedTask("copyright", CIRCULATION, "出版物市场版权执法", "对图书、音像制品、软件销售网点开展检查。",
                    "文化广电新闻出版局", List.of("公安局"), LocalDate.of(2011, 1, 14), null),
            new SeedTask("police", CRIMINAL, "侵权假冒犯罪立案侦查", "对移送的涉嫌犯罪案件及时审查立案。", "公安局", List.of(),
                    LocalDate.of(2011, 1, 20), null));

    /** The current plan's tasks: one overdue, the rest due within days and weeks of {@code today}. */
    static List<SeedTask> current(LocalDate today) {
        return List.of(
                new SeedTask("market", "（一）重点市场整治", "农贸市场和商品集散地侵权假冒商品整治",
                        "对城区农贸市场、商品集散地开展巡查，重点检查食品、农资、日用品。", "工商行政管理局",
                        List.of("质量技术监督局", "公安局"), today.plusDays(3), 5),
                new SeedTask("online", "（一）重点市场整治", "网络销售侵权假冒商品监测", "对本地网店、直播带货开展监测，发现线索及时查处。",
                        "工商行政管理局", List.of("文化广电新闻出版局"), today.plusDays(16), null),
                new SeedTask("seed", "（二）农资和种子", "春耕前种子市场检查", "对全县种子经营门店开展检查，抽检玉米、谷子种子。",
                        "农业委员会", List.of("工商行政管理局"), today.plusDays(9), null),
                new SeedTask("police", "（三）刑事打击", "侵权假冒犯罪线索核查", "对行政执法部门移送的线索及时审查，符合条件的立案侦查。",
                        "公安局", List.of(), today.minusDays(2), null),
                new SeedTask("software", "（四）软件正版化", "政府机关软件正版化自查", "各单位开展软件正版化自查并报送自查表。",
                        "文化广电新闻出版局", List.of("财政局"), today.plusDays(30), null));
    }
}
