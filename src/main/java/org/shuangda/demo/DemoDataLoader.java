package org.shuangda.demo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.shuangda.platform.Settings;
import org.shuangda.shared.Actor;
import org.shuangda.shared.web.Readiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data once (remembered in the platform's {@link Settings}), all steps in one transaction so a
 * failure leaves nothing half-loaded. Refuses to run under the {@code prod} profile whatever the settings say.
 * With {@code shuangda.demo.background} (the run command's default) it loads on a thread of its own while the web
 * server starts, so that the login page answers seconds earlier; until it is done the platform is
 * {@link Readiness#preparing() preparing} (banner, sign-in refused). A failure then stops the application, as a
 * failure in the foreground stops the start. The tests load in the foreground: their fixture is there at once.
 */
@Component
@ConditionalOnProperty(name = "shuangda.demo.enabled", havingValue = "true")
class DemoDataLoader implements SmartLifecycle {

    static final String LOADED_KEY = "demo.loaded";
    /** Who the demo data is audited as. */
    static final Actor DEMO = Actor.system("演示数据");
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoDataStep> steps;
    private final Settings settings;
    private final TransactionTemplate transactions;
    private final Environment environment;
    private final Readiness readiness;
    private final ConfigurableApplicationContext context;
    private final boolean background;

    DemoDataLoader(List<DemoDataStep> steps, Settings settings, TransactionTemplate transactions,
            Environment environment, Readiness readiness, ConfigurableApplicationContext context,
            @Value("${shuangda.demo.background:false}") boolean background) {
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoDataStep::order)).toList();
        this.settings = settings;
        this.transactions = transactions;
        this.environment = environment;
        this.readiness = readiness;
        this.context = context;
        this.background = background;
    }

    private volatile boolean running;
    private volatile Thread loader;

    /** Before the web server's phase: in the foreground nobody can sign in before the demo accounts exist. */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** A stop during a background load waits for it: its one transaction commits or rolls back, never half. */
    @Override
    public void stop() {
        Thread thread = loader;
        if (thread != null) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running = false;
    }

    @Override
    public void start() {
        running = true;
        if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            log.warn("Demo data is never loaded under the prod profile");
            return;
        }
        if (settings.has(LOADED_KEY)) {
            return;
        }
        if (!background) {
            load();
            return;
        }
        readiness.preparingStarted();
        Thread thread = new Thread(this::loadInBackground, "demo-data");
        thread.setDaemon(true);
        loader = thread;
        thread.start();
    }

    private void loadInBackground() {
        try {
            load();
        } catch (RuntimeException | Error e) {
            log.error("The demo data could not be loaded; stopping. 演示数据加载失败,应用停止。", e);
            loader = null; // the context's stop below must not wait for this thread
            System.exit(SpringApplication.exit(context, () -> 1));
        } finally {
            loader = null;
        }
        readiness.ready();
    }

    private void load() {
        long started = System.nanoTime();
        StringBuilder timings = new StringBuilder();
        transactions.executeWithoutResult(status -> {
            for (DemoDataStep step : steps) {
                long stepStarted = System.nanoTime();
                step.load(DEMO);
                timings.append(timings.isEmpty() ? "" : ", ").append(step.getClass().getSimpleName()).append(' ')
                        .append((System.nanoTime() - stepStarted) / 1_000_000);
            }
            settings.put(LOADED_KEY, "true");
        });
        log.info("Demo data loaded in {} ms ({})", (System.nanoTime() - started) / 1_000_000, timings);
    }
}
