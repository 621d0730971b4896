package org.shuangda.demo;

import org.shuangda.shared.Actor;

import java.util.ArrayList;
import java.util.List;
import org.shuangda.identity.ApiTokens;
import org.shuangda.identity.UserForm;
import org.shuangda.identity.UserView;
import org.shuangda.identity.Users;
import org.shuangda.organization.UnitDirectory;
import org.shuangda.organization.UnitRef;
import org.springframework.stereotype.Component;

/**
 * Demo accounts for every role in both counties ({@link DemoAccounts}: names invented), all with the password
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
        List<UserForm> forms = new ArrayList<>();
        for (List<DemoAccounts.Account> accounts : List.of(DemoAccounts.CITY, DemoAccounts.LICHENG,
                DemoAccounts.PINGSHUN)) {
            for (DemoAccounts.Account account : accounts) {
                forms.add(account.form(unitId(account.unitName()), PASSWORD));
            }
        }
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

    private long unitId(String name) {
        return units.named(name).stream().map(UnitRef::id).findFirst().orElseThrow();
    }
}
