package org.shuangda.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A browser test: the whole application on a random port (fresh embedded PostgreSQL with the demo data, from
 * {@code src/test/resources/config/application.yml}) driven by Debian's Chromium through Playwright.
 * Test methods take a {@link com.microsoft.playwright.Page} (new browser context, base URL set, 1280×800,
 * Chinese) and optionally the page's {@link ConsoleErrors}. Every browser test class uses exactly this
 * annotation and nothing else that changes the Spring context, so they all share one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(ChromiumExtension.class)
public @interface BrowserTest {
}
