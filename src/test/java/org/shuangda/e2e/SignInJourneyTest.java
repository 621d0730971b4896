package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A county leading-group office signs in, sees its unit and data scope, reads the platform in English and
 * back in Chinese, and browses the member units of its own county only.
 */
@BrowserTest
class SignInJourneyTest {

    private static final Messages ZH = Messages.zh("messages");
    private static final Messages EN = Messages.en("messages");

    @Test
    void officeSignsInSeesItsUnitAndScopeAndSwitchesLanguage(Page page, ConsoleErrors errors) {
        LoginPage.signIn(page, "licheng.office");

        assertThat(page).hasURL(Pattern.compile("/$"));
        assertThat(page.locator("#home-unit")).hasText("黎城县商务中心");
        assertThat(page.locator("#home-scope")).containsText(ZH.get("scope.REGION_SUBTREE", "黎城县"));
        Locator nav = page.locator("#mainNav");
        assertThat(nav).containsText(ZH.get("nav.units"));
        Screenshots.save(page, "home");

        page.locator("#languageMenu").click();
        page.locator("#lang-en").click();
        assertThat(nav).containsText(EN.get("nav.units"));
        assertThat(page.locator("main h1")).hasText(EN.pattern("home.welcome"));
        assertThat(page.locator("#home-scope")).containsText(EN.get("scope.REGION_SUBTREE", "黎城县"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        // the choice is remembered: another page opened later stays English
        page.navigate("/units");
        assertThat(page.locator("main h1")).hasText(Messages.en("organization").get("units.title"));

        page.locator("#languageMenu").click();
        page.locator("#lang-zh").click();
        assertThat(nav).containsText(ZH.get("nav.units"));
        assertThat(page.locator("main h1")).hasText(Messages.zh("organization").get("units.title"));

        assertThat(errors.messages()).isEmpty();
    }

    @Test
    void unitListShowsOnlyTheOwnCountyAlsoWhenSearching(Page page, ConsoleErrors errors) {
        LoginPage.signIn(page, "licheng.office");
        page.navigate("/units");

        Locator rows = page.locator("#unit-table tbody tr");
        assertThat(rows.first()).containsText("黎城县");
        List<String> regions = page.locator("#unit-table tbody tr td:nth-child(3)").allInnerTexts();
        assertThat(regions).isNotEmpty().allSatisfy(region -> assertThat(region).contains("黎城县"));
        assertThat(page.locator("main").first()).not().containsText("平顺");
        Screenshots.save(page, "units");
        Screenshots.saveFullPage(page, "units");

        // searching (htmx, through the CSP and CSRF set-up) cannot reach the neighbouring county either
        page.locator("#unit-q").fill("平顺");
        assertThat(page.locator("#unit-table tbody")).hasText(Messages.zh("organization").get("units.none"));
        page.locator("#unit-q").fill("黎城县公安");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("黎城县公安局");

        assertThat(errors.messages()).isEmpty();
    }
}
