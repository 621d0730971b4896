package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 失信联合惩戒 in the browser, from the demo data as the run command leaves it: the 黎城县 enterprise the demo put
 * on the 经营异常名录 (a listing fact without a removal). The 12315 agent takes a complaint against it: while
 * its name is typed on the hotline form the warning appears with the measures of the catalogue that apply; an
 * unlisted name shows none; the registered filing's page carries the warning too. The agent then opens the
 * measures catalogue and the warnings board from the menu.
 */
@BrowserTest
class CreditAlertJourneyTest {

    private static final Messages ZH = Messages.zh("credit-alerts");

    @Autowired JdbcClient jdbc;

    @Test
    void aComplaintAgainstAListedEnterpriseShowsTheWarningWithItsMeasuresOnTheHotlineForm(Page page,
            ConsoleErrors errors) {
        // the demo's listed enterprise: its open listing fact, read as the warning reads it
        String name = jdbc.sql("""
                select e.name from credit_fact f join market_entity e on e.id = f.entity_id
                 where f.kind = 'ABNORMAL_LISTED' and e.region_code = '140426'
                   and not exists (select 1 from credit_fact r where r.entity_id = f.entity_id
                                     and r.kind = 'ABNORMAL_REMOVED' and r.occurred_on >= f.occurred_on)
                 order by f.id limit 1""").query(String.class).single();
        List<String> items = jdbc.sql("""
                select item from credit_measure where applies_to = 'ABNORMAL' and active
                   and (owner_region_path is null or '/140000/140400/140426/' like owner_region_path || '%')
                 order by sort_order, id""").query(String.class).list();
        org.assertj.core.api.Assertions.assertThat(items).isNotEmpty();

        LoginPage.signIn(page, "licheng.agent");
        page.navigate("/filings/new");
        page.locator("#category").selectOption("QUALITY");
        // a name not on any list: no warning
        page.locator("#targetName").pressSequentially("黎城县旅程测试守信商店");
        page.waitForTimeout(900);
        assertThat(page.locator("#target-credit-alerts .credit-alert")).hasCount(0);
        // the listed enterprise, typed: the warning with its list and each measure that applies
        page.locator("#targetName").fill("");
        page.locator("#targetName").pressSequentially(name);
        Locator alert = page.locator("#target-credit-alerts .credit-alert");
        assertThat(alert).hasCount(1);
        assertThat(alert).containsText(name);
        assertThat(alert).containsText(ZH.get("credit.alerts.list.ABNORMAL"));
        assertThat(alert.locator(".credit-alert-measures li")).hasCount(items.size());
        for (String item : items) {
            assertThat(alert.locator(".credit-alert-measures")).containsText(item);
        }
        assertThat(alert).containsText("《企业信息公示暂行条例》");
        Screenshots.save(page, "credit-alert-hotline-form");

        // the complaint registered: its page warns as well
        page.locator("#content").fill("在该公司购买的电热水壶使用一周即漏电，要求退货并赔偿。");
        page.locator("#filerName").fill("郭明");
        page.locator("#filerPhone").fill("13812340000");
        page.locator("#submit").click();
        assertThat(page.locator("#filing-credit-alerts .credit-alert")).hasCount(1);
        assertThat(page.locator("#filing-credit-alerts")).containsText(name);
        assertThat(page.locator("#filing-credit-alerts .credit-alert-measures li")).hasCount(items.size());

        // the catalogue and the warnings board from the menu
        Menu.go(page, "/credit/measures");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/credit/measures$"));
        assertThat(page.locator("main")).containsText(items.get(0));
        Menu.go(page, "/credit/warnings");
        assertThat(page.locator("#warning-list")).isVisible();
        org.assertj.core.api.Assertions.assertThat(errors.messages()).isEmpty();
    }
}
