package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen on a phone (390×844) finds a market entity on the public portal (一公开, issue 18): from the home page's
 * lookup by a part of its name to the entity's page with what is published about it (the demo's 经营异常名录 entry),
 * then by its USCC from the menu's lookup; the search across sections; no page wider than the phone.
 */
@BrowserTest
class PortalJourneyTest {

    @Autowired JdbcClient jdbc;

    @Test
    void aCitizenFindsAnEntityOnThePortalFromAPhone(Page page, ConsoleErrors errors) {
        page.setViewportSize(CitizenJourneyTest.PHONE_WIDTH, 844);
        Map<String, Object> listed = jdbc.sql("""
                select e.id, e.name, e.uscc from credit_listing l join market_entity e on e.id = l.entity_id
                 where l.list_kind = 'ABNORMAL' and l.state = 'LISTED' and l.subject_kind = 'ENTITY'
                 order by l.id limit 1""").query().singleRow();
        long id = ((Number) listed.get("id")).longValue();
        String name = (String) listed.get("name");
        String uscc = (String) listed.get("uscc");

        page.navigate("/public");
        CitizenJourneyTest.fitsThePhone(page, "/public");
        Screenshots.save(page, "portal-phone-home");
        // the lookup by a part of the name (the county's name left out)
        String part = name.replace("黎城县", "").substring(0, Math.min(6, name.replace("黎城县", "").length()));
        page.locator("#lookup-q").fill(part);
        page.locator("#lookup-submit").click();
        assertThat(page.locator("#lookup-results")).isVisible();
        CitizenJourneyTest.fitsThePhone(page, "the lookup's matches");
        page.locator("#entity-" + id).click();
        assertThat(page.locator("#entity-name")).hasText(name);
        assertThat(page.locator("#entity-uscc")).hasText(uscc);
        assertThat(page.locator("#about-abnormal")).isVisible();
        assertThat(page.locator("#about-abnormal")).containsText("经营异常名录");
        CitizenJourneyTest.fitsThePhone(page, "the entity's page");
        Screenshots.save(page, "portal-phone-entity");

        // the menu folds on a phone: open it and look the entity up by its code
        page.locator("#portal-menu").click();
        page.locator("#nav-lookup input[name=q]").fill(uscc);
        page.locator("#nav-lookup button").click();
        assertThat(page.locator("#lookup-results a")).hasCount(1);
        assertThat(page.locator("#entity-" + id)).containsText(name);

        // the search across sections, then one section
        page.navigate("/public/search");
        page.locator("#q").fill(uscc);
        page.locator("#search-submit").click();
        assertThat(page.locator("#result-abnormal")).isVisible();
        CitizenJourneyTest.fitsThePhone(page, "the search");
        assertThat(errors.messages()).isEmpty();
    }
}
