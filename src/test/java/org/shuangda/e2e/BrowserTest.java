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
 * <p>Every journey's browser is the same client address (127.0.0.1) in that one context, so the public form's
 * per-address limits (5 filings a minute) would refuse the third journey that files in the same minute; they are
 * raised here, and the limits themselves are tested from distinct addresses in {@code PublicFilingTests}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "shuangda.complaints.public.filings-per-minute=10000",
        "shuangda.complaints.public.filings-per-day=100000",
        "shuangda.complaints.public.lookups-per-minute=10000"})
@ExtendWith(ChromiumExtension.class)
public @interface BrowserTest {
}
