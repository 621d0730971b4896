package org.shuangda.demo;

import org.shuangda.shared.Actor;
import static org.shuangda.shared.ScopeKind.ALL;
import static org.shuangda.shared.ScopeKind.OWN_UNIT;
import static org.shuangda.shared.ScopeKind.REGION_SUBTREE;

import java.util.ArrayList;
import java.util.List;
import org.shuangda.identity.ApiTokens;
import org.shuangda.identity.UserForm;
import org.shuangda.identity.UserForm.RoleGrant;
import org.shuangda.identity.UserView;
import org.shuangda.identity.Users;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.shuangda.shared.ScopeKind;
import org.springframework.stereotype.Component;

/**
 * Demo accounts for every role in both counties (names invented), all with the password
 * {@value #PASSWORD}, and the demo API tokens shown in the README (the admin's and licheng.officer's).
 */
@Component
class IdentityDemo implements DemoDataStep {

    static final String PASSWORD = "Shuangda@2026";
    static final String ADMIN_TOKEN = "sd_demo_admin_token_0123456789abcdef";
    /** licheng.officer's: an administrator's token handles nothing (三员分立), so scripts that handle cases use this. */
    static final String OFFICER_TOKEN = "sd_demo_officer_token_0123456789abc";
    /** shanxi.office's: reviews submissions and reads roll-ups everywhere (the reporting bench). */
    static final String PROVINCE_TOKEN = "sd_demo_province_token_0123456789ab";

    private record Account(String username, String displayName, String unitSuffix, String role, ScopeKind scope) {
    }

    private static final List<Account> COUNTY_ACCOUNTS = List.of(
            new Account("admin", "系统管理员", "人民政府办公室", "SYSTEM_ADMIN", REGION_SUBTREE),
            new Account("office", "领导小组办公室", "商务中心", "LEADING_GROUP_OFFICE", REGION_SUBTREE),
            new Account("reporter", "信息联络员", "工商行政管理局", "UNIT_REPORTER", OWN_UNIT),
            new Account("officer", "执法人员", "工商行政管理局", "ENFORCEMENT_OFFICER", OWN_UNIT),
            new Account("police", "公安受理", "公安局", "POLICE_RECEIVER", OWN_UNIT),
            new Account("prosecutor", "检察监督", "人民检察院", "PROSECUTOR", REGION_SUBTREE),
            new Account("leader", "分管领导", "人民政府办公室", "READ_ONLY_LEADER", REGION_SUBTREE),
            // the 工商局's head approves its transfers to the police and the extensions of its clocks
            new Account("head", "局长", "工商行政管理局", "UNIT_HEAD", OWN_UNIT),
            // 三员分立: the system admin above, a security admin (roles, tokens) and an auditor (the audit trail)
            new Account("security", "安全管理员", "人民政府办公室", "SECURITY_ADMIN", REGION_SUBTREE),
            new Account("auditor", "安全审计员", "人民政府办公室", "AUDIT_ADMIN", REGION_SUBTREE),
            // issue 13: only holders of CASE_HANDLE may be 承办人, and a case needs two: the 工商局's second officer
            new Account("inspector", "执法人员", "工商行政管理局", "ENFORCEMENT_OFFICER", OWN_UNIT));

    private static final List<String> LICHENG_NAMES = List.of("赵子航", "王晓峰", "李婷", "张海涛", "刘建军", "程雅琴", "郭振华", "冀向东", "秦文博", "武慧敏", "韩立新");
    private static final List<String> PINGSHUN_NAMES = List.of("陈思远", "杨帆", "周静", "吴志强", "郑卫东", "孙丽娜", "马骏", "牛国栋", "申晓光", "路佳怡", "卫明轩");

    private final Users users;
    private final ApiTokens tokens;
    private final UnitDirectory units;

    IdentityDemo(Users users, ApiTokens tokens, UnitDirectory units) {
        this.users = users;
        this.tokens = tokens;
        this.units = units;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void load(Actor system) {
        long cityOffice = unitId("长治市商务局");
        List<UserForm> forms = new ArrayList<>();
        forms.add(new UserForm("admin", "系统管理员（市）", cityOffice, null, null, PASSWORD, true,
                List.of(new RoleGrant("SYSTEM_ADMIN", ALL, null))));
        forms.add(new UserForm("changzhi.office", "高远", cityOffice, "0355-2000100", null, PASSWORD, true,
                List.of(new RoleGrant("LEADING_GROUP_OFFICE", REGION_SUBTREE, "140400"))));
        // stands in for the provincial office (the demo has no provincial units): reviews and reads every roll-up,
        // the province's and the nation's, which the system admin no longer does (三员分立)
        forms.add(new UserForm("shanxi.office", "省双打办（演示）", cityOffice, null, null, PASSWORD, true,
                List.of(new RoleGrant("LEADING_GROUP_OFFICE", ALL, null))));
        forms.add(new UserForm("changzhi.security", "安全管理员（市）", cityOffice, null, null, PASSWORD, true,
                List.of(new RoleGrant("SECURITY_ADMIN", ALL, null))));
        forms.add(new UserForm("changzhi.auditor", "安全审计员（市）", cityOffice, null, null, PASSWORD, true,
                List.of(new RoleGrant("AUDIT_ADMIN", ALL, null))));
        forms.addAll(county("licheng", "黎城县", LICHENG_NAMES));
        forms.addAll(county("pingshun", "平顺县", PINGSHUN_NAMES));
        // one batch: the password hashes are computed in parallel (most of this step's time on first start)
        List<UserView> created = users.createAll(system, forms);
        // demo accounts keep the published password: not sent to the 修改密码 page at first sign-in
        users.waivePasswordChange(system, created.stream().map(UserView::id).toList());
        tokens.store(system, created.get(0).id(), "演示令牌 demo token", ADMIN_TOKEN);
        tokens.store(system, created.stream().filter(u -> u.username().equals("licheng.officer")).findFirst()
                .orElseThrow().id(), "演示令牌（办案） demo handling token", OFFICER_TOKEN);
        tokens.store(system, created.stream().filter(u -> u.username().equals("shanxi.office")).findFirst()
                .orElseThrow().id(), "演示令牌（省级审阅） demo review token", PROVINCE_TOKEN);
    }

    private List<UserForm> county(String prefix, String county, List<String> names) {
        List<UserForm> forms = new ArrayList<>();
        for (int i = 0; i < COUNTY_ACCOUNTS.size(); i++) {
            Account account = COUNTY_ACCOUNTS.get(i);
            forms.add(new UserForm(prefix + "." + account.username(), names.get(i),
                    unitId(county + account.unitSuffix()), null, null, PASSWORD, true,
                    List.of(new RoleGrant(account.role(), account.scope(), null))));
        }
        return forms;
    }

    private long unitId(String name) {
        return units.named(name).stream().map(UnitRef::id).findFirst().orElseThrow();
    }
}
