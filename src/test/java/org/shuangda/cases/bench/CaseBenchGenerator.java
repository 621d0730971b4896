package org.shuangda.cases.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.shuangda.bench.CopyRows;

/**
 * Synthetic cases for the cases benchmark, loaded with COPY into a running Shuangda database (not a test:
 * surefire ignores it). One 市场监管 unit per current county of the region table, about
 * {@code (total - bigCounty) / counties} cases each, and {@code bigCounty} cases for the demo 黎城县工商局 (the
 * county whose list, search and export are measured). Each case has one party and one goods row; names,
 * goods and facts are drawn from word lists so that the trigram index sees realistic variety. The case
 * indexes are dropped before the COPY and rebuilt after it, as a bulk load would.
 * Usage: CaseBenchGenerator jdbcUrl [total=2000000] [bigCounty=100000]
 */
public final class CaseBenchGenerator {

    static final String[] PLACES = {"城关", "东关", "西街", "南关", "北社", "河东", "新城", "上遥", "黄崖", "停河",
        "洪井", "程家", "西井", "清泉", "龙泉", "青羊", "石城", "苗庄", "虹梯", "杏城"};
    static final String[] WORDS = {"鑫源", "宏达", "金穗", "丰禾", "瑞丰", "华泰", "顺发", "永兴", "恒通", "富民",
        "兴旺", "天成", "嘉禾", "绿源", "惠民", "广源", "德润", "佳美", "和顺", "众诚", "晋旺", "太行", "漳河", "浊漳"};
    static final String[] FORMS = {"商贸有限公司", "农资经营部", "超市", "日杂店", "五金门市", "汽配城", "书店",
        "药店", "种业有限公司", "食品厂", "酒业经销部", "文化用品店"};
    static final String[] GOODS = {"复合肥", "尿素", "玉米种子", "谷子种子", "马铃薯种薯", "杀虫剂", "除草剂",
        "白酒", "洗发水", "洗衣粉", "香烟", "教辅图书", "光盘", "刹车片", "机油", "手机电池", "感冒药", "风湿膏",
        "小米", "食用油", "奶粉", "运动鞋", "服装", "箱包", "电线", "插座", "轮胎", "润滑油", "手表", "眼镜"};
    static final String[] BRANDS = {"金正", "晋单", "绿盾", "潞州老窖", "海飞", "立白", "红塔", "人教", "博世",
        "嘉实多", "华强", "同仁", "沁州黄", "金龙", "飞鹤", "耐克", "安踏", "公牛", "朝阳", "壳牌"};
    static final String[] CATEGORIES = {"TRADEMARK", "PATENT", "COPYRIGHT", "PLANT_VARIETY",
        "GEOGRAPHICAL_INDICATION", "COUNTERFEIT_GOODS", "FAKE_MEDICINE", "SEEDS", "FOOD", "OTHER"};
    static final String[] STATUSES = {"REGISTERED", "INVESTIGATING", "NOTIFIED", "DECIDED", "NO_PENALTY", "REVOKED",
        "EXECUTING", "CLOSED", "CLOSED", "CLOSED"};
    static final String[] UNITS = {"袋", "瓶", "箱", "公斤", "件", "册", "张", "盒"};

    record Unit(long id, String path, String regionPath, String abbreviation, int cases) {
    }

    private final Connection db;
    private final Connection partsDb;
    private final Connection goodsDb;
    private final SplittableRandom random = new SplittableRandom(20261123);

    private CaseBenchGenerator(Connection db, Connection partsDb, Connection goodsDb) {
        this.db = db;
        this.partsDb = partsDb;
        this.goodsDb = goodsDb;
    }

    /** A connection runs one COPY at a time: cases, parties and goods stream over three, committed together. */
    public static void main(String[] args) throws Exception {
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
        int big = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        try (Connection db = open(args[0]); Connection parts = open(args[0]); Connection goods = open(args[0])) {
            new CaseBenchGenerator(db, parts, goods).run(total, big);
        }
    }

    private static Connection open(String url) throws SQLException {
        Connection db = DriverManager.getConnection(url, "postgres", "");
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            // rows are consistent by construction: skip the FK triggers, and do not wait for fsync
            s.execute("set session_replication_role = replica");
            s.execute("set synchronous_commit = off");
            s.execute("set maintenance_work_mem = '512MB'");
        }
        return db;
    }

    private void run(int total, int big) throws Exception {
        long t0 = System.nanoTime();
        List<Unit> units = units(total, big);
        List<String> indexes = dropIndexes();
        db.commit(); // releases the locks of the drops before the other connections COPY into those tables
        long firstId = single("select coalesce(max(id), 0) + 1 from enforcement_case");
        long id = firstId;
        LocalDate today = LocalDate.now();
        try (CopyRows cases = new CopyRows(db, "copy enforcement_case (id, number, unit_id, unit_path, region_path, title, "
                + "category, product_category, status, registered_at, facts, case_value, illegal_gains, "
                + "illegal_business_amount, decision_due_on, clock_paused, decision_number, decided_on, closed_on, "
                + "search_text, created_by) from stdin");
                CopyRows parties = new CopyRows(partsDb, "copy case_party (case_id, kind, name, uscc, sort_order) from stdin");
                CopyRows goods = new CopyRows(goodsDb, "copy case_goods (case_id, name, quantity, unit_label, value, sort_order) "
                        + "from stdin")) {
            for (Unit u : units) {
                for (int n = 1; n <= u.cases(); n++, id++) {
                    LocalDateTime registered = today.minusDays(random.nextInt(5 * 365)).atTime(9, random.nextInt(60));
                    String place = PLACES[random.nextInt(PLACES.length)];
                    String party = place + WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)]
                            + FORMS[random.nextInt(FORMS.length)];
                    String item = "“" + BRANDS[random.nextInt(BRANDS.length)] + "”" + GOODS[random.nextInt(GOODS.length)];
                    String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                    String status = registered.isAfter(today.minusDays(120).atStartOfDay())
                            ? STATUSES[random.nextInt(4)] : STATUSES[random.nextInt(STATUSES.length)];
                    int value = 500 + random.nextInt(80_000);
                    String number = u.abbreviation() + "〔" + registered.getYear() + "〕" + n + "号";
                    String title = "销售假冒" + item + "案";
                    String facts = "经查，当事人" + party + "销售" + item + (random.nextInt(3) == 0 ? "（无合法来源）" : "")
                            + "，货值" + value + "元。";
                    boolean pending = status.equals("REGISTERED") || status.equals("INVESTIGATING")
                            || status.equals("NOTIFIED");
                    boolean decided = status.equals("DECIDED") || status.equals("EXECUTING") || status.equals("CLOSED");
                    boolean paused = pending && random.nextInt(10) == 0;
                    String due = pending && !paused ? registered.toLocalDate().plusDays(90).toString() : "\\N";
                    cases.row(id + "\t" + number + "\t" + u.id() + "\t" + u.path() + "\t" + u.regionPath() + "\t" + title
                            + "\t" + category + "\t" + GOODS[random.nextInt(GOODS.length)] + "\t" + status + "\t"
                            + registered + "\t" + facts + "\t" + value + "\t" + value / 5 + "\t" + value + "\t" + due
                            + "\t" + paused + "\t" + (decided ? u.abbreviation().replace("处", "罚") + "〔"
                                    + registered.getYear() + "〕" + n + "号" : "\\N") + "\t"
                            + (decided ? registered.toLocalDate().plusDays(60) : "\\N") + "\t"
                            + (status.equals("CLOSED") ? registered.toLocalDate().plusDays(80) : "\\N") + "\t"
                            + number + " " + title + " " + facts + " " + party + " " + item + "\tbench\n");
                    parties.row(id + "\tENTITY\t" + party + "\t\\N\t0\n");
                    goods.row(id + "\t" + item + "\t" + (1 + random.nextInt(500)) + "\t"
                            + UNITS[random.nextInt(UNITS.length)] + "\t" + value + "\t0\n");
                }
            }
        }
        exec("select setval('enforcement_case_id_seq', " + (id - 1) + ")");
        long loaded = System.nanoTime();
        System.out.printf("copied %,d cases (+ parties, goods) in %.1f s%n", id - firstId, (loaded - t0) / 1e9);
        partsDb.commit();
        goodsDb.commit();
        db.commit();
        for (String index : indexes) {
            exec(index);
        }
        db.commit();
        db.setAutoCommit(true);
        exec("analyze enforcement_case");
        exec("analyze case_party");
        exec("analyze case_goods");
        System.out.printf("indexes rebuilt and analysed in %.1f s; total %.1f s%n", (System.nanoTime() - loaded) / 1e9,
                (System.nanoTime() - t0) / 1e9);
    }

    /** One bench 市场监管 unit per current county but 黎城县, plus the demo 黎城县工商局 for the big county. */
    private List<Unit> units(int total, int big) throws SQLException {
        exec("""
                insert into unit (name, short_name, type, region_code)
                select r.name || '市场监督管理局（基准）', substr(r.name, 1, 1) || '市监', 'MARKET_SUPERVISION', r.code
                  from region r where r.level = 'COUNTY' and r.valid_to is null and r.code <> '140426'""");
        exec("update unit set path = '/' || id || '/' where name like '%（基准）'");
        exec("""
                insert into case_unit_abbreviation (unit_id, abbreviation)
                select id, substr(name, 1, 2) || id || '处' from unit where name like '%（基准）'""");
        List<Unit> units = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                select u.id, u.path, r.path, a.abbreviation from unit u join region r on r.code = u.region_code
                  join case_unit_abbreviation a on a.unit_id = u.id
                 where u.name like '%（基准）' order by u.id""")) {
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
            int each = (total - big) / rows.size();
            int rest = (total - big) - each * rows.size();
            for (int i = 0; i < rows.size(); i++) {
                Object[] r = rows.get(i);
                units.add(new Unit((Long) r[0], (String) r[1], (String) r[2], (String) r[3], each + (i < rest ? 1 : 0)));
            }
        }
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                select u.id, u.path, r.path, coalesce(b.abbreviation, u.short_name || '处')
                  from app_user a join unit u on u.id = a.unit_id join region r on r.code = u.region_code
                  left join case_unit_abbreviation b on b.unit_id = u.id
                 where a.username = 'licheng.officer'""")) {
            rs.next();
            units.add(new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4) + "B", big));
        }
        System.out.printf("%,d bench units, %,d cases each; 黎城县工商局 %,d%n", units.size() - 1,
                units.get(0).cases(), big);
        return units;
    }

    private List<String> dropIndexes() throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                select indexname, indexdef from pg_indexes where tablename in ('enforcement_case', 'case_party', 'case_goods')
                   and indexname not like '%pkey' and indexname not like '%number_key'""")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        for (String name : names) {
            exec("drop index " + name);
        }
        return definitions;
    }

    private long single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
