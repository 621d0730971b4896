package org.shuangda.e2e;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** Screenshots of passing journeys, kept in {@code target/playwright/} for people to look at the layout. */
final class Screenshots {

    private Screenshots() {
    }

    /** Saves what the 1280×800 viewport shows as {@code target/playwright/<name>.png}. */
    static Path save(Page page, String name) {
        Path file = ChromiumExtension.OUTPUT.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        return file;
    }

    /** Saves the whole page, scrolled through, as {@code target/playwright/<name>-full.png}. */
    static Path saveFullPage(Page page, String name) {
        Path file = ChromiumExtension.OUTPUT.resolve(name + "-full.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
