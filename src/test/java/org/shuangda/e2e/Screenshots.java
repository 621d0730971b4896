package org.shuangda.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Screenshots of passing journeys, kept in {@code target/playwright/} for people to look at the layout. With
 * {@code -Dshuangda.screens=true} each is also copied to {@code docs/screens/<name>.png}, the pictures the README
 * links (README "Screens"; {@link ScreensTest} takes each journey's main screens).
 */
final class Screenshots {

    private Screenshots() {
    }

    /** Saves what the 1280×800 viewport shows as {@code target/playwright/<name>.png}. */
    static Path save(Page page, String name) {
        Path file = ChromiumExtension.OUTPUT.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        return publish(file, name + ".png");
    }

    /** Saves the whole page, scrolled through, as {@code target/playwright/<name>-full.png}. */
    static Path saveFullPage(Page page, String name) {
        Path file = ChromiumExtension.OUTPUT.resolve(name + "-full.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return publish(file, name + "-full.png");
    }

    /** Whether this run regenerates {@code docs/screens/} ({@code -Dshuangda.screens=true}). */
    static boolean publishing() {
        return Boolean.getBoolean("shuangda.screens");
    }

    private static Path publish(Path file, String name) {
        if (!publishing()) {
            return file;
        }
        try {
            Path docs = Path.of("docs", "screens");
            Files.createDirectories(docs);
            Files.copy(file, docs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
