package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The main screens of each journey in {@code journeys.md}, as the run command's demo shows them, saved to
 * {@code docs/screens/} for the README. Runs only when asked:
 * {@code mvn -o -B test -Dtest='ScreensTest' -Dshuangda.screens=true -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code ,*JourneyTest} to refresh the journeys' own step screenshots too).
 */
@BrowserTest
class ScreensTest {

    @BeforeEach
    void onlyWhenAsked() {
        Assumptions.assumeTrue(Screenshots.publishing(), "-Dshuangda.screens=true regenerates docs/screens/");
    }

    static void shoot(Page page, String path, String name) {
        page.navigate(path);
        page.waitForLoadState();
        assertThat(page.locator("main")).isVisible();
        Screenshots.save(page, name);
    }

    @Test
    void theReporter(Page page) {
        LoginPage.signIn(page, "licheng.reporter");
        shoot(page, "/", "reporter-1-home");
        shoot(page, "/reporting", "reporter-2-rounds");
    }

    @Test
    void theOffice(Page page) {
        LoginPage.signIn(page, "licheng.office");
        shoot(page, "/", "office-1-home");
        shoot(page, "/reporting", "office-2-rounds");
        shoot(page, "/cockpit", "office-3-cockpit");
        shoot(page, "/briefings", "office-4-briefings");
    }

    @Test
    void theOfficer(Page page) {
        LoginPage.signIn(page, "licheng.officer");
        shoot(page, "/", "officer-1-home");
        shoot(page, "/cases", "officer-2-cases");
        shoot(page, "/clues", "officer-3-clues");
        shoot(page, "/filings", "officer-4-filings");
    }

    @Test
    void policeAndProsecutor(Page page) {
        LoginPage.signIn(page, "licheng.police");
        shoot(page, "/", "police-1-home");
        shoot(page, "/transfers", "police-2-transfers");
    }

    @Test
    void theProsecutor(Page page) {
        LoginPage.signIn(page, "licheng.prosecutor");
        shoot(page, "/transfers", "prosecutor-1-transfers");
        shoot(page, "/oversight", "prosecutor-2-oversight");
    }

    @Test
    void aCitizenOnAPhone(Page page) {
        page.setViewportSize(390, 844);
        shoot(page, "/public/filings/new", "citizen-1-form");
        shoot(page, "/public/filings/track", "citizen-2-track");
        shoot(page, "/public/penalties", "citizen-3-penalties");
    }

    @Test
    void theUpperLevelAndTheLeader(Page page) {
        LoginPage.signIn(page, "changzhi.office");
        shoot(page, "/", "city-1-home");
        shoot(page, "/cockpit", "city-2-cockpit");
    }

    @Test
    void theLeader(Page page) {
        LoginPage.signIn(page, "licheng.leader");
        shoot(page, "/", "leader-1-home");
    }
}
