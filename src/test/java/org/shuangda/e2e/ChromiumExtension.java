package org.shuangda.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts Playwright and Debian's Chromium once per test class, opens a new browser context per test (no
 * cookies leak between tests) and saves a screenshot to {@code target/playwright/} when a test fails.
 * Never downloads a browser: Playwright only unpacks its driver from its jar.
 */
final class ChromiumExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver,
        AfterEachCallback, TestExecutionExceptionHandler {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path OUTPUT = Path.of("target", "playwright");
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-dev-shm-usage");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(ChromiumExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests drive Debian's Chromium at " + CHROMIUM
                    + ", which is missing. Install it with: sudo apt-get install chromium fonts-noto-cjk "
                    + "(CI's .ci/run does this). Playwright never downloads a browser here.");
        }
        // the machines running these tests are small and shared: wait longer than Playwright's 5 s default
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_ARGS));
            store(context).put(Playwright.class, playwright);
            store(context).put(Browser.class, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // removed from the store, else JUnit would close them a second time, after Playwright is gone
        store(context).remove(Browser.class, Browser.class);
        Playwright playwright = store(context).remove(Playwright.class, Playwright.class);
        if (playwright != null) {
            playwright.close(); // closes the browser too
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Page.class || type == ConsoleErrors.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Page page = page(context);
        return parameter.getParameter().getType() == Page.class ? page
                : store(context).get(ConsoleErrors.class, ConsoleErrors.class);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Page page = store(context).get(Page.class, Page.class);
        if (page != null && !page.isClosed()) {
            try {
                Path file = OUTPUT.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-failed.png");
                page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                failure.addSuppressed(new AssertionError("Browser was at " + page.url() + "; screenshot: "
                        + file.toAbsolutePath()));
            } catch (RuntimeException screenshotFailed) {
                failure.addSuppressed(screenshotFailed);
            }
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        store(context).remove(Page.class, Page.class);
        BrowserContext browserContext = store(context).remove(BrowserContext.class, BrowserContext.class);
        if (browserContext != null) {
            browserContext.close();
        }
    }

    /** One page per test, in its own browser context, created on first use. */
    private Page page(ExtensionContext context) {
        ExtensionContext.Store store = store(context);
        Page page = store.get(Page.class, Page.class);
        if (page != null) {
            return page;
        }
        Browser browser = store.get(Browser.class, Browser.class); // stores look up their parents: the class's
        String port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        BrowserContext browserContext = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setViewportSize(1280, 800).setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai"));
        browserContext.setDefaultTimeout(30_000);
        ConsoleErrors errors = new ConsoleErrors();
        page = browserContext.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text() + " (" + message.location() + ")");
            }
        });
        page.onPageError(error -> errors.add("uncaught: " + error));
        store.put(BrowserContext.class, browserContext);
        store.put(Page.class, page);
        store.put(ConsoleErrors.class, errors);
        return page;
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(NAMESPACE);
    }
}
