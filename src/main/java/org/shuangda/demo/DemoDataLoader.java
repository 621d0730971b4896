package org.shuangda.demo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.shuangda.platform.Settings;
import org.shuangda.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data once (remembered in the platform's {@link Settings}), all steps in one transaction so a
 * failure leaves nothing half-loaded. Refuses to run under the {@code prod} profile whatever the settings say.
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

    DemoDataLoader(List<DemoDataStep> steps, Settings settings, TransactionTemplate transactions,
            Environment environment) {
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoDataStep::order)).toList();
        this.settings = settings;
        this.transactions = transactions;
        this.environment = environment;
    }

    private volatile boolean running;

    /** Before the web server's phase: nobody can sign in before the demo accounts exist. */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public void start() {
        running = true;
        load();
    }

    private void load() {
        if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            log.warn("Demo data is never loaded under the prod profile");
            return;
        }
        if (settings.has(LOADED_KEY)) {
            return;
        }
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
