package org.shuangda.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** Who signs in (null: nobody, the public on a phone), and which screen goes to which picture. */
    record Journey(String account, boolean phone, List<String> pathsAndNames) {
        @Override
        public String toString() {
            return account == null ? "citizen" : account;
        }
    }

    static Stream<Journey> journeys() {
        return Stream.of(
                new Journey("licheng.reporter", false, List.of("/", "reporter-1-home", "/reporting", "reporter-2-rounds")),
                new Journey("licheng.office", false, List.of("/", "office-1-home", "/reporting", "office-2-rounds",
                        "/cockpit", "office-3-cockpit", "/briefings", "office-4-briefings")),
                new Journey("licheng.officer", false, List.of("/", "officer-1-home", "/cases", "officer-2-cases",
                        "/clues", "officer-3-clues", "/filings", "officer-4-filings")),
                new Journey("licheng.police", false, List.of("/", "police-1-home", "/transfers", "police-2-transfers")),
                new Journey("licheng.prosecutor", false, List.of("/transfers", "prosecutor-1-transfers",
                        "/oversight", "prosecutor-2-oversight")),
                new Journey(null, true, List.of("/public/filings/new", "citizen-1-form", "/public/filings/track",
                        "citizen-2-track", "/public/penalties", "citizen-3-penalties")),
                new Journey("changzhi.office", false, List.of("/", "city-1-home", "/cockpit", "city-2-cockpit")),
                new Journey("licheng.leader", false, List.of("/", "leader-1-home")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journeys")
    void mainScreens(Journey journey, Page page) {
        if (journey.phone()) {
            page.setViewportSize(390, 844);
        }
        if (journey.account() != null) {
            LoginPage.signIn(page, journey.account());
        }
        for (int i = 0; i < journey.pathsAndNames().size(); i += 2) {
            shoot(page, journey.pathsAndNames().get(i), journey.pathsAndNames().get(i + 1));
        }
    }
}
