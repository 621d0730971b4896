package org.shuangda.cases;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 罪名 a 双打 transfer (移送) names, with the article of the 《中华人民共和国刑法》 (as amended through
 * 修正案（十一）) that defines it: 第三章第一节 生产、销售伪劣商品罪 (第一百四十条至第一百四十八条), 第三章第七节
 * 侵犯知识产权罪 (第二百一十三条至第二百一十九条; 第二百二十条 is the units' provision and names no charge), and the
 * market-order charges a campaign meets (虚假广告罪 第二百二十二条, 非法经营罪 第二百二十五条). The names are the
 * charges as 《最高人民法院、最高人民检察院关于执行〈中华人民共和国刑法〉确定罪名的补充规定》 fix them (第一百四十一条、
 * 第一百四十二条 read 生产、销售、提供 since 修正案（十一）). A transfer stores the code ({@code case_transfer.charge_code},
 * V143) and the name; labels for pages in other languages: {@code charge.CODE}.
 */
public enum CriminalCharge {
    FAKE_OR_INFERIOR_PRODUCTS("生产、销售伪劣产品罪", "第一百四十条", Group.COUNTERFEIT),
    FAKE_DRUGS("生产、销售、提供假药罪", "第一百四十一条", Group.COUNTERFEIT),
    INFERIOR_DRUGS("生产、销售、提供劣药罪", "第一百四十二条", Group.COUNTERFEIT),
    UNSAFE_FOOD("生产、销售不符合安全标准的食品罪", "第一百四十三条", Group.COUNTERFEIT),
    TOXIC_FOOD("生产、销售有毒、有害食品罪", "第一百四十四条", Group.COUNTERFEIT),
    SUBSTANDARD_MEDICAL_DEVICES("生产、销售不符合标准的医用器材罪", "第一百四十五条", Group.COUNTERFEIT),
    UNSAFE_PRODUCTS("生产、销售不符合安全标准的产品罪", "第一百四十六条", Group.COUNTERFEIT),
    FAKE_AGRICULTURAL_INPUTS("生产、销售伪劣农药、兽药、化肥、种子罪", "第一百四十七条", Group.COUNTERFEIT),
    SUBSTANDARD_COSMETICS("生产、销售不符合卫生标准的化妆品罪", "第一百四十八条", Group.COUNTERFEIT),
    COUNTERFEIT_TRADEMARK("假冒注册商标罪", "第二百一十三条", Group.INTELLECTUAL_PROPERTY),
    SELLING_COUNTERFEIT_TRADEMARK_GOODS("销售假冒注册商标的商品罪", "第二百一十四条", Group.INTELLECTUAL_PROPERTY),
    ILLEGAL_TRADEMARK_LABELS("非法制造、销售非法制造的注册商标标识罪", "第二百一十五条", Group.INTELLECTUAL_PROPERTY),
    COUNTERFEIT_PATENT("假冒专利罪", "第二百一十六条", Group.INTELLECTUAL_PROPERTY),
    COPYRIGHT_INFRINGEMENT("侵犯著作权罪", "第二百一十七条", Group.INTELLECTUAL_PROPERTY),
    SELLING_INFRINGING_COPIES("销售侵权复制品罪", "第二百一十八条", Group.INTELLECTUAL_PROPERTY),
    TRADE_SECRET_INFRINGEMENT("侵犯商业秘密罪", "第二百一十九条", Group.INTELLECTUAL_PROPERTY),
    FALSE_ADVERTISING("虚假广告罪", "第二百二十二条", Group.MARKET_ORDER),
    ILLEGAL_BUSINESS("非法经营罪", "第二百二十五条", Group.MARKET_ORDER);

    /** The chapter section a charge belongs to (labels: {@code charge.group.NAME}). */
    public enum Group {
        COUNTERFEIT, INTELLECTUAL_PROPERTY, MARKET_ORDER
    }

    private final String chargeName;
    private final String article;
    private final Group group;

    CriminalCharge(String chargeName, String article, Group group) {
        this.chargeName = chargeName;
        this.article = article;
        this.group = group;
    }

    /** The charge as the law names it: 假冒注册商标罪. */
    public String chargeName() {
        return chargeName;
    }

    /** 第二百一十三条. */
    public String article() {
        return article;
    }

    public Group group() {
        return group;
    }

    /** "《中华人民共和国刑法》第二百一十三条". */
    public String citation() {
        return "《中华人民共和国刑法》" + article;
    }

    /** As documents and pages print it: 假冒注册商标罪（《中华人民共和国刑法》第二百一十三条）. */
    public String cited() {
        return chargeName + "（" + citation() + "）";
    }

    /** The charge of a code ({@code COUNTERFEIT_TRADEMARK}), or of its exact name (假冒注册商标罪); empty otherwise. */
    public static Optional<CriminalCharge> resolve(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String t = Normalizer.normalize(codeOrName.strip(), Normalizer.Form.NFKC);
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(t) || c.chargeName.equals(t)
                || c.cited().equals(t)).findFirst();
    }

    /**
     * The charges whose name, article or code contains {@code q} (all for a blank one), in the order of the law: what
     * the transfer form's picker lists.
     */
    public static List<CriminalCharge> search(String q) {
        if (q == null || q.isBlank()) {
            return List.of(values());
        }
        String t = Normalizer.normalize(q.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.chargeName.contains(t) || c.article.contains(t)
                || c.name().toLowerCase(Locale.ROOT).contains(t) || articleNumber(c).equals(t)).toList();
    }

    /** The first charge named in a text like the threshold prompt's "假冒注册商标罪、销售假冒注册商标的商品罪". */
    public static Optional<CriminalCharge> firstNamedIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(text.split("[、，,；;]")).map(String::strip).map(CriminalCharge::resolve)
                .flatMap(Optional::stream).findFirst();
    }

    /** "213" for 第二百一十三条 (so that a search by the Arabic article number finds it). */
    private static String articleNumber(CriminalCharge c) {
        return Integer.toString(140 + switch (c) {
            case FAKE_OR_INFERIOR_PRODUCTS -> 0;
            case FAKE_DRUGS -> 1;
            case INFERIOR_DRUGS -> 2;
            case UNSAFE_FOOD -> 3;
            case TOXIC_FOOD -> 4;
            case SUBSTANDARD_MEDICAL_DEVICES -> 5;
            case UNSAFE_PRODUCTS -> 6;
            case FAKE_AGRICULTURAL_INPUTS -> 7;
            case SUBSTANDARD_COSMETICS -> 8;
            case COUNTERFEIT_TRADEMARK -> 73;
            case SELLING_COUNTERFEIT_TRADEMARK_GOODS -> 74;
            case ILLEGAL_TRADEMARK_LABELS -> 75;
            case COUNTERFEIT_PATENT -> 76;
            case COPYRIGHT_INFRINGEMENT -> 77;
            case SELLING_INFRINGING_COPIES -> 78;
            case TRADE_SECRET_INFRINGEMENT -> 79;
            case FALSE_ADVERTISING -> 82;
            case ILLEGAL_BUSINESS -> 85;
        });
    }
}
