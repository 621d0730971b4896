package org.shuangda.demo;

import static org.shuangda.shared.ScopeKind.ALL;
import static org.shuangda.shared.ScopeKind.OWN_UNIT;
import static org.shuangda.shared.ScopeKind.REGION_SUBTREE;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.shuangda.identity.UserForm;
import org.shuangda.identity.UserForm.RoleGrant;
import org.shuangda.shared.ScopeKind;

/**
 * The demo's accounts, each once: who it is, its unit, role and scope, and what it is for. The demo steps create
 * their accounts from this list ({@link IdentityDemo}, the hotline agents in {@link ComplaintsDemo}) and the start
 * banner prints it ({@link DemoBanner}), so the banner cannot miss an account the demo has. Names are invented.
 */
final class DemoAccounts {

    /**
     * One account.
     *
     * @param username    the sign-in name (password {@value IdentityDemo#PASSWORD})
     * @param displayName the person's (invented) name
     * @param unitName    the unit's full name
     * @param role        the role code granted
     * @param scope       the role's data scope
     * @param regionCode  the region of a {@link ScopeKind#REGION_SUBTREE} scope, null for the unit's own
     * @param phone       a contact number, or null
     * @param purpose     what to try with it (banner, README)
     */
    record Account(String username, String displayName, String unitName, String role, ScopeKind scope,
            String regionCode, String phone, String purpose) {

        UserForm form(long unitId, String password) {
            return new UserForm(username, displayName, unitId, phone, null, password, true,
                    List.of(new RoleGrant(role, scope, regionCode)));
        }
    }

    private static final String CITY_UNIT = "长治市商务局";

    /** The city's and the province stand-in's, in the order they are created (the admin first). */
    static final List<Account> CITY = List.of(
            new Account("admin", "系统管理员（市）", CITY_UNIT, "SYSTEM_ADMIN", ALL, null, null,
                    "units, accounts, calendar, configuration; handles nothing (三员分立)"),
            new Account("changzhi.office", "高远", CITY_UNIT, "LEADING_GROUP_OFFICE", REGION_SUBTREE, "140400",
                    "0355-2000100", "the city-wide campaign: cockpit across both counties, ranking, 催报"),
            // stands in for the provincial office (the demo has no provincial units): reviews and reads every
            // roll-up, the province's and the nation's, which the system admin no longer does (三员分立)
            new Account("shanxi.office", "省双打办（演示）", CITY_UNIT, "LEADING_GROUP_OFFICE", ALL, null, null,
                    "province stand-in: reviews submissions, every roll-up"),
            new Account("changzhi.security", "安全管理员（市）", CITY_UNIT, "SECURITY_ADMIN", ALL, null, null,
                    "grants roles and scopes, oversees tokens, unlocks accounts"),
            new Account("changzhi.auditor", "安全审计员（市）", CITY_UNIT, "AUDIT_ADMIN", ALL, null, null,
                    "reads the audit trail"));

    /** One county's accounts: user name suffix, unit (after the county's name), role, scope, purpose. */
    private record CountyAccount(String suffix, String unitSuffix, String role, ScopeKind scope, String purpose) {
    }

    private static final List<CountyAccount> COUNTY_ACCOUNTS = List.of(
            new CountyAccount("admin", "人民政府办公室", "SYSTEM_ADMIN", REGION_SUBTREE, "county system admin"),
            new CountyAccount("office", "商务中心", "LEADING_GROUP_OFFICE", REGION_SUBTREE,
                    "reviews the county's forms, reminds late units, drafts the 通报"),
            new CountyAccount("reporter", "工商行政管理局", "UNIT_REPORTER", OWN_UNIT,
                    "fills in the open round (信息联络员)"),
            new CountyAccount("officer", "工商行政管理局", "ENFORCEMENT_OFFICER", OWN_UNIT,
                    "clues, cases, seizures, transfers to the police"),
            new CountyAccount("police", "公安局", "POLICE_RECEIVER", OWN_UNIT, "accepts or refuses transfers"),
            new CountyAccount("prosecutor", "人民检察院", "PROSECUTOR", REGION_SUBTREE,
                    "oversees transfers, 建议移送 for cases never transferred"),
            new CountyAccount("leader", "人民政府办公室", "READ_ONLY_LEADER", REGION_SUBTREE,
                    "read-only cockpit and statistics"),
            // the 工商局's head approves its transfers to the police and the extensions of its clocks
            new CountyAccount("head", "工商行政管理局", "UNIT_HEAD", OWN_UNIT,
                    "approves transfers and clock extensions, reviews 身份查看记录"),
            // 三员分立: the system admin above, a security admin (roles, tokens) and an auditor (the audit trail)
            new CountyAccount("security", "人民政府办公室", "SECURITY_ADMIN", REGION_SUBTREE,
                    "the county's security admin (roles, lockouts)"),
            new CountyAccount("auditor", "人民政府办公室", "AUDIT_ADMIN", REGION_SUBTREE, "the county's audit reader"),
            // issue 13: only holders of CASE_HANDLE may be 承办人, and a case needs two: the 工商局's second officer
            new CountyAccount("inspector", "工商行政管理局", "ENFORCEMENT_OFFICER", OWN_UNIT,
                    "second 承办人 of the demo cases"));

    private static final List<String> LICHENG_NAMES = List.of("赵子航", "王晓峰", "李婷", "张海涛", "刘建军", "程雅琴", "郭振华", "冀向东", "秦文博", "武慧敏", "韩立新");
    private static final List<String> PINGSHUN_NAMES = List.of("陈思远", "杨帆", "周静", "吴志强", "郑卫东", "孙丽娜", "马骏", "牛国栋", "申晓光", "路佳怡", "卫明轩");

    static final List<Account> LICHENG = county("licheng", "黎城县", LICHENG_NAMES);
    static final List<Account> PINGSHUN = county("pingshun", "平顺县", PINGSHUN_NAMES);

    /** The 12315 hotline agents, created with the complaints demo (licheng.agent holds the call-centre token). */
    static final List<Account> AGENTS = List.of(
            new Account("licheng.agent", "韩雪梅", "黎城县工商行政管理局", "HOTLINE_AGENT", REGION_SUBTREE, null, null,
                    "12315 hotline: files complaints and tips, sees the county's filings"),
            new Account("pingshun.agent", "冯晓燕", "平顺县工商行政管理局", "HOTLINE_AGENT", REGION_SUBTREE, null, null,
                    "12315 hotline of 平顺县"));

    /**
     * The laboratories' people (issue 17), created with the sampling demo once the labs' units exist: each sees only the
     * samples sent to its own lab, receives them and uploads the reports.
     */
    static final List<Account> LABS = List.of(
            new Account("lab.food", "贾文静", "山西省食品药品检验所", "LABORATORY", OWN_UNIT, null, null,
                    "laboratory: receives the samples sent to it, uploads reports (a sample waits for it)"),
            new Account("lab.quality", "田志刚", "山西省产品质量监督检验研究院", "LABORATORY", OWN_UNIT, null, null,
                    "laboratory: the first lab of the failed 白酒 sample; re-tests when drawn"),
            new Account("lab.center", "范丽君", "山西省检验检测中心", "LABORATORY", OWN_UNIT, null, null,
                    "laboratory: a sample being tested; re-tests when drawn"));

    private DemoAccounts() {
    }

    /** Every demo account, in creation order. */
    static List<Account> all() {
        return Stream.of(CITY, LICHENG, PINGSHUN, AGENTS, LABS).flatMap(List::stream).toList();
    }

    private static List<Account> county(String prefix, String county, List<String> names) {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < COUNTY_ACCOUNTS.size(); i++) {
            CountyAccount a = COUNTY_ACCOUNTS.get(i);
            accounts.add(new Account(prefix + "." + a.suffix(), names.get(i), county + a.unitSuffix(), a.role(),
                    a.scope(), null, null, a.purpose()));
        }
        return List.copyOf(accounts);
    }
}
